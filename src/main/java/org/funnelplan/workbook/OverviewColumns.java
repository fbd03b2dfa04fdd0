package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.Phasing;
import org.funnelplan.model.RepPlan;

/**
 * The overview's numeric columns per rep: each reads one cell of the rep's sheet, is summed in
 * the team row, and caches the model's value.
 *
 * @param cell  the rep-sheet cell it shows, as {row, column}
 * @param total the defined name of its team-total cell, or null
 */
record OverviewColumns(String header, int[] cell, ToDoubleFunction<RepPlan> value, Style style, Style totalStyle,
                       String total) {

    static List<OverviewColumns> of(FunnelStages stages, Labels words) {
        RepSheetLayout layout = new RepSheetLayout(stages.size());
        int won = stages.wonIndex();
        int wonRow = layout.stageRow(won);
        List<OverviewColumns> columns = new ArrayList<>();
        columns.add(whole(words.get("overview.newCustomers"), NEW_CUSTOMERS, VALUE, r -> r.target().newCustomers(), PlanNames.TEAM_TARGET_NEW_CUSTOMERS));
        columns.add(euro(words.get("overview.marginPerCustomer"), AVG_MARGIN, r -> r.target().avgMargin(), false));
        columns.add(euro(words.get("overview.marginTarget"), MARGIN_TARGET, RepPlan::marginTarget, true));
        columns.add(euro(words.get("overview.plannedMarginColumn"), PLAN_MARGIN, RepPlan::inYearMargin, true));
        columns.add(euro(words.get("overview.marginGap"), MARGIN_GAP, r -> r.inYearMargin() - r.marginTarget(), true));
        columns.add(decimal(words.get("overview.wonPlanToDate"), wonRow, PLAN_TO_DATE,
                r -> r.activityToDate(won, OverviewSheet.DEFAULT_REPORT_MONTH)));
        columns.add(whole(words.get("overview.wonActualToDate"), wonRow, ACTUAL_TO_DATE, r -> 0, null));
        columns.add(euro(words.get("overview.marginWonPlan"), layout.marginWonRow(), PLAN_TO_DATE,
                r -> r.activityToDate(won, OverviewSheet.DEFAULT_REPORT_MONTH) * r.target().avgMargin()));
        columns.add(euro(words.get("overview.marginWonActual"), layout.marginWonRow(), ACTUAL_TO_DATE, r -> 0));
        // Per stage, three columns that add up: pipeline at start + the year's months = needed for the target.
        for (int s = 0; s <= won; s++) {
            int stage = s;
            String name = stages.get(s).name();
            if (s < won) {
                columns.add(decimal(words.format("overview.pipelineAtStart", name), layout.stageRow(s), PRE_YEAR,
                        r -> r.preYear()[stage]));
                columns.add(decimal(words.format("overview.inMonths", name), layout.planRow(s), YEAR_TOTAL,
                        r -> r.activityToDate(stage, Phasing.MONTHS)));
            }
            columns.add(whole(words.format("overview.required", name), layout.stageRow(s), REQUIRED,
                    r -> r.required()[stage], PlanNames.teamPlan(stages.get(s).key())));
        }
        return columns;
    }

    private static OverviewColumns decimal(String header, int row, int col, ToDoubleFunction<RepPlan> value) {
        return new OverviewColumns(header, new int[] {row, col}, value, Style.DECIMAL, Style.TOTAL_DECIMAL, null);
    }

    private static OverviewColumns whole(String header, int row, int col, ToDoubleFunction<RepPlan> value, String total) {
        return new OverviewColumns(header, new int[] {row, col}, value, Style.WHOLE, Style.TOTAL_WHOLE, total);
    }

    private static OverviewColumns euro(String header, int row, ToDoubleFunction<RepPlan> value, boolean summed) {
        return new OverviewColumns(header, new int[] {row, VALUE}, value, Style.EURO,
                summed ? Style.TOTAL_EURO : null, null);
    }

    private static OverviewColumns euro(String header, int row, int col, ToDoubleFunction<RepPlan> value) {
        return new OverviewColumns(header, new int[] {row, col}, value, Style.EURO, Style.TOTAL_EURO, null);
    }
}
