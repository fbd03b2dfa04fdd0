package org.funnelplan.model;

import java.util.ArrayList;
import java.util.List;

/** The blog's example as model inputs: 1000 leads → 400 contacted → 100 visits → 20 quotes → 10 won. */
public final class SeedFunnel {
    public static final List<String> STAGES = List.of("lead", "contacted", "visited", "quoted", "won");

    private SeedFunnel() {
    }

    public static FunnelHistory history() {
        return history("Rep X", new long[] {1000, 400, 100, 20, 10}, new double[] {30, 20, 30, 15, 0});
    }

    public static FunnelHistory history(String rep, long[] counts, double[] avgDays) {
        List<HistoryRow> rows = new ArrayList<>();
        for (int s = 0; s < STAGES.size(); s++) {
            rows.add(new HistoryRow(rep, "2025", STAGES.get(s), counts[s], s < STAGES.size() - 1 ? avgDays[s] : null, s + 2));
        }
        return new FunnelHistory("history.csv", STAGES, rows);
    }

    public static PlanInputs inputs() {
        return new PlanInputs(2026, "targets.csv", List.of(RepTarget.simple("Rep X", 10, 5000, 20000.0)), history(),
                null, null, PlanInputs.DEFAULT_PRIOR_WEIGHT);
    }

    public static Plan plan() {
        return FunnelPlanner.plan(inputs());
    }
}
