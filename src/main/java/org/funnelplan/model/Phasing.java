package org.funnelplan.model;

/**
 * Spreads a rep's yearly target over the months: seasonality weight times ramp-up factor,
 * nothing before the start month.
 */
public final class Phasing {
    public static final int MONTHS = 12;

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
     * Activity a stage needs per month so that its items turn into the planned wins after the lag:
     * Plan_s_m = ((1−f)·Won_(m+L) + f·Won_(m+L+1)) / WinProb_s with L = floor(lag), f = lag − L.
     */
    public static double[] activityByMonth(double[] won, double lagMonths, double winProbability) {
        int whole = (int) Math.floor(lagMonths);
        double fraction = lagMonths - whole;
        double[] plan = new double[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            plan[m] = ((1 - fraction) * wonAt(won, m + whole) + fraction * wonAt(won, m + whole + 1)) / winProbability;
        }
        return plan;
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
