package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndTemplatesCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoWritesTheSampleTeamsPlan() throws Exception {
        Path out = dir.resolve("demo.xlsx");
        CommandLineRun run = CommandLineRun.of("demo", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertTrue(workbook.getNumberOfSheets() >= 10, "a sheet per sample rep");
        }
    }

    @Test
    void templatesAreTheBundledCopiesOfTheRepositoryTemplates() throws IOException {
        CommandLineRun run = CommandLineRun.of("templates", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> differing = new ArrayList<>();
        for (String file : TemplatesCommand.FILES) {
            if (!Files.readString(dir.resolve(file)).equals(Files.readString(Path.of("templates", file)))) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing);
    }

    @Test
    void templatesDoNotOverwriteWithoutForce() throws IOException {
        Files.writeString(dir.resolve("targets.csv"), "mine");
        CommandLineRun run = CommandLineRun.of("templates", dir.toString());
        assertEquals(2, run.exitCode());
        assertEquals("mine", Files.readString(dir.resolve("targets.csv")));
    }

    @Test
    void templatesMakeAPlanAsTheyStand() {
        CommandLineRun.of("templates", dir.toString());
        CommandLineRun run = CommandLineRun.of("generate", "--targets", dir.resolve("targets.csv").toString(),
                "--history", dir.resolve("history.csv").toString(), "--seasonality", dir.resolve("seasonality.csv").toString(),
                "--out", dir.resolve("plan.xlsx").toString());
        assertEquals(0, run.exitCode(), run.err());
    }
}
