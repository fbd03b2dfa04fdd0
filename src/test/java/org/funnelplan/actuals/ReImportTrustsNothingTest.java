package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.funnelplan.contract.Language;
import org.funnelplan.model.Plan;
import org.funnelplan.testutil.XlsxParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.funnelplan.testutil.FilledWorkbooks;

/**
 * Issue 14's re-import findings, each as a rep's file would carry it: a number no spreadsheet
 * writes, a name that points too far, a sheet that is another rep's, a reference to nothing.
 * Each is an error naming file, sheet and cell, never a silent blank or a wrong number.
 */
class ReImportTrustsNothingTest {
    @TempDir
    Path dir;
    Plan plan;
    Path anna;
    Path bob;
    Path master;
    /** The part of Anna's sheet in her own workbook, found from its workbook.xml as each fixture's part is. */
    String annaSheet;

    @BeforeEach
    void writePlan() throws IOException {
        plan = FilledWorkbooks.twoReps();
        anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID);
        master = FilledWorkbooks.master(plan, dir.resolve("plan.xlsx"), FilledWorkbooks.PLAN_ID);
        annaSheet = XlsxParts.sheetPart(anna, "Anna");
    }

    /**
     * {@code from} with one part edited, written to {@code to}. An edit that finds nothing to change
     * fails here: a fixture left as the writer made it would test nothing.
     */
    private static Path rewritten(Path from, Path to, String part, UnaryOperator<String> edit) throws IOException {
        boolean[] changed = {false};
        FilledWorkbookReaderErrorsTest.rewrite(from, to, (name, xml) -> {
            if (!name.equals(part)) {
                return xml;
            }
            String edited = edit.apply(xml);
            changed[0] = !edited.equals(xml);
            return edited;
        });
        assertTrue(changed[0], () -> "the fixture's edit changed nothing in " + part + " of " + from);
        return to;
    }

    private static List<String> errors(boolean lenient, Path... files) {
        return assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(files), lenient)).problems();
    }

    private static String error(Path file) {
        List<String> errors = errors(false, file);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0);
    }

    /** Puts {@code value} as the raw {@code <v>} of the cell behind a name, as a hand-edited or generated file might. */
    private Path withValue(String name, int index, String value) throws IOException {
        String cell = FilledWorkbooks.address(anna, "Anna", name, index);
        return rewritten(anna, dir.resolve(name + "-" + value + ".xlsx"), annaSheet,
                xml -> xml.replaceFirst("<c r=\"" + cell + "\"( s=\"\\d+\")?( t=\"\\w+\")?(/>|>.*?</c>)", "<c r=\"" + cell + "\"$1><v>" + value + "</v></c>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1e308    | is 1.0E308, more than the sheet allows",
        "40000    | is 40000, more than the sheet allows",
        "39999.5  | is a fraction (39999.5)",
        "Infinity | holds 'Infinity', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "INF      | holds 'INF', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "NaN      | holds 'NaN', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "1e309    | holds '1e309', a number beyond what a spreadsheet can hold",
        "0x1p3    | holds '0x1p3', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "8d       | holds '8d', which is not a number a spreadsheet writes (a damaged or edited file?)"})
    void anActualThatIsNoCountFromZeroTo39999IsAnError(String value, String says) throws IOException {
        Path file = withValue("Actual_visited_M", 0, value);
        String cell = FilledWorkbooks.address(anna, "Anna", "Actual_visited_M", 0);
        assertEquals(file + ", sheet Anna, cell " + cell + ": the actual 'visited' of Jan " + says
                + (says.startsWith("is a fraction") ? "; count whole items: " : "; ") + "type a whole number from 0 to 39,999, or leave it empty", error(file));
    }

    /** The rep's sheet refuses what the re-import would: its actual cells' rule bounds a count at the reader's largest. */
    @Test
    void theLargestActualReadIsTheLargestTheSheetsValidationAllows() throws IOException {
        CellReference actual = new CellReference(FilledWorkbooks.address(anna, "Anna", "Actual_visited_M", 0));
        try (XSSFWorkbook workbook = new XSSFWorkbook(anna.toFile().getPath())) {
            List<String> rules = workbook.getSheet("Anna").getDataValidations().stream()
                    .filter(v -> Arrays.stream(v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(actual.getRow(), actual.getCol())))
                    .map(v -> v.getValidationConstraint().getFormula1()).toList();
            assertEquals(1, rules.size(), rules.toString());
            // IF(OR($A27="",C$22=""),TRUE,IF(ISNUMBER(C27),AND(C27>=0,C27<=39999,C27=INT(C27)),FALSE)): a labelled actual is a whole count in range.
            Matcher count = Pattern.compile("ISNUMBER\\(([A-Z]+[0-9]+)\\),AND\\(\\1>=(\\d+),\\1<=(\\d+),\\1=INT\\(\\1\\)\\)").matcher(rules.get(0));
            assertTrue(count.find(), rules.get(0));
            assertEquals(List.of("0", String.valueOf(RepSheetInputs.MAX_ACTUAL)), List.of(count.group(2), count.group(3)), rules.get(0));
        }
    }

    @Test
    void aBadActualIsOnlyAWarningWithLenientButABadInputStaysAnError() throws IOException {
        Path file = withValue("Actual_visited_M", 0, "0x1p3");
        TeamActuals team = ActualsImport.read(List.of(file), true);
        assertNull(team.reps().get(0).actual()[2][0]);
        assertTrue(team.warnings().get(0).endsWith("skipped (--lenient)"), team.warnings().toString());
        Path nan = withValue("Rate_visited", 0, "NaN");
        assertEquals(1, errors(true, nan).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Target_AvgMargin    | NaN   | holds 'NaN', which is not a number a spreadsheet writes (a damaged or edited file?); expected a number, the plan is recomputed from it",
        "Target_AvgMargin    | 1e308 | is 1.0E308; expected a number from 0 to 1,000,000,000,000,000",
        "Target_Margin       | -1    | is -1; expected a number from 0 to 1,000,000,000,000,000",
        "Rate_visited        | NaN   | holds 'NaN', which is not a number a spreadsheet writes (a damaged or edited file?); expected a number, the plan is recomputed from it",
        "Rate_visited        | 1.5   | is 1.5; expected a number from 0 to 1",
        "Input_AvgDays_lead  | 1e308 | is 1.0E308; expected a number from 0 to 100,000",
        "Target_NewCustomers | 2.5   | is 2.5; expected a whole number from 0 to 1,000,000"})
    void aPlanInputThatIsNoFiniteNumberInRangeIsAnError(String name, String value, String says) throws IOException {
        Path file = withValue(name, 0, value);
        String cell = FilledWorkbooks.address(anna, "Anna", name, 0);
        assertEquals(file + ", sheet Anna, cell " + cell + ": " + name + " " + says, error(file));
    }

    /** openpyxl saves a formula with an empty {@code <v>}: the rep is told to let a spreadsheet calculate it, not that the cell is empty. */
    @Test
    void formulasSavedWithoutTheirResultsAskForASaveInASpreadsheet() throws IOException {
        Path file = rewritten(anna, dir.resolve("uncalculated.xlsx"), annaSheet, xml -> xml.replaceAll("(</f>)<v>[^<]*</v>", "$1<v></v>"));
        List<String> errors = errors(false, file);
        assertFalse(errors.isEmpty());
        errors.forEach(e -> assertTrue(e.startsWith(file + ", sheet Anna, cell ") && e.contains(" holds a formula without its result"
                + " (saved by a program that does not calculate: open and save the file in Excel or LibreOffice); expected a number"), e));
    }

    /** What a damaged cell holds is said in the plan's language too, not in English inside a Dutch line. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rate_visited     | NaN   | Rate_visited bevat 'NaN', geen getal dat een spreadsheet schrijft (een beschadigd of bewerkt bestand?);"
                + " verwacht een getal, het plan wordt ermee opnieuw berekend",
        "Actual_visited_M | 1e309 | het werkelijke aantal 'visited' van jan bevat '1e309', een getal groter dan een spreadsheet kan bevatten;"
                + " typ een geheel getal van 0 tot en met 39.999, of laat de cel leeg"})
    void aDutchWorkbooksDamagedCellIsNamedInDutch(String name, String value, String says) throws IOException {
        Path dutch = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna-nl.xlsx"), FilledWorkbooks.PLAN_ID, Language.NL);
        String cell = FilledWorkbooks.address(dutch, "Anna", name, 0);
        Path file = rewritten(dutch, dir.resolve("nl-" + name + ".xlsx"), XlsxParts.sheetPart(dutch, "Anna"),
                xml -> xml.replaceFirst("<c r=\"" + cell + "\"( s=\"\\d+\")?( t=\"\\w+\")?(/>|>.*?</c>)", "<c r=\"" + cell + "\"$1><v>" + value + "</v></c>"));
        assertEquals(file + ", blad Anna, cel " + cell + ": " + says, error(file));
    }

    @Test
    void aNaNSeasonalityWeightNamesItsCell() throws IOException {
        Path file = withValue("Input_Seasonality_M", 4, "NaN");
        String cell = FilledWorkbooks.address(anna, "Anna", "Input_Seasonality_M", 4);
        assertTrue(error(file).startsWith(file + ", sheet Anna, cell " + cell + ": Input_Seasonality_M holds 'NaN'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'Anna'!$C:$N                 | refers to whole columns ('Anna'!$C:$N)",
        "'Anna'!$A$1:$XFD$1048576     | refers to whole columns ('Anna'!$A$1:$XFD$1048576)",
        "'Anna'!$A$1:$Z$900000        | covers 23,400,000 cells ('Anna'!$A$1:$Z$900000)",
        "'Anna'!$31:$31               | covers 16,384 cells ('Anna'!$31:$31)",
        "'Anna'!$C$31:$N$31,'Anna'!A1 | refers to ''Anna'!$C$31:$N$31,'Anna'!A1', which is not one range of cells",
        "'Nobody'!$C$31:$N$31         | refers to the sheet 'Nobody', which the workbook does not have",
        "'Overview'!$C$31:$N$31       | belongs to this sheet but refers to cells on the sheet 'Overview'"})
    void aNameThatPointsTooFarOrElsewhereNamesTheSheetAndIsNeverReadAsBlank(String refersTo, String says) throws IOException {
        Path file = dir.resolve("name.xlsx");
        rewritten(anna, file, "xl/workbook.xml", xml -> xml.replaceFirst("(<definedName name=\"Actual_visited_M\" localSheetId=\""
                + XlsxParts.sheetIndex(anna, "Anna") + "\">)[^<]*", "$1" + refersTo.replace("$", "\\$")));
        String message = error(file);
        assertTrue(message.startsWith(file + ", sheet Anna: the defined name Actual_visited_M " + says), message);
    }

    @Test
    void aSharedStringThatIsNotThereAndAGarbageReferenceAreErrorsNotBlanks() throws IOException {
        Path missing = withValue("Actual_won_M", 1, "77");
        rewritten(missing, dir.resolve("sst.xlsx"), annaSheet, xml -> xml.replaceFirst("><v>77</v>", " t=\"s\"><v>77</v>"));
        String cell = FilledWorkbooks.address(anna, "Anna", "Actual_won_M", 1);
        assertEquals(dir.resolve("sst.xlsx") + ", sheet Anna, cell " + cell + ": the actual 'won' of Feb holds a reference to shared string 77,"
                + " which the workbook does not have (a damaged file?); type a whole number from 0 to 39,999, or leave it empty", error(dir.resolve("sst.xlsx")));

        Path garbage = dir.resolve("ref.xlsx");
        rewritten(withValue("Actual_won_M", 1, "5"), garbage, annaSheet, xml -> xml.replaceFirst("<c r=\"" + cell + "\"", "<c r=\"" + cell + "0000000\""));
        assertTrue(error(garbage).startsWith(garbage + ": corrupt .xlsx: " + annaSheet + " (sheet Anna), line "), error(garbage));
        assertTrue(error(garbage).contains(": a cell has the reference '" + cell + "0000000', which is no cell;"), error(garbage));
    }

    @Test
    void aMetadataYearThatIsNoYearNamesItsCell() throws IOException {
        Path file = dir.resolve("year.xlsx");
        rewritten(anna, file, XlsxParts.sheetPart(anna, "funnelplan"), xml -> xml.replaceFirst("<t>2027</t>", "<t>1e10</t>"));
        assertEquals(file + ", sheet funnelplan, cell B3: the funnelplan metadata is damaged: the plan year is '1e10'; expected a year such as 2027;"
                + " use the workbook as funnelplan wrote it", error(file));
    }

    @Test
    void swappedSheetNamesAreRefusedNamingBothSheetsInsteadOfGivingAnnaBobsActuals() throws IOException {
        FilledWorkbooks.edit(master, wb -> {
            FilledWorkbooks.actuals(wb, "Anna", "lead", 101.0);
            FilledWorkbooks.actuals(wb, "Bob", "lead", 102.0);
            // As LibreOffice does on renaming: the names follow their sheet, Rep_Name stays.
            wb.setSheetName(wb.getSheetIndex("Anna"), "tmp");
            wb.setSheetName(wb.getSheetIndex("Bob"), "Anna");
            wb.setSheetName(wb.getSheetIndex("tmp"), "Bob");
        });
        List<String> errors = errors(false, master);
        assertEquals(2, errors.size(), errors.toString());
        String repName = FilledWorkbooks.address(master, "Anna", "Rep_Name", 0);
        assertEquals(master + ", sheet Anna, cell " + repName + ": Rep_Name holds 'Bob', but the workbook's metadata gives the sheet 'Anna' to rep Anna"
                + " (were sheets renamed or swapped?); give each rep's sheet back the name funnelplan gave it, or use the workbook funnelplan wrote", errors.get(0));
        assertTrue(errors.get(1).startsWith(master + ", sheet Bob, cell "), errors.get(1));
    }

    @Test
    void twoRepsGivenOneSheetInTheMetadataAreRefusedNotCountedTwice() throws IOException {
        Path file = dir.resolve("twice.xlsx");
        rewritten(master, file, XlsxParts.sheetPart(master, "funnelplan"),
                xml -> xml.replaceFirst("(<t>Bob</t></is></c><c r=\"(C\\d+)\"[^>]*><is><t>)Bob", "$1Anna"));
        String message = error(file);
        assertTrue(message.startsWith(file + ", sheet funnelplan: the metadata gives reps Anna and Bob the same sheet 'Anna' (cell C"), message);
        assertTrue(message.endsWith("so their actuals would count twice; use the workbook as funnelplan wrote it"), message);
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneRunInTheOrderTheFilesWereGiven() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        Path anna40000 = withValue("Actual_visited_M", 0, "40000");
        FilledWorkbooks.edit(bob, wb -> {
            FilledWorkbooks.cells(wb, "Bob", "Actual_quoted_M").get(0).setCellValue(-1);
            FilledWorkbooks.cells(wb, "Bob", "Actual_quoted_M").get(3).setCellValue("three");
        });
        Path other = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob other plan.xlsx"), "another-plan");
        List<String> errors = errors(false, text, anna40000, bob, anna, other);
        assertEquals(6, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith(text + ": not an .xlsx workbook"), errors.get(0));
        assertTrue(errors.get(1).startsWith(anna40000 + ", sheet Anna, cell "), errors.get(1));
        assertTrue(errors.get(2).startsWith(bob + ", sheet Bob, cell ") && errors.get(2).contains("is negative (-1)"), errors.get(2));
        assertTrue(errors.get(3).startsWith(bob + ", sheet Bob, cell ") && errors.get(3).contains("holds text 'three'"), errors.get(3));
        assertTrue(errors.get(4).startsWith(anna + ": rep Anna is also in " + anna40000), errors.get(4));
        assertTrue(errors.get(5).startsWith(other + ": comes from another plan than " + anna40000), errors.get(5));
    }

    @Test
    void aPartWhoseCompressedBytesAreDamagedIsNamed() throws IOException {
        Path file = dir.resolve("damaged.xlsx");
        try (var in = org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(anna).get();
             var out = new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(Files.newOutputStream(file))) {
            var entries = in.getEntries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (entry.getName().equals(annaSheet)) {
                    byte[] garbage = new byte[5000];
                    new java.util.Random(7).nextBytes(garbage);
                    garbage[0] = (byte) 0xFF; // a reserved block type: no valid deflate stream
                    var raw = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(entry.getName());
                    raw.setMethod(java.util.zip.ZipEntry.DEFLATED);
                    raw.setSize(100_000);
                    raw.setCompressedSize(garbage.length);
                    raw.setCrc(0);
                    out.addRawArchiveEntry(raw, new java.io.ByteArrayInputStream(garbage));
                } else {
                    out.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(out);
                    out.closeArchiveEntry();
                }
            }
        }
        String message = error(file);
        assertTrue(message.startsWith(file + ": corrupt .xlsx: the zip entry " + annaSheet + " (sheet Anna) cannot be unpacked ("), message);
    }

    @Test
    void anOdsFileGetsTheSameAdviceAsAnXlsFile() throws IOException {
        Path ods = dir.resolve("returned.ods");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            out.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(ods + ": an OpenDocument spreadsheet (.ods); " + FileRefusals.SAVE_AS_XLSX, error(ods));
    }
}
