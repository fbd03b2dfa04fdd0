package org.funnelplan.model;

/**
 * Spreads a rep's yearly target over the months: the seasonality weight times the ramp-up factor
 * phases the wins, nothing before the start month; the work at each stage follows the wins, earlier
 * by the stage's lag to win (the cycle time).
 */
public final class Phasing {
    public static final int MONTHS = 12;
    /** A share of a stage's volume below which a difference is floating-point rounding, not items. */
    private static final double ROUNDING = 1e-12;

    private Phasing() {
    }

    /** The ramp-up factor min(1, (m − start + 1) / ramp) of month m (1-based); 0 before the start. */
    public static double rampFactor(int month, int startMonth, int rampMonths) {
        if (month < startMonth) {
            return 0;
        }
        return rampMonths == 0 ? 1 : Math.min(1.0, (month - startMonth + 1) / (double) rampMonths);
    }

    /** w_m for months 1–12 (index 0–11). */
    public static double[] weights(double[] seasonality, int startMonth, int rampMonths) {
        double[] w = new double[MONTHS];
        for (int m = 1; m <= MONTHS; m++) {
            w[m - 1] = seasonality[m - 1] * rampFactor(m, startMonth, rampMonths);
        }
        return w;
    }

    /** Won_m = new_customers · w_m / Σw. All zero when the weights are. */
    public static double[] wonByMonth(int newCustomers, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] won = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            won[m] = total == 0 ? 0 : newCustomers * weights[m] / total;
        }
        return won;
    }

    /**
     * A stage's year volume shared out over the months in proportion to the wins its items make
     * after the lag, nothing before the rep starts:
     * Plan_s_m = Plan_s · ((1−f)·Won_(m+L) + f·Won_(m+L+1)) / n for m ≥ start_month, with
     * L = floor(lag), f = lag − L and n = new_customers; all 0 when n = 0. What the months leave
     * of Plan_s is the pipeline at start ({@link #pipelineAtStart}).
     */
    public static double[] activityByMonth(double[] won, double lagMonths, long required, int newCustomers, int startMonth) {
        double[] plan = new double[MONTHS];
        if (newCustomers == 0) {
            return plan;
        }
        int whole = (int) Math.floor(lagMonths);
        double fraction = lagMonths - whole;
        for (int m = startMonth - 1; m < MONTHS; m++) {
            plan[m] = required * ((1 - fraction) * wonAt(won, m + whole) + fraction * wonAt(won, m + whole + 1)) / newCustomers;
        }
        return plan;
    }

    /**
     * PreYear_s = Plan_s − Σ_m Plan_s_m: the items that must already be at the stage when the rep
     * starts, built before January or handed over to a rep who starts later.
     */
    public static double pipelineAtStart(long required, double[] months) {
        double sum = 0;
        for (double month : months) {
            sum += month;
        }
        double left = required - sum;
        // What is left by rounding alone is no pipeline: spreadsheets subtract to 0 there, and so does the
        // plan, or a stage the months cover in full would show -0.0.
        return Math.abs(left) <= ROUNDING * required ? 0 : left;
    }

    private static double wonAt(double[] won, int index) {
        return index < MONTHS ? won[index] : 0;
    }

    /** Gross margin earned inside the year: a customer won in month m earns avg_margin/12 in each later month. */
    public static double inYearMargin(double avgMargin, double[] won) {
        double sum = 0;
        for (int m = 1; m <= MONTHS; m++) {
            sum += won[m - 1] * (MONTHS - m) / MONTHS;
        }
        return avgMargin * sum;
    }
}
