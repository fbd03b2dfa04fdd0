package org.funnelplan.model;

import java.util.List;

/**
 * One rep's funnel for the year. Arrays are indexed by stage (top first) or by month (0 = January)
 * and must not be changed.
 *
 * @param rates          rate to the next stage, one per stage before won
 * @param winProbability WinProb_s: chance that an item at stage s is won; 1 at won
 * @param required       Plan_s: the reverse funnel, ROUNDUP(Plan_next / Rate_s)
 * @param avgDays        days an item stays at each stage (0 at won)
 * @param lagMonths      months from entering a stage to the win
 * @param seasonality    the month weights this rep was phased with
 * @param wonByMonth     Won_m
 * @param activity       Plan_s_m: [stage][month], Plan_s shared out by the lagged wins, 0 before the start month
 * @param preYear        PreYear_s = Plan_s − Σ_m Plan_s_m: the pipeline at start, items that must already be at
 *                       the stage when the rep starts (built before January, or handed over to a late starter)
 * @param inYearMargin   gross margin earned within the plan year
 */
public record RepPlan(RepTarget target, List<StageRate> rates, double[] winProbability, long[] required,
                      double[] avgDays, double[] lagMonths, double[] seasonality, double[] wonByMonth,
                      double[][] activity, double[] preYear, double inYearMargin) {

    public String rep() {
        return target.rep();
    }

    /** Plan_s_m summed over months 1..month (0: nothing; 12: the year's months, the pipeline at start not included). */
    public double activityToDate(int stage, int month) {
        double sum = 0;
        for (int m = 0; m < month; m++) {
            sum += activity[stage][m];
        }
        return sum;
    }

    /** Target in-year margin, or the planned one when the targets give none. */
    public double marginTarget() {
        return target.marginTarget() != null ? target.marginTarget() : Math.round(inYearMargin);
    }
}
