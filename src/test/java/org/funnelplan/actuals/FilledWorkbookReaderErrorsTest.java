package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.model.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.testutil.FilledWorkbooks;

/** Every way a returned workbook can be wrong gives one line naming the file (and sheet and cell). */
class FilledWorkbookReaderErrorsTest {
    @TempDir
    Path dir;
    Plan plan;
    Path anna;

    @BeforeEach
    void writePlan() throws IOException {
        plan = FilledWorkbooks.twoReps();
        anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
    }

    private String error(Path... files) {
        return error(false, files);
    }

    private String error(boolean lenient, Path... files) {
        InputErrors e = assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(files), lenient));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertFalse(e.problems().get(0).contains("\n"), "one line: " + e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void textFileNamedXlsxIsNotAZip() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xlsx"), "rep,count\nAnna,3\n");
        String message = error(file);
        assertTrue(message.startsWith(file + ": not an .xlsx workbook"), message);
    }

    @Test
    void emptyFileIsNamed() throws IOException {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertTrue(error(file).startsWith(file + ": the file is empty"));
    }

    @Test
    void xlsFileIsToldToBeSavedAsXlsx() throws IOException {
        Path file = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Anna").createRow(0).createCell(0).setCellValue(3);
            workbook.write(out);
        }
        String message = error(file);
        assertEquals(file + ": an Excel 97-2003 workbook (.xls); " + FileRefusals.SAVE_AS_XLSX, message);
    }

    @Test
    void passwordProtectedWorkbookIsRefusedWithAHint() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (InputStream in = Files.newInputStream(anna); OutputStream os = encryptor.getDataStream(fs)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        String message = error(file);
        assertTrue(message.startsWith(file + ": the workbook is password-protected"), message);
    }

    @Test
    void truncatedZipIsCorrupt() throws IOException {
        byte[] bytes = Files.readAllBytes(anna);
        Path file = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String message = error(file);
        assertTrue(message.startsWith(file + ": corrupt .xlsx"), message);
    }

    @Test
    void overCompressedPartIsRefusedAsAPossibleZipBomb() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        rewrite(anna, file, (name, xml) -> name.equals("xl/workbook.xml") ? xml + " ".repeat(20_000_000) : xml);
        String message = error(file);
        assertTrue(message.startsWith(file + ": refused:") && message.contains("zip bomb"), message);
    }

    @Test
    void workbookFunnelplanDidNotMakeIsRefused() throws IOException {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Anna").createRow(0).createCell(0).setCellValue(3);
            workbook.write(out);
        }
        String message = error(file);
        assertTrue(message.startsWith(file + ": not a funnelplan workbook"), message);
    }

    @Test
    void missingDefinedNameIsNamedWithItsSheet() throws IOException {
        Path file = dir.resolve("no-name.xlsx");
        rewrite(anna, file, (name, xml) -> name.equals("xl/workbook.xml")
                ? xml.replaceAll("<definedName name=\"Actual_visited_M\"[^>]*>[^<]*</definedName>", "") : xml);
        assertEquals(file + ", sheet Anna: the defined name Actual_visited_M is missing; funnelplan finds cells by their"
                + " names, so restore it or use the workbook funnelplan wrote", error(file));
    }

    @Test
    void aWorkbookGivenTwiceIsSaidSoOnce() throws IOException {
        Path same = dir.resolve("x/../" + anna.getFileName());
        Files.createDirectories(dir.resolve("x"));
        assertEquals(same + ": this workbook is given twice; give each workbook once", error(anna, same));
    }

    @Test
    void twoWorkbooksForOneRepNameBothFiles() throws IOException {
        Path copy = Files.copy(anna, dir.resolve("Anna (old copy).xlsx"));
        String message = error(anna, copy);
        assertTrue(message.startsWith(copy + ": rep Anna is also in " + anna), message);
    }

    @Test
    void workbooksOfDifferentPlansNameBothFiles() throws IOException {
        Path bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), "another-plan");
        String message = error(anna, bob);
        assertTrue(message.startsWith(bob + ": comes from another plan than " + anna), message);
    }

    @Test
    void textInAnActualCellIsNamedBySheetAndCellAndSkippedWhenLenient() throws IOException {
        FilledWorkbooks.edit(anna, wb -> {
            FilledWorkbooks.cells(wb, "Anna", "Actual_visited_M").get(2).setCellValue("twelve");
            FilledWorkbooks.actuals(wb, "Anna", "visited", 5.0, 6.0);
        });
        String cell = FilledWorkbooks.address(anna, "Anna", "Actual_visited_M", 2);
        assertEquals(anna + ", sheet Anna, cell " + cell + ": the actual 'visited' of Mar holds text 'twelve';"
                + " type a whole number from 0 to 39,999, or leave it empty", error(anna));
        TeamActuals team = ActualsImport.read(List.of(anna), true);
        assertNull(team.reps().get(0).actual()[2][2]);
        assertEquals(6.0, team.reps().get(0).actual()[2][1]);
        assertTrue(team.warnings().stream().anyMatch(w -> w.contains("cell " + cell) && w.endsWith("skipped (--lenient)")),
                team.warnings().toString());
    }

    @Test
    void negativeFractionAndFormulaInActualCellsAreErrors() throws IOException {
        List<String> messages = new ArrayList<>();
        for (int kind = 0; kind < 3; kind++) {
            Path file = Files.copy(anna, dir.resolve("bad" + kind + ".xlsx"));
            int k = kind;
            FilledWorkbooks.edit(file, wb -> {
                var cell = FilledWorkbooks.cells(wb, "Anna", "Actual_quoted_M").get(0);
                switch (k) {
                    case 0 -> cell.setCellValue(-2);
                    case 1 -> cell.setCellValue(2.5);
                    default -> cell.setCellFormula("1+2");
                }
            });
            messages.add(error(file));
        }
        String cell = FilledWorkbooks.address(anna, "Anna", "Actual_quoted_M", 0);
        assertTrue(messages.get(0).contains(", sheet Anna, cell " + cell + ": the actual 'quoted' of Jan is negative (-2)"), messages.get(0));
        assertTrue(messages.get(1).contains("cell " + cell + ": the actual 'quoted' of Jan is a fraction (2.5)"), messages.get(1));
        assertTrue(messages.get(2).contains("cell " + cell + ": the actual 'quoted' of Jan holds a formula"), messages.get(2));
    }

    /** Gives a cell a copy of its style with another number format, as a spreadsheet does when 3/4 is typed. */
    private static void format(XSSFWorkbook workbook, Cell cell, short format) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(cell.getCellStyle());
        style.setDataFormat(format);
        cell.setCellStyle(style);
    }

    @Test
    void aDateInAnActualCellIsNamedBySheetAndCellAndSkippedWhenLenient() throws IOException {
        // 3/4 typed in LibreOffice or Excel: the serial number of 4 March 2026 with a date format.
        FilledWorkbooks.edit(anna, wb -> {
            FilledWorkbooks.actuals(wb, "Anna", "visited", 5.0, 6.0);
            Cell cell = FilledWorkbooks.cells(wb, "Anna", "Actual_visited_M").get(2);
            cell.setCellValue(46085);
            format(wb, cell, wb.createDataFormat().getFormat("d/m"));
        });
        String cell = FilledWorkbooks.address(anna, "Anna", "Actual_visited_M", 2);
        assertEquals(anna + ", sheet Anna, cell " + cell + ": the actual 'visited' of Mar holds a date (46085 shown as a date);"
                + " type the number of items, e.g. 3", error(anna));
        TeamActuals team = ActualsImport.read(List.of(anna), true);
        assertNull(team.reps().get(0).actual()[2][2]);
        assertEquals(6.0, team.reps().get(0).actual()[2][1]);
        assertTrue(team.warnings().stream().anyMatch(w -> w.startsWith(anna + ", sheet Anna, cell " + cell + ": the actual 'visited' of Mar holds a date")
                && w.endsWith("skipped (--lenient)")), team.warnings().toString());
    }

    @Test
    void builtInDateAndTimeFormatsInActualCellsAreErrors() throws IOException {
        short[] builtIn = {14, 22, 20, 45}; // m/d/yy, m/d/yy h:mm, h:mm, mm:ss
        String cell = FilledWorkbooks.address(anna, "Anna", "Actual_won_M", 0);
        for (short format : builtIn) {
            Path file = Files.copy(anna, dir.resolve("date" + format + ".xlsx"));
            FilledWorkbooks.edit(file, wb -> {
                Cell won = FilledWorkbooks.cells(wb, "Anna", "Actual_won_M").get(0);
                won.setCellValue(3);
                format(wb, won, format);
            });
            String message = error(file);
            assertTrue(message.startsWith(file + ", sheet Anna, cell " + cell + ": the actual 'won' of Jan holds a date (3 shown as a date)"),
                    format + ": " + message);
        }
    }

    @Test
    void aNumberInFunnelplansWholeFormatStillReads() throws IOException {
        FilledWorkbooks.edit(anna, wb -> {
            Cell cell = FilledWorkbooks.cells(wb, "Anna", "Actual_visited_M").get(0);
            assertEquals("#,##0", cell.getCellStyle().getDataFormatString());
            cell.setCellValue(39999); // the largest count the sheet's validation allows
            Cell other = FilledWorkbooks.cells(wb, "Anna", "Actual_visited_M").get(1);
            format(wb, other, wb.createDataFormat().getFormat("#,##0"));
            other.setCellValue(7);
        });
        TeamActuals team = ActualsImport.read(List.of(anna), false);
        assertEquals(39999.0, team.reps().get(0).actual()[2][0]);
        assertEquals(7.0, team.reps().get(0).actual()[2][1]);
        assertTrue(team.warnings().isEmpty(), team.warnings().toString());
    }

    @Test
    void aDateInAPlanInputIsAnError() throws IOException {
        FilledWorkbooks.edit(anna, wb -> format(wb, FilledWorkbooks.cells(wb, "Anna", "Input_StartMonth").get(0), (short) 14));
        String cell = FilledWorkbooks.address(anna, "Anna", "Input_StartMonth", 0);
        String message = error(true, anna);
        assertTrue(message.startsWith(anna + ", sheet Anna, cell " + cell + ": Input_StartMonth holds a date ("), message);
    }

    @Test
    void aConstantTypedOverAPlanFormulaIsReportedAndTheRecomputedPlanUsed() throws IOException {
        FilledWorkbooks.edit(anna, wb -> {
            var cell = FilledWorkbooks.cells(wb, "Anna", "Plan_visited_M").get(3);
            cell.removeFormula();
            cell.setCellValue(999);
        });
        TeamActuals team = ActualsImport.read(List.of(anna), false);
        assertEquals(plan.reps().get(0).activity()[2][3], team.reps().get(0).plan().activity()[2][3], 1e-9);
        assertTrue(team.warnings().stream().anyMatch(w -> w.contains("Plan_visited_M holds a typed value (999)")),
                team.warnings().toString());
    }

    interface PartEdit {
        String apply(String name, String xml);
    }

    /** Copies an .xlsx, changing text parts. */
    static void rewrite(Path from, Path to, PartEdit edit) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = in.getInputStream(entry)) {
                    String text = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                    out.write(edit.apply(entry.getName(), text).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
    }
}
