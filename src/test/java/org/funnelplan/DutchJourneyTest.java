package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.funnelplan.cli.Main;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.testutil.LibreOfficeTypist;
import org.funnelplan.workbook.WorkbookNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's journey, with LibreOffice as the spreadsheet of every person in it: a Dutch director
 * generates the plan with per-rep workbooks, two reps type January to May (one inserts a notes
 * row in his protected sheet and saves .xlsx with a typo, one keeps LibreOffice's .ods), the
 * director runs variance (every problem in one run, in Dutch, the note none of them), fixes both,
 * runs it again (Dutch table, a ';' CSV that Dutch Excel reads as numbers), writes the history,
 * opens and saves it as Dutch Excel would, and plans next year on last year's sample history and
 * the new one.
 */
class DutchJourneyTest {
    private static final Path NL = Path.of("samples/nl");
    /** How Dutch Excel opens a CSV: ';' between fields, '"' around text, UTF-8, Dutch (1043) number marks. */
    private static final String DUTCH_CSV = "CSV:59,34,76,1,,1043";
    private static final String[] STAGES = {"lead", "gebeld", "bezocht", "offerte", "gewonnen"};
    private static final double[][] JAN = {{62, 58, 70, 65, 60}, {25, 22, 28, 27, 24}, {6, 5, 7, 6, 6}, {2, 1, 2, 2, 1}, {1, 0, 1, 1, 0}};
    private static final double[][] EVA = {{55, 61, 49, 52, 58}, {20, 24, 18, 21, 23}, {5, 6, 4, 5, 5}, {1, 2, 1, 1, 2}, {0, 1, 1, 0, 1}};

    @TempDir
    Path dir;

    @Test
    void aDutchDirectorsYearFromPlanToNextYearsPlan() throws IOException {
        LibreOfficeTypist.assumeAvailable();
        Path reps = dir.resolve("verkopers");
        Run generate = run("generate", "--lang", "nl", "--targets", NL.resolve("targets.csv").toString(), "--history",
                NL.resolve("history.csv").toString(), "--seasonality", NL.resolve("seasonality.csv").toString(), "--year", "2026",
                "--per-rep", reps.toString(), "--out", dir.resolve("plan-2026.xlsx").toString());
        assertEquals(0, generate.exit, generate.err);

        // Two reps type January to May in LibreOffice. Jan inserts a row for notes under his leads and types one,
        // and types "8O" for February's wins; Eva saves in LibreOffice's own format.
        Path returned = Files.createDirectories(dir.resolve("terug"));
        int notesRow = new CellReference(cell(reps.resolve("Jan de Vries.xlsx"), "Jan de Vries",
                "Actual_lead_M", 0)).getRow() + 2; // 1-based: the row under the lead actuals
        Path jan = typed(reps.resolve("Jan de Vries.xlsx"), "Jan de Vries", JAN)
                .insertRowsAsRep("Jan de Vries", notesRow, 1)
                .setCellText("Jan de Vries", "C" + notesRow, "beurs Utrecht: 40 leads, nog niet ingevoerd")
                .setText("Jan de Vries", "Actual_gewonnen_M", 1, "8O")
                .saveAs(returned.resolve("Jan de Vries.xlsx"));
        Path eva = typed(reps.resolve("Eva Hendriks.xlsx"), "Eva Hendriks", EVA).saveAs(returned.resolve("Eva Hendriks.ods"));

        Path report = dir.resolve("afwijking-mei.xlsx");
        Path csv = dir.resolve("afwijking-mei.csv");
        Run first = run("variance", jan.toString(), eva.toString(), "--out", report.toString(), "--csv", csv.toString());
        assertEquals(1, first.exit, first.err);
        assertEquals(List.of(
                "error: " + jan + ", blad Jan de Vries, cel " + cell(jan, "Jan de Vries", "Actual_gewonnen_M", 1)
                        + ": het werkelijke aantal 'gewonnen' van feb bevat tekst '8O'; typ een geheel getal van 0 tot en met 39.999,"
                        + " of laat de cel leeg",
                "error: " + eva + ": een OpenDocument-spreadsheet (.ods); funnelplan leest .xlsx: open het bestand en sla het op als"
                        + " \"Excel-werkmap (*.xlsx)\" (LibreOffice: Bestand > Opslaan als, type \"Excel 2007-365 (.xlsx)\")"),
                first.err.lines().toList(), "both problems in one run, in Dutch; the note in the inserted row is none");
        assertFalse(Files.exists(report) || Files.exists(csv), "nothing written");

        // The director fixes both: Jan types 0 over the typo, Eva's workbook is saved as Excel Workbook.
        LibreOfficeTypist.open(jan).set("Jan de Vries", "Actual_gewonnen_M", 1, 0).saveAs(jan);
        Path evaXlsx = LibreOffice.convert(eva, dir.resolve("opgeslagen"), LibreOffice.XLSX_FILTER);
        Run second = run("variance", jan.toString(), evaXlsx.toString(), "--out", report.toString(), "--csv", csv.toString());
        assertEquals(0, second.exit, second.err);
        assertEquals("", second.err);
        List<String> table = second.out.lines().toList();
        assertEquals("Plan 2026, maand 1-5 (2 verkopers)", table.get(0));
        assertTrue(table.contains("Team Noord:") && table.contains("Team Zuid:"), second.out);
        assertEquals(List.of(report + " geschreven", csv + " geschreven"), table.subList(table.size() - 2, table.size()));
        saysNothingInEnglish(second.out);
        dutchExcelReadsTheNumbersAsNumbers(csv, 7);

        // Next year's history, opened and saved as Dutch Excel does, then next year's plan on both years.
        Path history = dir.resolve("historie-2026.csv");
        Run written = run("history", jan.toString(), evaXlsx.toString(), "--out", history.toString());
        assertEquals(0, written.exit, written.err);
        assertEquals(history + " geschreven: werkelijke aantallen van 2 verkopers, periode 2026-01..05", written.out.strip());
        assertEquals("warning: de werkelijke aantallen beslaan alleen januari tot en met mei 2026, een deel van het jaar: de periode"
                + " is 2026-01..05; schrijf de historie opnieuw als het jaar compleet is en geef generate dan dat bestand in plaats"
                + " van dit", written.err.strip());
        saysNothingInEnglish(written.out + written.err);
        dutchExcelReadsTheNumbersAsNumbers(history, 5);
        Path resaved = LibreOffice.convertAsDutch(history, dir.resolve("excel"), "csv:Text - txt - csv (StarCalc):59,34,76,1,,1043",
                DUTCH_CSV);
        assertTrue(Files.readString(resaved).contains(";2026-01..05;gebeld;126;"), "Jan's five months of calls");

        Map<String, Double> fromResaved = nextYear(resaved, "plan-2027.xlsx");
        Map<String, Double> fromWritten = nextYear(history, "plan-2027-direct.xlsx");
        assertEquals(fromWritten, fromResaved, "generate reads the history Dutch Excel saved as the one funnelplan wrote");
        Run sampleOnly = run("generate", "--lang", "nl", "--targets", NL.resolve("targets.csv").toString(), "--history",
                NL.resolve("history.csv").toString(), "--year", "2027", "--out", dir.resolve("plan-2027-sample.xlsx").toString());
        assertEquals(0, sampleOnly.exit, sampleOnly.err);
        assertNotEquals(rates(dir.resolve("plan-2027-sample.xlsx")).get("Jan de Vries!Rate_offerte"), fromResaved.get("Jan de Vries!Rate_offerte"),
                "this year's counts change Jan's rate");
    }

    /** The report's team rows are the master's figures: its reps' cells, summed by team, after LibreOffice recalculated them. */
    @Test
    void theReportsTeamRowsAreTheMastersFigures() throws IOException {
        LibreOfficeTypist.assumeAvailable();
        Path master = dir.resolve("plan.xlsx");
        Run generate = run("generate", "--lang", "nl", "--targets", NL.resolve("targets.csv").toString(), "--history",
                NL.resolve("history.csv").toString(), "--seasonality", NL.resolve("seasonality.csv").toString(), "--year", "2026",
                "--out", master.toString());
        assertEquals(0, generate.exit, generate.err);
        LibreOfficeTypist typist = LibreOfficeTypist.open(master).set(null, "Report_Month", 0, 5);
        type(typist, "Jan de Vries", JAN);
        type(typist, "Pieter Bakker", EVA);
        type(typist, "Eva Hendriks", EVA);
        type(typist, "Fatima Bouzid", JAN);
        Path filled = typist.recalculate().saveAs(dir.resolve("terug/plan.xlsx"));
        Path report = dir.resolve("afwijking.xlsx");
        Run variance = run("variance", filled.toString(), "--month", "5", "--out", report.toString());
        assertEquals(0, variance.exit, variance.err);

        Map<String, List<Object>> names = WorkbookNames.read(filled);
        Map<String, String> teams = new LinkedHashMap<>();
        for (String line : Files.readAllLines(NL.resolve("targets.csv"), StandardCharsets.UTF_8).subList(1, 11)) {
            teams.put(line.split(";")[0], line.split(";")[1]);
        }
        try (Workbook workbook = WorkbookFactory.create(report.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Team");
            int checked = 0;
            for (Row row : sheet) {
                String team = text(row.getCell(0));
                String stage = text(row.getCell(1));
                if (!teams.containsValue(team) || List.of(STAGES).indexOf(stage) < 0) {
                    continue;
                }
                double planToDate = 0;
                double actual = 0;
                double pipeline = 0;
                double needed = 0;
                for (Map.Entry<String, String> rep : teams.entrySet()) {
                    if (rep.getValue().equals(team)) {
                        planToDate += number(names, rep.getKey() + "!PlanToDate_" + stage);
                        actual += number(names, rep.getKey() + "!Actual_" + stage + "_YTD");
                        pipeline += number(names, rep.getKey() + "!PreYear_" + stage);
                        needed += number(names, rep.getKey() + "!Plan_" + stage);
                    }
                }
                assertEquals(planToDate, row.getCell(2).getNumericCellValue(), 1e-6, team + " " + stage + " plan to date");
                assertEquals(actual, row.getCell(3).getNumericCellValue(), 1e-9, team + " " + stage + " actual to date");
                assertEquals(pipeline, row.getCell(8).getNumericCellValue(), 1e-6, team + " " + stage + " pipeline at start");
                assertEquals(needed, row.getCell(10).getNumericCellValue(), 1e-9, team + " " + stage + " needed for the target");
                checked++;
            }
            assertEquals(2 * STAGES.length, checked, "Noord and Zuid, every stage");
        }
    }

    private static LibreOfficeTypist typed(Path workbook, String rep, double[][] months) {
        return type(LibreOfficeTypist.open(workbook), rep, months);
    }

    private static LibreOfficeTypist type(LibreOfficeTypist typist, String rep, double[][] months) {
        for (int s = 0; s < STAGES.length; s++) {
            for (int m = 0; m < months[s].length; m++) {
                typist.set(rep, "Actual_" + STAGES[s] + "_M", m, months[s][m]);
            }
        }
        return typist;
    }

    /**
     * Opened as Dutch Excel opens a CSV, every cell that funnelplan wrote as a number is a number of
     * the same value: not 130202 for 13,0202, nor a date.
     */
    private void dutchExcelReadsTheNumbersAsNumbers(Path csv, int columns) throws IOException {
        Path opened = LibreOffice.convertAsDutch(csv, dir.resolve("excel-" + csv.getFileName()), LibreOffice.XLSX_FILTER, DUTCH_CSV);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\uFEFF"), "a BOM");
        int numbers = 0;
        try (Workbook workbook = WorkbookFactory.create(opened.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r < lines.size(); r++) {
                String[] fields = lines.get(r).split(";", -1);
                assertEquals(columns, fields.length, lines.get(r));
                for (int c = 0; c < columns; c++) {
                    Cell cell = sheet.getRow(r).getCell(c);
                    if (fields[c].matches("-?\\d+(,\\d+)?")) {
                        assertEquals(CellType.NUMERIC, cell.getCellType(), "line " + (r + 1) + " column " + (c + 1) + ": " + fields[c]);
                        assertEquals(Double.parseDouble(fields[c].replace(',', '.')), cell.getNumericCellValue(), 0, fields[c]);
                        numbers++;
                    } else {
                        assertEquals(fields[c], new DataFormatter().formatCellValue(cell), "line " + (r + 1) + " column " + (c + 1));
                    }
                }
            }
        }
        assertTrue(numbers > lines.size(), csv + ": numbers checked " + numbers);
    }

    /** Next year's plan on last year's sample history and this year's file; its reps' rates. */
    private Map<String, Double> nextYear(Path thisYear, String out) throws IOException {
        Run next = run("generate", "--lang", "nl", "--targets", NL.resolve("targets.csv").toString(), "--history",
                NL.resolve("history.csv").toString(), "--history", thisYear.toString(), "--year", "2027", "--out",
                dir.resolve(out).toString());
        assertEquals(0, next.exit, next.err);
        assertTrue(next.out.startsWith(dir.resolve(out) + " geschreven: planjaar 2027, 10 verkopers, 85 nieuwe klanten"), next.out);
        return rates(dir.resolve(out));
    }

    private static Map<String, Double> rates(Path plan) throws IOException {
        Map<String, Double> rates = new LinkedHashMap<>();
        WorkbookNames.read(plan).forEach((name, values) -> {
            if (name.contains("!Rate_") || name.contains("!Plan_") && !name.endsWith("_M")) {
                rates.put(name, (Double) values.get(0));
            }
        });
        return rates;
    }

    /** The words an English console would use: none of them is in what a Dutch director reads. */
    private static void saysNothingInEnglish(String console) {
        for (String english : List.of("wrote", " sheet ", " cell ", " reps", "months", "warning: the", "stage ", "actual")) {
            assertFalse(console.contains(english), "'" + english + "' in:\n" + console);
        }
    }

    private static String cell(Path file, String sheet, String name, int index) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            int scope = workbook.getSheetIndex(sheet);
            for (var candidate : workbook.getNames(name)) {
                if (candidate.getSheetIndex() == scope) {
                    String first = candidate.getRefersToFormula().replaceAll(".*!", "").split(":")[0].replace("$", "");
                    CellReference ref = new CellReference(first);
                    return new CellReference(ref.getRow(), ref.getCol() + index).formatAsString();
                }
            }
        }
        throw new AssertionError("no name " + name);
    }

    private static double number(Map<String, List<Object>> names, String name) {
        List<Object> values = names.get(name);
        assertTrue(values != null && values.size() == 1 && values.get(0) instanceof Double, name + ": " + values);
        return (double) values.get(0);
    }

    private static String text(Cell cell) {
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
