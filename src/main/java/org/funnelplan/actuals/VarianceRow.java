package org.funnelplan.actuals;

/**
 * One line of the variance: a rep's stage in a month, or to date.
 *
 * @param month  1–12, or 0 for the year to date (months 1..report month)
 * @param actual {@code null} when nothing was filled in
 */
public record VarianceRow(String rep, String stage, int month, double plan, Double actual) {
    public static final int YTD = 0;

    public Double variance() {
        return actual == null ? null : actual - plan;
    }

    /** actual / plan; {@code null} when nothing was filled in or the plan is 0. */
    public Double attainment() {
        return actual == null || plan == 0 ? null : actual / plan;
    }
}
