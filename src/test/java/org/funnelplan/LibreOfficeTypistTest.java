package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.testutil.LibreOfficeTypist;

/**
 * Proves the typist really edits through LibreOffice: names resolve to the right cells, typed
 * values reach the saved file with dependent formulas recalculated (the cached values are read
 * with POI, never evaluated by it), inserted rows and columns move defined names the way the
 * program does, and failures say what went wrong. Every path has spaces in it.
 */
class LibreOfficeTypistTest {

    @TempDir
    Path temp;

    private Path plan;

    @BeforeEach
    void writePlan() throws IOException {
        LibreOfficeTypist.assumeAvailable();
        plan = temp.resolve("written by poi").resolve("anna plan.xlsx");
        Files.createDirectories(plan.getParent());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet anna = wb.createSheet("Anna");
            CellStyle input = wb.createCellStyle();
            input.setLocked(false);

            Row month = anna.createRow(1);
            month.createCell(0).setCellValue("Report month");
            Cell reportMonth = month.createCell(1);
            reportMonth.setCellValue(3);
            reportMonth.setCellStyle(input);

            Row won = anna.createRow(4);
            won.createCell(0).setCellValue("Won");
            Cell total = won.createCell(1);
            total.setCellFormula("SUM(C5:N5)");
            total.setCellValue(0); // the right cached value for empty months
            for (int c = 2; c <= 13; c++) {
                won.createCell(c).setCellStyle(input);
            }

            Name actualWon = wb.createName();
            actualWon.setNameName("Actual_won_M");
            actualWon.setSheetIndex(0);
            actualWon.setRefersToFormula("Anna!$C$5:$N$5");
            Name month1 = wb.createName();
            month1.setNameName("Report_Month");
            month1.setRefersToFormula("Anna!$B$2");

            // Counts from 0 to 10, as a plan's actual cells take counts.
            var validation = anna.getDataValidationHelper();
            anna.addValidationData(validation.createValidation(
                    validation.createIntegerConstraint(org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.BETWEEN, "0", "10"),
                    new org.apache.poi.ss.util.CellRangeAddressList(4, 4, 2, 13)));

            anna.enableLocking(); // protected without a password
            try (OutputStream out = Files.newOutputStream(plan)) {
                wb.write(out);
            }
        }
    }

    @Test
    void typesIntoTheIndexedCellOfANameAndRecalculatesItsDependents() throws IOException {
        Path out = temp.resolve("saved by libreoffice").resolve("typed plan.xlsx");

        Path saved = LibreOfficeTypist.open(plan)
                .set("Anna", "Actual_won_M", 3, 2)
                .set(null, "Report_Month", 0, 4)
                .setCell("Anna", "H5", 1.5)
                .saveAs(out);

        assertEquals(out, saved);
        try (XSSFWorkbook wb = read(saved)) {
            XSSFSheet anna = wb.getSheet("Anna");
            assertEquals(2, numeric(anna, "F5"), "index 3 of C5:N5 is F5");
            assertEquals(1.5, numeric(anna, "H5"));
            assertEquals(4, numeric(anna, "B2"), "the workbook-scoped name");
            Cell total = cell(anna, "B5");
            assertEquals(CellType.FORMULA, total.getCellType());
            assertEquals("SUM(C5:N5)", total.getCellFormula());
            assertEquals(3.5, total.getNumericCellValue(), "LibreOffice should have recalculated B5 after the typing");
            assertEquals("Anna!$C$5:$N$5", refersTo(wb, "Actual_won_M", 0));
            assertEquals("Anna!$B$2", refersTo(wb, "Report_Month", -1));
            assertTrue(anna.getProtect(), "the sheet should stay protected");
        }
        assertEquals(0, numeric(plan, "F5"), "the input file must not change");
    }

    @Test
    void insertingARowAboveTheNameMovesItAndTheTypedValue() throws IOException {
        Path saved = LibreOfficeTypist.open(plan)
                .set("Anna", "Actual_won_M", 3, 2)
                .insertRows("Anna", 5, 1)
                .set("Anna", "Actual_won_M", 0, 7) // resolved after the insertion: C6
                .saveAs(temp.resolve("row inserted.xlsx"));

        try (XSSFWorkbook wb = read(saved)) {
            XSSFSheet anna = wb.getSheet("Anna");
            assertEquals("Anna!$C$6:$N$6", refersTo(wb, "Actual_won_M", 0));
            assertEquals(2, numeric(anna, "F6"), "the typed value should follow its row");
            assertEquals(7, numeric(anna, "C6"));
            assertBlank(anna, "C5");
            assertBlank(anna, "F5");
            assertEquals("SUM(C6:N6)", cell(anna, "B6").getCellFormula());
            assertEquals(9, cell(anna, "B6").getNumericCellValue());
            assertEquals("Anna!$B$2", refersTo(wb, "Report_Month", -1), "a name above the insertion stays");
            assertTrue(anna.getProtect(), "the typist should protect the sheet again");
        }
    }

    @Test
    void insertingAColumnBeforeTheNameMovesItRight() throws IOException {
        Path saved = LibreOfficeTypist.open(plan)
                .set("Anna", "Actual_won_M", 3, 2)
                .insertColumns("Anna", "C", 1)
                .saveAs(temp.resolve("column inserted.xlsx"));

        try (XSSFWorkbook wb = read(saved)) {
            XSSFSheet anna = wb.getSheet("Anna");
            assertEquals("Anna!$D$5:$O$5", refersTo(wb, "Actual_won_M", 0));
            assertEquals(2, numeric(anna, "G5"));
            assertEquals("SUM(D5:O5)", cell(anna, "B5").getCellFormula());
            assertEquals(2, cell(anna, "B5").getNumericCellValue());
            assertTrue(anna.getProtect());
        }
    }

    @Test
    void aRepCannotInsertRowsWhereTheProtectionForbidsIt() {
        AssertionError refused = assertThrows(AssertionError.class, () -> LibreOfficeTypist.open(plan)
                .insertRowsAsRep("Anna", 5, 1)
                .saveAs(temp.resolve("never written.xlsx")));
        assertTrue(refused.getMessage().contains("refused inserting rows: a rep could not do it"), refused.getMessage());
    }

    @Test
    void aRepInsertsARowAndTypesInItWhereTheRowAboveWasOpen() throws IOException {
        Path allowing = temp.resolve("inserting allowed.xlsx");
        try (XSSFWorkbook wb = read(plan)) {
            wb.getSheet("Anna").lockInsertRows(false);
            try (OutputStream out = Files.newOutputStream(allowing)) {
                wb.write(out);
            }
        }
        Path saved = LibreOfficeTypist.open(allowing)
                .insertRowsAsRep("Anna", 6, 1) // under row 5, whose C..N are open
                .setCellText("Anna", "D6", "a rep's note")
                .saveAs(temp.resolve("row inserted by the rep.xlsx"));
        try (XSSFWorkbook wb = read(saved)) {
            XSSFSheet anna = wb.getSheet("Anna");
            assertEquals("a rep's note", cell(anna, "D6").getStringCellValue());
            assertTrue(anna.getProtect(), "never unprotected");
            assertEquals("Anna!$C$5:$N$5", refersTo(wb, "Actual_won_M", 0), "a row inserted below leaves the name");
        }
    }

    @Test
    void libreOfficesValidationJudgesWhatWasTyped() throws IOException {
        LibreOfficeTypist.open(plan)
                .setText("Anna", "Actual_won_M", 0, "8O")
                .set("Anna", "Actual_won_M", 1, 5)
                .set("Anna", "Actual_won_M", 2, 12)
                .expectValid("Anna", "Actual_won_M", 0, false)
                .expectValid("Anna", "D5", true)
                .expectValid("Anna", "E5", false)
                .expectValid("Anna", "A2", true) // no validation at all
                .saveAs(temp.resolve("judged.xlsx"));

        AssertionError wrong = assertThrows(AssertionError.class, () -> LibreOfficeTypist.open(plan)
                .setText("Anna", "Actual_won_M", 0, "8O")
                .expectValid("Anna", "C5", true)
                .saveAs(temp.resolve("never written.xlsx")));
        assertTrue(wrong.getMessage().contains("finds '8O' in Anna!C5 invalid, not valid"), wrong.getMessage());
    }

    @Test
    void typedTextStaysText() throws IOException {
        Path saved = LibreOfficeTypist.open(plan)
                .setText("Anna", "Actual_won_M", 0, "abc")
                .setText("Anna", "Actual_won_M", 1, "12")
                .setCellText("Anna", "E5", "say \"hi\" \\ to Zoë\tthen")
                .saveAs(temp.resolve("text typed.xlsx"));

        try (XSSFWorkbook wb = read(saved)) {
            XSSFSheet anna = wb.getSheet("Anna");
            assertEquals(CellType.STRING, cell(anna, "C5").getCellType());
            assertEquals("abc", cell(anna, "C5").getStringCellValue());
            assertEquals(CellType.STRING, cell(anna, "D5").getCellType(), "text that looks like a number stays text");
            assertEquals("say \"hi\" \\ to Zoë\tthen", cell(anna, "E5").getStringCellValue(), "JSON escaping");
            assertEquals(0, cell(anna, "B5").getNumericCellValue(), "SUM ignores text");
        }
    }

    @Test
    void typedFormulaStaysAFormula() throws IOException {
        Path saved = LibreOfficeTypist.open(plan)
                .setFormula("Anna", "Actual_won_M", 1, "=1+1")
                .setCellFormula("Anna", "E5", "=SUM(D5;D5)")
                .saveAs(temp.resolve("formula typed.xlsx"));

        try (XSSFWorkbook wb = read(saved)) {
            XSSFSheet anna = wb.getSheet("Anna");
            Cell d5 = cell(anna, "D5");
            assertEquals(CellType.FORMULA, d5.getCellType());
            assertEquals("1+1", d5.getCellFormula());
            assertEquals(2, d5.getNumericCellValue());
            assertEquals("SUM(D5,D5)", cell(anna, "E5").getCellFormula());
            assertEquals(6, cell(anna, "B5").getNumericCellValue());
        }
    }

    @Test
    void anUnknownNameFailsNamingIt() {
        Path out = temp.resolve("never written.xlsx");
        AssertionError failure = assertThrows(AssertionError.class, () -> LibreOfficeTypist.open(plan)
                .set("Anna", "Actual_won_M", 0, 1)
                .set("Anna", "Actual_lost_M", 0, 1)
                .saveAs(out));

        assertTrue(failure.getMessage().contains("no defined name 'Actual_lost_M'"), failure.getMessage());
        assertFalse(Files.exists(out), "nothing should be saved when an edit fails");
    }

    @Test
    void aLockedCellOfAProtectedSheetCannotBeTypedInto() {
        AssertionError failure = assertThrows(AssertionError.class, () -> LibreOfficeTypist.open(plan)
                .setCell("Anna", "C40", 5)
                .saveAs(temp.resolve("never written.xlsx")));

        assertTrue(failure.getMessage().contains("cell Anna!C40 is locked on a protected sheet"), failure.getMessage());
    }

    private static XSSFWorkbook read(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Cell cell(XSSFSheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        assertNotNull(row, "no row " + (ref.getRow() + 1) + " for " + address);
        Cell cell = row.getCell(ref.getCol());
        assertNotNull(cell, "no cell " + address);
        return cell;
    }

    private static void assertBlank(XSSFSheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        assertTrue(cell == null || cell.getCellType() == CellType.BLANK, address + " should be empty, not " + cell);
    }

    private static double numeric(XSSFSheet sheet, String address) {
        Cell cell = cell(sheet, address);
        assertEquals(CellType.NUMERIC, cell.getCellType(), address);
        return cell.getNumericCellValue();
    }

    private static double numeric(Path xlsx, String address) throws IOException {
        try (XSSFWorkbook wb = read(xlsx)) {
            Cell cell = wb.getSheet("Anna").getRow(new CellReference(address).getRow())
                    .getCell(new CellReference(address).getCol());
            return cell == null || cell.getCellType() == CellType.BLANK ? 0 : cell.getNumericCellValue();
        }
    }

    private static String refersTo(XSSFWorkbook wb, String name, int sheetIndex) {
        for (Name n : wb.getNames(name)) {
            if (n.getSheetIndex() == sheetIndex) {
                return n.getRefersToFormula();
            }
        }
        throw new AssertionError("no name " + name + " with sheet index " + sheetIndex + " in " + wb.getAllNames());
    }
}
