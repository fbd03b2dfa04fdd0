package org.funnelplan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Teams and histories made up from a seed, so checks run on shapes nobody tuned the code to:
 * 3 to 6 stages with odd names, late starters, ramping reps, a rep without history, a zero
 * target, reps without a team, seasonality and long cycle times.
 */
public final class RandomTeams {
    private static final String[] STAGE_NAMES = {"Lead", "Contacted", "Demo / Pilot", "Visited", "Quoted", "Won"};

    private RandomTeams() {
    }

    public static PlanInputs inputs(long seed) {
        Random random = new Random(seed);
        int stageCount = 3 + random.nextInt(4);
        List<String> stages = new ArrayList<>();
        for (int s = STAGE_NAMES.length - stageCount; s < STAGE_NAMES.length; s++) {
            stages.add(STAGE_NAMES[s]);
        }
        int repCount = 2 + random.nextInt(8);
        List<RepTarget> targets = new ArrayList<>();
        List<HistoryRow> rows = new ArrayList<>();
        int line = 2;
        for (int r = 0; r < repCount; r++) {
            String rep = "Rep " + (char) ('A' + r) + (r % 3 == 0 ? " 'van' [Noord]" : "");
            int newCustomers = r == 1 ? 0 : 1 + random.nextInt(25);
            int start = r % 4 == 2 ? 2 + random.nextInt(8) : 1;
            int ramp = r % 3 == 2 ? random.nextInt(5) : 0;
            Double marginTarget = r % 5 == 4 ? null : (double) (10_000 + random.nextInt(90_000));
            targets.add(new RepTarget(rep, newCustomers, 1_000 + random.nextInt(20_000), marginTarget,
                    r % 5 == 3 ? "" : r % 2 == 0 ? "Noord" : "Zuid", start, ramp));
            if (r == repCount - 1 && repCount > 2) {
                continue; // a new rep: no history of their own
            }
            int periods = 1 + random.nextInt(3);
            for (int p = 0; p < periods; p++) {
                long count = 50 + random.nextInt(r == 0 ? 10 : 2_000);
                for (int s = 0; s < stages.size(); s++) {
                    Double days = s == stages.size() - 1 || random.nextInt(6) == 0 ? null : (double) (5 + random.nextInt(90));
                    rows.add(new HistoryRow(rep, "202" + p, stages.get(s), count, days, line++));
                    count = Math.max(1, Math.round(count * (0.1 + 0.6 * random.nextDouble())));
                }
            }
        }
        Map<String, double[]> byRep = new HashMap<>();
        double[] team = new double[12];
        for (int m = 0; m < 12; m++) {
            team[m] = m == 6 || m == 7 ? 0.5 : 1 + random.nextInt(3) / 2.0;
        }
        byRep.put(RateEstimator.repKey(targets.get(0).rep()), new double[] {0, 0, 1, 1, 2, 2, 1, 0, 1, 1, 1, 3});
        Seasonality seasonality = new Seasonality("seasonality.csv", team, byRep, Map.of());
        String handover = stages.size() > 3 ? stages.get(1 + random.nextInt(stages.size() - 2)) : null;
        return new PlanInputs(2027, "targets.csv", targets, new FunnelHistory("history.csv", stages, rows),
                seasonality, handover, random.nextInt(3) == 0 ? 0 : 20);
    }
}
