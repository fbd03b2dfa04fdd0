package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenerateCommandTest {
    @TempDir
    Path dir;
    Path targets;
    Path history;
    Path out;

    @BeforeEach
    void seedFiles() throws IOException {
        targets = Files.copy(Path.of("samples/seed/targets.csv"), dir.resolve("targets.csv"));
        history = Files.copy(Path.of("samples/seed/history.csv"), dir.resolve("history.csv"));
        out = dir.resolve("plan.xlsx");
    }

    @Test
    void writesThePlanAndSaysWhatItHolds() throws Exception {
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--year", "2027", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1,000 lead -> 400 contacted -> 100 visited -> 20 quoted -> 10 won"), run.out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            assertEquals(2027, (int) workbook.getSheet("Overview").getRow(3).getCell(1).getNumericCellValue());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theTeamSampleNamesThePlanYearAndTheRepsTheHistoryDoesNotCover() {
        CommandLineRun run = CommandLineRun.of("generate", "--targets", "samples/team/targets.csv", "--history", "samples/team/history.csv",
                "--year", "2027", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote " + out + ": plan 2027, 10 reps, 85 new customers" + System.lineSeparator()), run.out());
        assertTrue(run.err().contains("warning: a rep with no history of their own in samples/team/history.csv, planned on the team's"
                + " rates: Ruben Smit"), run.err());
        assertTrue(run.err().contains("warning: a rep in samples/team/history.csv who is not in samples/team/targets.csv: Henk de Groot;"),
                run.err());
    }

    @Test
    void aDutchPlanGetsADutchSummaryWithDutchNumbers() {
        Path targetsCsv = dir.resolve("targets.csv");
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targetsCsv.toString(), "--history", history.toString(),
                "--year", "2027", "--lang", "nl", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals(out + " geschreven: planjaar 2027, 1 verkoper, 10 nieuwe klanten", lines[0]);
        assertEquals("nodig voor het doel: 1.000 lead -> 400 contacted -> 100 visited -> 20 quoted -> 10 won", lines[1]);
        assertTrue(lines[2].startsWith("waarvan pijplijn bij start: "), lines[2]);
        assertEquals("marge dit jaar: € 22.917 gepland, doel € 20.000", lines[3]);
    }

    @Test
    void historyGivenTwiceOrMorePoolsTheFilesAndNamesThemInWarnings() throws IOException {
        Path thisYear = Files.writeString(dir.resolve("history-2026.csv"), "\uFEFFrep;period;stage;count;avg_days\r\n"
                + "Rep X;2026-01..05;lead;400;8,5\r\nRep X;2026-01..05;contacted;160;12,25\r\nRep X;2026-01..05;visited;40;30\r\n"
                + "Rep X;2026-01..05;quoted;8;20\r\nRep X;2026-01..05;won;4;\r\nNew Rep;2026-01..05;lead;10;\r\nNew Rep;2026-01..05;won;1;\r\n");
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--history", thisYear.toString(), "--year", "2027", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: a rep in " + history + ", " + thisYear + " who is not in " + targets + ": New Rep;"), run.err());

        CommandLineRun twice = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--history", dir.resolve(".").resolve("history.csv").toString(), "--year", "2027", "--out", dir.resolve("other.xlsx").toString());
        assertEquals(2, twice.exitCode(), twice.err());
        assertEquals("error: --history " + dir.resolve(".").resolve("history.csv") + " is given twice; give each history file once",
                twice.err().strip());
        assertFalse(Files.exists(dir.resolve("other.xlsx")));
    }

    static Stream<Arguments> badData() {
        return Stream.of(
                Arguments.of("targets.csv", "rep,new_customers,avg_margin\nAnna,ten,5000\n", "targets.csv line 2"),
                Arguments.of("targets.csv", "rep,new_customers,avg_margin\nAnna,10,5000\nanna ,3,100\n", "targets.csv line 3"),
                Arguments.of("history.csv", "rep,period,stage,count\nAnna,2025,quoted,20\nAnna,2025,won,-1\n", "history.csv line 3"),
                Arguments.of("history.csv", "rep,period,stage,count\nAnna,2025,quoted,20\nAnna,2025,won,0\n", "rep Rep X has a rate of 0"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badData")
    void badDataExitsOneWithOneLineAndWritesNothing(String file, String content, String where) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.saysOneError(), run.err());
        assertTrue(run.err().contains(where), run.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void failedRunLeavesTheExistingPlanUntouched() throws IOException {
        byte[] before = "an earlier plan".getBytes(StandardCharsets.UTF_8);
        Files.write(out, before);
        Files.writeString(targets, "rep,new_customers,avg_margin\nAnna,-3,5000\n");
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--out", out.toString(), "--force");
        assertEquals(1, run.exitCode());
        assertArrayEquals(before, Files.readAllBytes(out));
    }

    @Test
    void existingOutputIsReplacedOnlyWithForce() throws IOException {
        Files.writeString(out, "keep me");
        CommandLineRun refused = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--out", out.toString());
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("keep me", Files.readString(out));
        CommandLineRun forced = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
    }

    @Test
    void outputNamingAnInputIsRefusedAndTheInputKept() throws IOException {
        byte[] before = Files.readAllBytes(history);
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--out", dir.resolve(".").resolve("history.csv").toString(), "--force");
        assertEquals(2, run.exitCode());
        assertTrue(run.saysOneError(), run.err());
        assertArrayEquals(before, Files.readAllBytes(history));
    }

    @ParameterizedTest
    @MethodSource("badUsage")
    void badUsageExitsTwo(String[] args) {
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.saysOneError(), run.err());
        assertTrue(run.err().contains("--help"), "points to the help");
        assertFalse(run.err().contains("Exception"), run.err());
    }

    static Stream<Arguments> badUsage() {
        return Stream.of(
                Arguments.of((Object) new String[] {"generate", "--targets", "t.csv"}),
                Arguments.of((Object) new String[] {"generate", "--targets", "t.csv", "--history", "h.csv", "--out", "p.xlsx", "--colour"}),
                Arguments.of((Object) new String[] {"generate", "--targets", "t.csv", "--history", "h.csv", "--out", "p.xlsx", "--prior-weight", "many"}),
                Arguments.of((Object) new String[] {"plan"}),
                Arguments.of((Object) new String[] {}));
    }

    @Test
    void missingInputFileNamesIt() {
        CommandLineRun run = CommandLineRun.of("generate", "--targets", dir.resolve("nope.csv").toString(),
                "--history", history.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.saysOneError() && run.err().contains("nope.csv"), run.err());
    }

    @Test
    void helpListsEveryOption() {
        CommandLineRun run = CommandLineRun.of("generate", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--targets", "--history", "--seasonality", "--year", "--handover", "--prior-weight", "--out", "--force"}) {
            assertTrue(run.out().contains(option), option);
        }
    }

    @Test
    void handoverNamesTheFirstSalesStage() throws IOException {
        CommandLineRun run = CommandLineRun.of("generate", "--targets", targets.toString(), "--history", history.toString(),
                "--handover", "lunch", "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--handover") && run.err().contains("contacted"), run.err());
    }
}
