package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.contract.Language;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RandomTeams;
import org.funnelplan.model.SampleLeads;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbook's formulas and the Java model are two renderings of one set of equations: after
 * LibreOffice recalculates a generated plan, every defined name must hold the model's value.
 */
class PlanWorkbookRecalculationTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOffice.assumeAvailable();
    }

    static Stream<Arguments> plans() {
        List<Arguments> plans = new ArrayList<>();
        plans.add(Arguments.of("seed", MarketingPlan.of(SeedFunnel.plan(), null, null)));
        for (long seed : new long[] {3, 7, 11, 19, 23}) {
            plans.add(Arguments.of("random team " + seed, MarketingPlan.of(FunnelPlanner.plan(RandomTeams.inputs(seed)), null, null)));
        }
        plans.add(Arguments.of("random team 7 with leads and campaigns", SampleLeads.mixed(FunnelPlanner.plan(RandomTeams.inputs(7)))));
        return plans.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyDefinedNameRecalculatesToTheModelsValue(String label, MarketingPlan plan) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        }
        Path recalculated = LibreOffice.recalculate(file, dir.resolve("lo"));
        Map<String, List<Object>> actual = WorkbookNames.read(recalculated);
        Map<String, List<Object>> expected = ExpectedNames.of(plan, PlanWorkbook.repSheetNames(plan.plan(), Language.EN));
        assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), "the workbook's defined names");
        List<String> differences = new ArrayList<>();
        expected.forEach((name, values) -> {
            if (!same(values, actual.get(name))) {
                differences.add(name + ": model " + values + ", LibreOffice " + actual.get(name));
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));
        assertEquals(List.of(), WorkbookNames.errorCells(recalculated), "cells that evaluate to an error");
    }

    @Test
    void quoteRateOfFortyPercentNeedsTwentyFiveQuotesAndTheStagesAboveFollow() throws IOException {
        Path plan = write(SeedFunnel.plan());
        setInput(plan, "Rep X", "Rate_quoted", 0.4);
        Map<String, List<Object>> names = WorkbookNames.read(LibreOffice.recalculate(plan, dir.resolve("lo")));
        assertEquals(List.of(25.0), names.get("Rep X!Plan_quoted"));
        assertEquals(List.of(125.0), names.get("Rep X!Plan_visited"), "25 quotes at 20% need 125 visits");
        assertEquals(List.of(500.0), names.get("Rep X!Plan_contacted"));
        assertEquals(List.of(1250.0), names.get("Rep X!Plan_lead"));
        assertEquals(List.of(500.0), names.get("Team_Plan_contacted"), "the overview follows the rep sheet");
        assertEquals(0.02, (double) names.get("Rep X!WinProb_contacted").get(0), 1e-12);
    }

    @Test
    void targetZeroGivesAnEmptyFunnelWithoutErrors() throws IOException {
        Path plan = write(SeedFunnel.plan());
        setInput(plan, "Rep X", "Target_NewCustomers", 0);
        Path recalculated = LibreOffice.recalculate(plan, dir.resolve("lo"));
        Map<String, List<Object>> names = WorkbookNames.read(recalculated);
        assertEquals(List.of(0.0), names.get("Rep X!Plan_lead"));
        assertEquals(List.of(0.0), names.get("Rep X!Plan_InYearMargin"));
        assertEquals(List.of(), WorkbookNames.errorCells(recalculated));
    }

    private Path write(Plan plan) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        }
        return file;
    }

    /** Types a value into the input cell behind a sheet-scoped name, as a user would in Excel. */
    static void setInput(Path file, String sheet, String name, double value) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        int index = workbook.getSheetIndex(sheet);
        Name found = workbook.getAllNames().stream()
                .filter(n -> n.getNameName().equals(name) && n.getSheetIndex() == index)
                .findFirst().orElseThrow(() -> new AssertionError("no name " + name + " on " + sheet));
        CellReference ref = new CellReference(found.getRefersToFormula());
        Cell cell = workbook.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol());
        if (cell.getCellStyle().getLocked()) {
            fail(name + " is not an input cell");
        }
        cell.setCellValue(value);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static boolean same(List<Object> expected, List<Object> actual) {
        if (actual == null || expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            Object e = WorkbookNames.asSaved(expected.get(i));
            Object a = actual.get(i);
            if (e instanceof Double x && a instanceof Double y) {
                if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x))) {
                    return false;
                }
            } else if (!java.util.Objects.equals(e, a)) {
                return false;
            }
        }
        return true;
    }
}
