package org.funnelplan.actuals;

import org.funnelplan.model.RepPlan;

/**
 * One rep's year as a filled workbook gives it: the plan recomputed from the sheet's own inputs
 * and the actuals typed in.
 *
 * @param actual [stage][month 0–11]; {@code null} where nothing was typed (or a bad cell was skipped)
 */
public record RepActuals(String file, String sheet, RepPlan plan, Double[][] actual) {

    public String rep() {
        return plan.rep();
    }

    /** True when the rep typed anything for month m (1–12), at any stage. */
    public boolean reported(int month) {
        for (Double[] stage : actual) {
            if (stage[month - 1] != null) {
                return true;
            }
        }
        return false;
    }

    /** Sum of the typed actuals of a stage over months 1..month; {@code null} when no month up to it was reported. */
    public Double toDate(int stage, int month) {
        boolean any = false;
        double sum = 0;
        for (int m = 1; m <= month; m++) {
            any |= reported(m);
            Double value = actual[stage][m - 1];
            sum += value == null ? 0 : value;
        }
        return any ? sum : null;
    }

    public double planToDate(int stage, int month) {
        return plan.activityToDate(stage, month);
    }
}
