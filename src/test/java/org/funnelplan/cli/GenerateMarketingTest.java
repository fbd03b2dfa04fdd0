package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate with marketing's files: the sheets appear, and a bad file stops the run before anything is written. */
class GenerateMarketingTest {
    static final Path TEAM = Path.of(System.getProperty("basedir", ".")).resolve("samples/team");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int generate(Path leads, Path campaigns, Path plan, String... more) {
        String[] base = {"generate", "--targets", TEAM.resolve("targets.csv").toString(), "--history",
            TEAM.resolve("history.csv").toString(), "--leads", leads.toString(), "--campaigns", campaigns.toString(),
            "--year", "2026", "--out", plan.toString()};
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
    }

    @Test
    void leadsAndCampaignsAddTheirSheets() throws IOException {
        Path plan = dir.resolve("plan.xlsx");
        assertEquals(Main.OK, generate(TEAM.resolve("leads.csv"), TEAM.resolve("campaigns.csv"), plan), err.toString());
        assertTrue(out.toString().contains("with marketing"), out.toString());
        try (Workbook workbook = WorkbookFactory.create(plan.toFile(), null, true)) {
            assertNotNull(workbook.getSheet("Leads"));
            assertNotNull(workbook.getSheet("Campaigns"));
            assertNotNull(workbook.getName("Leads_Gap"));
        }
    }

    @Test
    void badLeadsFileExitsOneNamingFileAndLineAndWritesNothing() throws IOException {
        Path leads = dir.resolve("leads.csv");
        Files.writeString(leads, "id,organisation,status\nL1,Alfa B.V.,lead\nL2,Beta B.V.,hot\n", StandardCharsets.UTF_8);
        Path plan = dir.resolve("plan.xlsx");
        assertEquals(Main.BAD_DATA, generate(leads, TEAM.resolve("campaigns.csv"), plan));
        assertTrue(err.toString().startsWith("error: " + leads + " line 3: column status: unknown status 'hot'; expected one of lead,"),
                err.toString());
        assertFalse(Files.exists(plan));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the leads file: no temporary output left behind");
        }
    }

    @Test
    void outputNamingTheLeadsFileIsBadUsage() {
        Path leads = TEAM.resolve("leads.csv");
        assertEquals(Main.BAD_USAGE, generate(leads, TEAM.resolve("campaigns.csv"), leads, "--force"));
        assertTrue(err.toString().contains("is an input"), err.toString());
    }
}
