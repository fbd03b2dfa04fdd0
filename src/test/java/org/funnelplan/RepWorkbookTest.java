package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.cli.Main;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.testutil.LibreOfficeTypist;
import org.funnelplan.testutil.PdfPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rep's own workbook, used as a rep uses it in LibreOffice: it opens on the rep's sheet with the
 * report month at hand; on the protected sheet the rep inserts a row in the monthly grid and types
 * a note in it, inserts a column after December for another, types actuals, and mistypes one ("8O"). LibreOffice's validation refuses the
 * mistyped count and takes the note, the printed sheet flags the mistyped count red and leaves the
 * note alone, and {@code variance} reports the mistyped cell, never the note, and reads the actuals.
 */
class RepWorkbookTest {
    private static final String REP = "Jan de Vries";
    private static final String NOTE = "called twice, no answer: try again in May";
    private static final String COLUMN_NOTE = "fair in March";
    private static final int BAD_INPUT = 0xFF0000;
    private static final Set<Integer> PROGRESS = Set.of(0xF8CBAD, 0xFFE699, 0xC6EFCE);

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOfficeTypist.assumeAvailable();
        PdfPages.assumeAvailable();
    }

    @Test
    void aRepTypesActualsAndANoteInAnInsertedRowAndOnlyTheActualsCount() throws IOException {
        Path reps = dir.resolve("reps");
        run(0, "generate", "--year", "2027", "--targets", "samples/team/targets.csv", "--history", "samples/team/history.csv",
                "--seasonality", "samples/team/seasonality.csv", "--out", dir.resolve("plan.xlsx").toString(), "--per-rep", reps.toString());
        Path workbook = reps.resolve(REP + ".xlsx");
        int leadActualRow = opensOnTheRepsSheetWithTheReportMonthThere(workbook);

        int noteRow = leadActualRow + 2; // 1-based: the row right under "lead — actual"
        Path typed = LibreOfficeTypist.open(workbook)
                .set(null, "Report_Month", 0, 3)
                .set(REP, "Actual_lead_M", 0, 90)
                .set(REP, "Actual_lead_M", 1, 95)
                .set(REP, "Actual_lead_M", 2, 60)
                .insertRowsAsRep(REP, noteRow, 1)
                .setCellText(REP, "C" + noteRow, NOTE)
                .insertColumnsAsRep(REP, "O", 1) // right of December, for notes too
                .setCellText(REP, "O" + (leadActualRow + 1), COLUMN_NOTE)
                .expectValid(REP, "O" + (leadActualRow + 1), true)
                .setText(REP, "Actual_contacted_M", 0, "8O")
                .set(REP, "Actual_contacted_M", 1, 40)
                .expectValid(REP, "C" + noteRow, true)
                .expectValid(REP, "Actual_contacted_M", 0, false)
                .expectValid(REP, "Actual_contacted_M", 1, true)
                .saveAs(dir.resolve("typed").resolve(REP + ".xlsx"));

        try (XSSFWorkbook saved = read(typed)) {
            XSSFSheet sheet = saved.getSheet(REP);
            assertTrue(sheet.getProtect(), "the rep never unprotected the sheet");
            assertEquals(NOTE, sheet.getRow(noteRow - 1).getCell(2).getStringCellValue());
        }

        // Printed, as pasting or a program (like the typist) passes the validation by: the bad count is red, the note is not.
        PdfPages pages = PdfPages.read(LibreOffice.convertWithDefaults(typed, dir.resolve("pdf"), "pdf"));
        assertEquals(BAD_INPUT, fillLeftOf(pages, "8O"), "the mistyped count is flagged");
        int noteFill = fillLeftOf(pages, NOTE);
        assertNotEquals(BAD_INPUT, noteFill, "the note is no bad actual");
        assertFalse(PROGRESS.contains(noteFill), "the note is not coloured as an actual against the plan: " + Integer.toHexString(noteFill));
        int columnNoteFill = fillLeftOf(pages, COLUMN_NOTE); // on a page of its own, right of the sheet's two
        assertFalse(columnNoteFill == BAD_INPUT || PROGRESS.contains(columnNoteFill), "a note in an inserted column is no actual either");
        assertTrue(PROGRESS.contains(fillLeftOf(pages, "90")), "a typed actual is still coloured against the plan");

        String badCell = "C" + (noteRow + 2); // contacted's actual row, one lower for the inserted row
        String refused = run(1, "variance", typed.toString()).err();
        assertTrue(refused.startsWith("error: ") && refused.contains(badCell) && refused.contains("8O"), refused);
        assertFalse(refused.contains("C" + noteRow + ":") || refused.contains("C" + noteRow + " "), "the note is no error: " + refused);

        Path fixed = LibreOfficeTypist.open(typed).setCell(REP, badCell, 80).saveAs(dir.resolve("fixed").resolve(REP + ".xlsx"));
        Path csv = dir.resolve("variance.csv");
        run(0, "variance", fixed.toString(), "--csv", csv.toString());
        List<String> filled = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) {
            String[] cells = line.split(",", -1);
            if (cells[0].equals(REP) && !cells[2].equals("YTD") && !cells[4].isEmpty()) {
                filled.add(cells[1] + " " + cells[2] + " " + cells[4]);
            }
        }
        assertEquals(List.of("lead 1 90", "lead 2 95", "lead 3 60", "contacted 1 80", "contacted 2 40"), filled,
                "the actuals, and nothing of the note");
    }

    /** The rep's sheet is the first tab and the one that opens; Report_Month is on it; rows and columns may be inserted. */
    private static int opensOnTheRepsSheetWithTheReportMonthThere(Path workbook) throws IOException {
        try (XSSFWorkbook book = read(workbook)) {
            assertEquals(REP, book.getSheetName(0));
            assertEquals(0, book.getActiveSheetIndex(), "opens on the rep's sheet");
            Name month = book.getName("Report_Month");
            assertEquals(-1, month.getSheetIndex(), "Report_Month stays one workbook-scoped cell");
            assertEquals(REP, new AreaReference(month.getRefersToFormula(), book.getSpreadsheetVersion()).getFirstCell().getSheetName());
            XSSFSheet sheet = book.getSheetAt(0);
            assertTrue(sheet.getProtect(), "protected");
            assertFalse(sheet.isInsertRowsLocked(), "inserting rows allowed");
            assertFalse(sheet.isInsertColumnsLocked(), "inserting columns allowed");
            assertTrue(sheet.isDeleteRowsLocked(), "deleting rows is not");
            for (Name name : book.getNames("Actual_lead_M")) {
                return new AreaReference(name.getRefersToFormula(), book.getSpreadsheetVersion()).getFirstCell().getRow();
            }
            throw new AssertionError("no Actual_lead_M");
        }
    }

    /** The fill behind the start of {@code text} where it is first printed: the rep's sheet comes first. */
    private static int fillLeftOf(PdfPages pages, String text) {
        PdfPages.Text found = pages.texts().stream().filter(t -> t.text().strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("'" + text + "' is not printed:\n" + String.join("\f", pages.pages())));
        return pages.background(found, 6); // a note runs on into the next cells: its own cell's fill
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private record Run(String out, String err) {
    }

    private static Run run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(expectedExit, exit, String.join(" ", args) + "\n" + out + err);
        return new Run(out.toString(), err.toString());
    }
}
