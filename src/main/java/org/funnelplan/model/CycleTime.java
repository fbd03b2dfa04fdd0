package org.funnelplan.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The funnel's throughput time (doorlooptijd): average days an item stays at each stage, per rep
 * where the rep's history gives it, else over all reps (count-weighted), else 0.
 */
public final class CycleTime {
    /** Days in an average month, so that 365 days make 12 months. */
    public static final double DAYS_PER_MONTH = 30.4;

    private final FunnelStages stages;
    private final double[][] team; // [stage][sum of days·count, sum of count]
    private final Map<String, double[][]> byRep = new HashMap<>();

    public CycleTime(FunnelHistory history, FunnelStages stages) {
        this.stages = stages;
        this.team = new double[stages.size()][2];
        for (HistoryRow row : history.rows()) {
            int s = stages.indexOf(row.stage());
            if (s < 0 || row.avgDays() == null) {
                continue;
            }
            double[][] rep = byRep.computeIfAbsent(RateEstimator.repKey(row.rep()), r -> new double[stages.size()][2]);
            add(rep[s], row);
            add(team[s], row);
        }
    }

    private static void add(double[] sums, HistoryRow row) {
        sums[0] += row.avgDays() * row.count();
        sums[1] += row.count();
    }

    /** Average days per stage for a rep; the won stage has none. */
    public double[] avgDaysFor(String rep) {
        double[][] own = byRep.get(RateEstimator.repKey(rep));
        double[] days = new double[stages.size()];
        for (int s = 0; s < stages.wonIndex(); s++) {
            double[] sums = own != null && own[s][1] > 0 ? own[s] : team[s];
            days[s] = sums[1] > 0 ? sums[0] / sums[1] : 0;
        }
        return days;
    }

    /** lag_s: months from an item entering stage s to its win, Σ avg_days_j / 30.4 for j from s on. */
    public static double[] lagMonths(double[] avgDays) {
        double[] lag = new double[avgDays.length];
        for (int s = avgDays.length - 2; s >= 0; s--) {
            lag[s] = lag[s + 1] + avgDays[s] / DAYS_PER_MONTH;
        }
        return lag;
    }
}
