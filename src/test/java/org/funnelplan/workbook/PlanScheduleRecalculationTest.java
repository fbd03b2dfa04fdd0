package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.Seasonality;
import org.funnelplan.model.SeedFunnel;
import org.funnelplan.testutil.LibreOffice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The months follow the inputs a director or rep types: a longer cycle time or a different
 * seasonality weight, recalculated by LibreOffice, moves the schedule exactly as the model does.
 */
class PlanScheduleRecalculationTest {
    private static final long[] SEED_COUNTS = {1000, 400, 100, 20, 10};
    private static final int QUOTED = 3;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOffice.assumeAvailable();
    }

    @Test
    void longerQuoteCycleMovesQuotesAndEverythingAboveEarlier() throws IOException {
        Path file = write(SeedFunnel.plan());
        RepSheetLayout layout = new RepSheetLayout(SeedFunnel.STAGES.size());
        type(file, "Rep X", layout.stageRow(QUOTED), RepSheetLayout.AVG_DAYS, 75);

        Plan expected = FunnelPlanner.plan(inputs(SeedFunnel.history("Rep X", SEED_COUNTS, new double[] {30, 20, 30, 75, 0}), null));
        assertMonthsMatch(expected, file);
    }

    @Test
    void julyWithoutWinsSpreadsTheTargetOverTheOtherMonths() throws IOException {
        Path file = write(SeedFunnel.plan());
        RepSheetLayout layout = new RepSheetLayout(SeedFunnel.STAGES.size());
        type(file, "Rep X", layout.seasonalityRow(), RepSheetLayout.monthColumn(7), 0);

        double[] weights = new double[12];
        Arrays.fill(weights, 1);
        weights[6] = 0;
        Seasonality noJuly = new Seasonality("seasonality.csv", weights, Map.of(), Map.of());
        Plan expected = FunnelPlanner.plan(inputs(SeedFunnel.history(), noJuly));
        assertMonthsMatch(expected, file);
    }

    @Test
    void seedPlanEarnsTwentyTwoThousandNineHundredSeventeenAgainstTwentyThousand() throws IOException {
        Map<String, List<Object>> names = WorkbookNames.read(LibreOffice.recalculate(write(SeedFunnel.plan()), dir.resolve("lo")));
        assertEquals(22_916.67, (double) names.get("Rep X!Plan_InYearMargin").get(0), 0.005);
        assertEquals(List.of(20_000.0), names.get("Rep X!Target_Margin"));
        assertEquals(List.of(20_000.0), names.get("Sales_Margin_Target"));
    }

    private void assertMonthsMatch(Plan expected, Path file) throws IOException {
        Map<String, List<Object>> names = WorkbookNames.read(LibreOffice.recalculate(file, dir.resolve("lo")));
        RepPlan rep = expected.reps().get(0);
        for (int s = 0; s < expected.stages().size(); s++) {
            String key = expected.stages().get(s).key();
            List<Object> months = names.get("Rep X!Plan_" + key + "_M");
            for (int m = 0; m < 12; m++) {
                assertEquals(rep.activity()[s][m], (double) months.get(m), 1e-9, key + " month " + (m + 1));
            }
            assertEquals(rep.preYear()[s], (double) names.get("Rep X!PreYear_" + key).get(0), 1e-9, key + " before January");
        }
        assertEquals(rep.inYearMargin(), (double) names.get("Rep X!Plan_InYearMargin").get(0), 1e-6);
    }

    private static PlanInputs inputs(org.funnelplan.model.FunnelHistory history, Seasonality seasonality) {
        return new PlanInputs(2026, "targets.csv", List.of(RepTarget.simple("Rep X", 10, 5000, 20000.0)), history,
                seasonality, null, PlanInputs.DEFAULT_PRIOR_WEIGHT);
    }

    private Path write(Plan plan) throws IOException {
        Path file = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        }
        return file;
    }

    /** Types a number into an input cell, as a rep would. */
    private static void type(Path file, String sheet, int row, int col, double value) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var cell = workbook.getSheet(sheet).getRow(row).getCell(col);
            assertEquals(false, cell.getCellStyle().getLocked(), "an input cell");
            cell.setCellValue(value);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }
}
