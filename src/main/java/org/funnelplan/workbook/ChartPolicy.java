package org.funnelplan.workbook;

import org.funnelplan.model.Plan;

/**
 * Whether rep sheets get their two charts. POI numbers each new chart part by scanning every part
 * of the package, so charts cost more per rep the more reps there are: at 1,000 reps they were a
 * quarter of the run (JFR). A master workbook above the threshold leaves them out and says so on
 * the overview; a per-rep workbook, which holds one rep, always has them.
 */
final class ChartPolicy {
    static final int MAX_REPS_WITH_CHARTS = 250;

    private ChartPolicy() {
    }

    static boolean wanted(WorkbookOptions options, Plan plan) {
        return options.charts() && !omitted(plan);
    }

    /** True when the plan is too large for charts: the overview says so. */
    static boolean omitted(Plan plan) {
        return plan.reps().size() > MAX_REPS_WITH_CHARTS;
    }
}
