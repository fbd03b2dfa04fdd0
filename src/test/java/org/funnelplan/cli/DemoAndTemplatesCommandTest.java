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

    @Test
    void dutchTemplatesMakeADutchPlanAsTheyStand() throws Exception {
        CommandLineRun.of("templates", "--lang", "nl", dir.toString());
        assertTrue(Files.readString(dir.resolve("history.csv")).contains(";gebeld;"), "Dutch stage names, ; separated");
        Path plan = dir.resolve("plan.xlsx");
        CommandLineRun run = CommandLineRun.of("generate", "--lang", "nl", "--targets", dir.resolve("targets.csv").toString(),
                "--history", dir.resolve("history.csv").toString(), "--seasonality", dir.resolve("seasonality.csv").toString(),
                "--leads", dir.resolve("leads.csv").toString(), "--campaigns", dir.resolve("campaigns.csv").toString(),
                "--company", "Broekman Logistics", "--out", plan.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(plan.toFile())) {
            assertEquals("Overzicht", workbook.getSheetName(0));
            assertEquals("Broekman Logistics", workbook.getProperties().getExtendedProperties().getUnderlyingProperties().getCompany());
        }
    }

    @Test
    void dutchDemoUsesTheDutchSamples() {
        CommandLineRun run = CommandLineRun.of("demo", "--lang", "nl", "--out", dir.resolve("demo.xlsx").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("gebeld"), run.out());
    }
}
