package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate --per-rep, variance and history through the command line: exit codes, one-line errors, nothing written on failure. */
class RoundTripCommandsTest {
    @TempDir
    Path dir;
    Path targets;
    Path history;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void inputs() throws IOException {
        targets = Files.writeString(dir.resolve("targets.csv"), """
                rep,new_customers,avg_margin,margin_target
                Anna de Vries,10,5000,20000
                "Bob: the <""best""> rep?",4,3000,
                CON,2,1000,
                """);
        history = Files.writeString(dir.resolve("history.csv"), """
                rep,period,stage,count,avg_days
                Anna de Vries,2025,lead,1000,30
                Anna de Vries,2025,contacted,400,20
                Anna de Vries,2025,visited,100,30
                Anna de Vries,2025,quoted,20,15
                Anna de Vries,2025,won,10,
                """);
    }

    private Run generate() {
        return run("generate", "--targets", targets.toString(), "--history", history.toString(), "--year", "2027",
                "--out", dir.resolve("plan.xlsx").toString(), "--per-rep", dir.resolve("reps").toString());
    }

    @Test
    void perRepWorkbooksGetSafeNamesTheMastersPlanIdAndOnlyTheirRep() throws IOException {
        Run run = generate();
        assertEquals(0, run.exit(), run.err());
        try (Stream<Path> files = Files.list(dir.resolve("reps"))) {
            assertEquals(List.of("Anna de Vries.xlsx", "Bob the best rep.xlsx", "_CON.xlsx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        Map<String, String> master = metadata(dir.resolve("plan.xlsx"));
        Map<String, String> bob = metadata(dir.resolve("reps/Bob the best rep.xlsx"));
        assertEquals(master.get("plan_id"), bob.get("plan_id"));
        assertEquals("Bob: the <\"best\"> rep?", bob.get("rep"));
        try (XSSFWorkbook workbook = open(dir.resolve("reps/Bob the best rep.xlsx"))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                assertFalse(workbook.getSheetName(i).contains("Anna"), workbook.getSheetName(i));
            }
            String everything = text(workbook);
            assertFalse(everything.contains("Anna") || everything.contains("CON"), "no other rep inside the per-rep workbook");
            assertEquals(4.0, value(workbook, "Team_Target_NewCustomers"), "team totals over the one rep");
        }
    }

    @Test
    void existingPerRepFilesAreKeptWithoutForceAndNothingIsWritten() throws IOException {
        Files.createDirectories(dir.resolve("reps"));
        Files.writeString(dir.resolve("reps/_CON.xlsx"), "keep me");
        Run run = generate();
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: " + dir.resolve("reps/_CON.xlsx") + " exists; add --force"), run.err());
        assertFalse(Files.exists(dir.resolve("plan.xlsx")));
        assertEquals("keep me", Files.readString(dir.resolve("reps/_CON.xlsx")));
    }

    @Test
    void varianceAndHistoryRunOverFilledWorkbooksAndHistoryFeedsTheNextPlan() throws IOException {
        assertEquals(0, generate().exit());
        Path anna = dir.resolve("reps/Anna de Vries.xlsx");
        edit(anna, wb -> {
            set(wb, "Anna de Vries", "Actual_lead_M", 500, 300);
            set(wb, "Anna de Vries", "Actual_contacted_M", 200, 100);
            set(wb, "Anna de Vries", "Actual_visited_M", 60, 15);
            set(wb, "Anna de Vries", "Actual_quoted_M", 10, 5);
            set(wb, "Anna de Vries", "Actual_won_M", 4, 2);
        });
        Path bob = dir.resolve("reps/Bob the best rep.xlsx");
        Run variance = run("variance", anna.toString(), bob.toString(), "--csv", dir.resolve("v.csv").toString(),
                "--out", dir.resolve("v.xlsx").toString());
        assertEquals(0, variance.exit(), variance.err());
        assertTrue(variance.out().contains("Plan 2027, months 1-2 (2 reps)"), variance.out());
        assertTrue(Files.readString(dir.resolve("v.csv")).startsWith("rep,stage,month,plan,actual,variance,attainment\nAnna de Vries,lead,1,"));
        assertTrue(Files.size(dir.resolve("v.xlsx")) > 0);

        Path next = dir.resolve("history-2027.csv");
        Run history = run("history", anna.toString(), bob.toString(), "--out", next.toString());
        assertEquals(0, history.exit(), history.err());
        assertEquals("""
                rep,period,stage,count,avg_days
                Anna de Vries,2027-01..02,lead,800,30
                Anna de Vries,2027-01..02,contacted,300,20
                Anna de Vries,2027-01..02,visited,75,30
                Anna de Vries,2027-01..02,quoted,15,15
                Anna de Vries,2027-01..02,won,6,
                """, Files.readString(next), "January and February are a part of the year, labelled as the months they cover");
        assertEquals("warning: the actuals cover January to February 2027 only, a part of the year: the period is 2027-01..02;"
                + " when the year is complete, write the history again and give generate that file instead of this one\n", history.err());
        assertEquals("wrote " + next + ": actuals of 1 rep, period 2027-01..02\n", history.out());

        Run generate = run("generate", "--targets", targets.toString(), "--history", next.toString(), "--year", "2028",
                "--prior-weight", "0", "--out", dir.resolve("plan-2028.xlsx").toString());
        assertEquals(0, generate.exit(), generate.err());
        try (XSSFWorkbook plan = open(dir.resolve("plan-2028.xlsx"))) {
            int sheet = plan.getSheetIndex("Anna de Vries");
            assertEquals(300.0 / 800, value(plan, sheet, "Rate_lead"), 1e-12, "marketing: the team's actual rate");
            assertEquals(75.0 / 300, value(plan, sheet, "Rate_contacted"), 1e-12);
            assertEquals(15.0 / 75, value(plan, sheet, "Rate_visited"), 1e-12);
            assertEquals(6.0 / 15, value(plan, sheet, "Rate_quoted"), 1e-12);
        }
    }

    @Test
    void aRepWhoseNameLooksLikeAnExcelEscapeComesBackAsTyped() throws IOException {
        Files.writeString(targets, "rep,new_customers,avg_margin,margin_target\nJan_x0041_Vries,10,5000,20000\n");
        Files.writeString(history, Files.readString(history).replace("Anna de Vries", "Jan_x0041_Vries"));
        assertEquals(0, generate().exit());
        Path csv = dir.resolve("v.csv");
        Run variance = run("variance", dir.resolve("plan.xlsx").toString(), "--csv", csv.toString());
        assertEquals(0, variance.exit(), variance.err());
        assertTrue(Files.readString(csv).startsWith("rep,stage,month,plan,actual,variance,attainment\nJan_x0041_Vries,lead,1,"),
                Files.readString(csv));
        assertTrue(variance.out().contains("from: Jan_x0041_Vries\n"), variance.out());
    }

    @Test
    void badDataIsOneErrorLineExitOneAndNothingWritten() throws IOException {
        assertEquals(0, generate().exit());
        Path anna = dir.resolve("reps/Anna de Vries.xlsx");
        edit(anna, wb -> cells(wb, "Anna de Vries", "Actual_won_M").get(0).setCellValue(-1));
        Path csv = dir.resolve("v.csv");
        Run run = run("variance", anna.toString(), "--csv", csv.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().matches("error: .*Anna de Vries\\.xlsx, sheet Anna de Vries, cell C\\d+: the actual 'won' of Jan is negative \\(-1\\).*\\n"),
                run.err());
        assertFalse(Files.exists(csv));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")));
        }

        Run lenient = run("variance", anna.toString(), "--csv", csv.toString(), "--lenient");
        assertEquals(0, lenient.exit(), lenient.err());
        assertTrue(lenient.err().startsWith("warning: "), lenient.err());

        Path notes = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Run history = run("history", notes.toString(), "--out", dir.resolve("h.csv").toString());
        assertEquals(1, history.exit());
        assertTrue(history.err().startsWith("error: " + notes + ": not an .xlsx workbook"), history.err());
        assertEquals(1, history.err().lines().count());
        assertFalse(Files.exists(dir.resolve("h.csv")));
    }

    @Test
    void usageMistakesExitTwo() {
        assertEquals(2, run("variance").exit(), "a workbook is required");
        Path plan = dir.resolve("plan.xlsx");
        assertEquals(2, run("variance", plan.toString(), "--month", "13").exit());
        Run overwrite = run("history", plan.toString(), "--out", plan.toString());
        assertEquals(2, overwrite.exit());
        assertTrue(overwrite.err().contains("is an input"), overwrite.err());
        Run help = run("variance", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("--lenient"));
    }

    interface Edit {
        void apply(XSSFWorkbook workbook);
    }

    static void edit(Path file, Edit edit) throws IOException {
        XSSFWorkbook workbook = open(file);
        try (workbook) {
            edit.apply(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static void set(XSSFWorkbook workbook, String sheet, String name, double... months) {
        List<Cell> cells = cells(workbook, sheet, name);
        for (int m = 0; m < months.length; m++) {
            cells.get(m).setCellValue(months[m]);
        }
    }

    static List<Cell> cells(XSSFWorkbook workbook, String sheet, String name) {
        int index = sheet == null ? -1 : workbook.getSheetIndex(sheet);
        for (Name candidate : workbook.getNames(name)) {
            if (candidate.getSheetIndex() == index) {
                AreaReference area = new AreaReference(candidate.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                return Stream.of(area.getAllReferencedCells()).map(ref -> cell(workbook, ref)).toList();
            }
        }
        throw new IllegalArgumentException("no name " + name);
    }

    private static Cell cell(XSSFWorkbook workbook, CellReference ref) {
        var row = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    static double value(XSSFWorkbook workbook, String name) {
        return cells(workbook, null, name).get(0).getNumericCellValue();
    }

    static double value(XSSFWorkbook workbook, int sheet, String name) {
        return cells(workbook, workbook.getSheetName(sheet), name).get(0).getNumericCellValue();
    }

    private static String text(XSSFWorkbook workbook) {
        StringBuilder all = new StringBuilder();
        workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> all.append(c).append('|'))));
        return all.toString();
    }

    private static Map<String, String> metadata(Path file) throws IOException {
        try (XSSFWorkbook workbook = open(file)) {
            var sheet = workbook.getSheet("funnelplan");
            Map<String, String> values = new java.util.HashMap<>();
            sheet.forEach(row -> values.putIfAbsent(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue()));
            return values;
        }
    }
}
