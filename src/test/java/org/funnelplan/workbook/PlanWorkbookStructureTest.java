package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.contract.Language;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RandomTeams;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.Test;
import org.funnelplan.xlsx.Ref;

/** What a rep and a director get besides the numbers: protection, inputs, charts, metadata. */
class PlanWorkbookStructureTest {

    @Test
    void repSheetsAreProtectedAndOnlyInputCellsAreUnlocked() throws IOException {
        try (XSSFWorkbook workbook = generate(SeedFunnel.plan(), WorkbookOptions.defaults())) {
            XSSFSheet rep = workbook.getSheet("Rep X");
            assertTrue(rep.getProtect(), "rep sheet protected");
            List<String> unlockedFormulas = new ArrayList<>();
            int inputs = 0;
            for (Row row : rep) {
                for (Cell cell : row) {
                    boolean unlocked = !cell.getCellStyle().getLocked();
                    if (unlocked && cell.getCellType() == CellType.FORMULA) {
                        unlockedFormulas.add(cell.getAddress().formatAsString());
                    }
                    inputs += unlocked ? 1 : 0;
                }
            }
            assertEquals(List.of(), unlockedFormulas, "formula cells must be locked");
            // 5 targets, 3 sales rates, 4 avg days, 12 seasonality weights, 5 × 12 actuals
            assertEquals(5 + 3 + 4 + 12 + 60, inputs);
            assertFalse(rep.getDataValidations().isEmpty(), "inputs are validated");
        }
    }

    @Test
    void everyRepSheetHasItsTwoChartsOverItsOwnCells() throws IOException {
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(5));
        try (XSSFWorkbook workbook = generate(plan, WorkbookOptions.defaults())) {
            for (String sheet : PlanWorkbook.repSheetNames(plan, Language.EN)) {
                List<XSSFChart> charts = workbook.getSheet(sheet).getDrawingPatriarch().getCharts();
                assertEquals(2, charts.size(), sheet);
                String xml = charts.get(0).getCTChart().toString();
                assertTrue(xml.contains(Ref.quote(sheet).replace("'", "&apos;")) || xml.contains(Ref.quote(sheet)), sheet);
            }
        }
    }

    @Test
    void progressColoursAreSevenRulesASheetSharingTheWorkbooksFewFormats() throws IOException {
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(13));
        try (XSSFWorkbook workbook = generate(plan, WorkbookOptions.defaults())) {
            for (String sheet : PlanWorkbook.repSheetNames(plan, Language.EN)) {
                var formatting = workbook.getSheet(sheet).getSheetConditionalFormatting();
                int rules = 0;
                for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                    rules += formatting.getConditionalFormattingAt(i).getNumberOfRules();
                }
                assertEquals(7, rules, sheet);
            }
            assertTrue(workbook.getStylesSource()._getDXfsSize() <= 6, "highlight formats are shared, not one per rule");
        }
    }

    @Test
    void metadataSheetIsVeryHiddenAndMapsRepsToSheets() throws IOException {
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(9));
        WorkbookOptions options = WorkbookOptions.defaults();
        try (XSSFWorkbook workbook = generate(plan, options)) {
            int meta = workbook.getSheetIndex("funnelplan");
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(meta));
            XSSFSheet sheet = workbook.getSheetAt(meta);
            assertEquals(options.planId(), sheet.getRow(1).getCell(1).getStringCellValue());
            List<String> repRows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getCell(0).getStringCellValue().equals("rep")) {
                    repRows.add(row.getCell(1).getStringCellValue() + " -> " + row.getCell(2).getStringCellValue());
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < plan.reps().size(); i++) {
                expected.add(plan.reps().get(i).rep() + " -> " + PlanWorkbook.repSheetNames(plan, Language.EN).get(i));
            }
            assertEquals(expected, repRows);
            assertTrue(workbook.getForceFormulaRecalculation(), "recalculates on open");
        }
    }

    @Test
    void passwordProtectsRepSheets() throws IOException {
        try (XSSFWorkbook workbook = generate(SeedFunnel.plan(), WorkbookOptions.defaults().withPassword("geheim"))) {
            XSSFSheet rep = workbook.getSheet("Rep X");
            assertTrue(rep.validateSheetPassword("geheim"));
            assertFalse(rep.validateSheetPassword("other"));
        }
    }

    @Test
    void sheetNamesAreCleanedShortenedAndUnique() {
        SheetNames names = new SheetNames("Overview");
        assertEquals("overview (2)", names.forRep("overview"), "a rep called like a fixed sheet gets a number");
        assertEquals("Sales Noord Anna", names.forRep("Sales/Noord: Anna"));
        assertEquals("A very long name of a sales rep", names.forRep("A very long name of a sales representative"));
        assertEquals("A very long name of a sales (2)", names.forRep("A very long name of a sales representative too"));
        assertEquals("Rep", names.forRep("'''"));
        String emoji = "\uD83D\uDE00".repeat(17);
        assertEquals(emoji.substring(0, 30), names.forRep(emoji), "never half an emoji");
        assertEquals("history (2)", new SheetNames(Labels.of(Language.EN).fixedSheets().toArray(String[]::new)).forRep("history"));
    }

    @Test
    void anAmpersandInARepsNamePrintsAsItselfInThePageHeader() {
        assertEquals("New-business plan 2027 — R&&D Team", PrintPages.headerText("New-business plan 2027 — R&D Team"));
        assertTrue(PrintPages.headerText("x".repeat(400)).length() <= 255);
    }

    private static XSSFWorkbook generate(Plan plan, WorkbookOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(plan, options, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
