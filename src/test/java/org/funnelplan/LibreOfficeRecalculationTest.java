package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.testutil.LibreOffice;

/**
 * Proves the LibreOffice check can fail: a workbook whose cached formula value is wrong must come
 * back from LibreOffice with the value the formula really gives. Without a real recalculation
 * the wrong cached value would survive and this test would fail.
 */
class LibreOfficeRecalculationTest {

    @TempDir
    Path temp;

    @Test
    void recalculatesAWrongCachedValueAndKeepsDefinedNames() throws IOException {
        LibreOffice.assumeAvailable();
        // Spaces in both paths: the harness must pass them to soffice intact.
        Path in = temp.resolve("written by poi").resolve("wrong cache.xlsx");
        Path outDir = temp.resolve("saved by libreoffice");
        Files.createDirectories(in.getParent());

        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(21);
            Cell b1 = row.createCell(1);
            b1.setCellFormula("A1*2");
            b1.setCellValue(7); // deliberately wrong cached value
            Name answer = wb.createName();
            answer.setNameName("Answer");
            answer.setRefersToFormula("Sheet1!$B$1");
            assertFalse(wb.getForceFormulaRecalculation(), "the test needs a workbook that does not ask for recalculation");
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        assertEquals(7, cachedB1(in), 0, "POI should have written the wrong cached value");

        Path saved = LibreOffice.recalculate(in, outDir);

        assertEquals(outDir.resolve("wrong cache.xlsx"), saved);
        assertEquals(42, cachedB1(saved), 0, "LibreOffice should have recalculated A1*2");
        try (InputStream is = Files.newInputStream(saved); Workbook wb = new XSSFWorkbook(is)) {
            Name answer = wb.getName("Answer");
            assertNotNull(answer, "defined name Answer lost in the LibreOffice round trip");
            assertEquals(-1, answer.getSheetIndex(), "Answer should stay workbook-scoped");
            assertEquals("Sheet1!$B$1", answer.getRefersToFormula());
        }
    }

    @Test
    void rendersPdf() throws IOException {
        LibreOffice.assumeAvailable();
        Path in = temp.resolve("plan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("funnelplan");
            wb.write(out);
        }
        Path pdf = LibreOffice.convert(in, temp.resolve("pdf"), "pdf");
        assertEquals("plan.pdf", pdf.getFileName().toString());
        byte[] head = new byte[5];
        try (InputStream is = Files.newInputStream(pdf)) {
            assertEquals(5, is.readNBytes(head, 0, 5));
        }
        assertEquals("%PDF-", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** B1's cached value, read without any formula evaluation. */
    private static double cachedB1(Path xlsx) throws IOException {
        try (InputStream is = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(is)) {
            Cell b1 = wb.getSheet("Sheet1").getRow(0).getCell(1);
            assertTrue(b1.getCellType() == CellType.FORMULA, "B1 should still hold a formula");
            assertEquals(CellType.NUMERIC, b1.getCachedFormulaResultType());
            return b1.getNumericCellValue();
        }
    }
}
