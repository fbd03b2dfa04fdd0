package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.FunnelStages;

/**
 * Plan against actual per rep, stage and month, then to date. The year-to-date actual is the sum
 * of the months 1..report month; it is empty only when the rep reported nothing at all in them
 * (a month counts as reported when any stage of it was filled in, and its empty cells as 0).
 */
public final class Variance {
    private Variance() {
    }

    public static List<VarianceRow> rows(TeamActuals team, int reportMonth) {
        List<VarianceRow> rows = new ArrayList<>();
        FunnelStages stages = team.stages();
        for (RepActuals rep : team.reps()) {
            for (int s = 0; s < stages.size(); s++) {
                String stage = stages.get(s).name();
                for (int m = 1; m <= 12; m++) {
                    rows.add(new VarianceRow(rep.rep(), stage, m, rep.plan().activity()[s][m - 1], rep.actual()[s][m - 1]));
                }
                rows.add(new VarianceRow(rep.rep(), stage, VarianceRow.YTD, rep.planToDate(s, reportMonth), rep.toDate(s, reportMonth)));
            }
        }
        return rows;
    }

    /**
     * Year-end forecast of a stage: the actual to date plus the plan of the remaining months scaled
     * by the attainment to date (at plan when nothing was planned to date).
     */
    public static double forecast(double planToDate, double actualToDate, double planRest) {
        double pace = planToDate > 0 ? actualToDate / planToDate : 1;
        return actualToDate + planRest * pace;
    }
}
