package org.funnelplan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage rates from history: team rates pooled over all reps, and per rep the credibility blend
 * {@code (x + k·p) / (n + k)} so that a rep with little history leans on the team.
 * A transition counts in a (rep, period) group only when the group gives both stages.
 */
public final class RateEstimator {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final FunnelStages stages;
    private final double priorWeight;
    private final TeamRate[] team;
    private final Map<String, long[][]> byRep = new HashMap<>(); // rep key -> [transition][x, n]
    private final List<String> warnings = new ArrayList<>();
    private final String source;

    public RateEstimator(FunnelHistory history, FunnelStages stages, double priorWeight) {
        this.stages = stages;
        this.priorWeight = priorWeight;
        this.source = history.source();
        int transitions = stages.size() - 1;
        long[][] teamCounts = new long[transitions][2];
        for (Map.Entry<String, Map<Integer, Long>> group : groups(history).entrySet()) {
            String rep = group.getKey().substring(0, group.getKey().indexOf('\u0000'));
            long[][] repCounts = byRep.computeIfAbsent(rep, r -> new long[transitions][2]);
            Map<Integer, Long> counts = group.getValue();
            for (int s = 0; s < transitions; s++) {
                Long here = counts.get(s);
                Long next = counts.get(s + 1);
                if (here != null && next != null) {
                    repCounts[s][0] += next;
                    repCounts[s][1] += here;
                    teamCounts[s][0] += next;
                    teamCounts[s][1] += here;
                }
            }
        }
        team = new TeamRate[transitions];
        for (int s = 0; s < transitions; s++) {
            if (teamCounts[s][1] == 0) {
                throw new InputException(where(history, s, null), "no history moves from stage '%s' to '%s' (no items at '%s' in any period that also gives '%s')"
                        .formatted(stages.get(s), stages.get(s + 1), stages.get(s), stages.get(s + 1)));
            }
            team[s] = new TeamRate(teamCounts[s][0], teamCounts[s][1]);
            if (team[s].rate() > 1) {
                warnings.add("%s: team rate %s -> %s is %.3f, above 1; capped at 1"
                        .formatted(source, stages.get(s), stages.get(s + 1), team[s].rate()));
            }
        }
    }

    /** The file and the first line giving a stage (for one rep, or any rep when null), for messages. */
    static String where(FunnelHistory history, int stage, String rep) {
        for (HistoryRow row : history.rows()) {
            boolean stageMatches = Stage.keyOf(row.stage()).equals(Stage.keyOf(history.stages().get(stage)));
            if (stageMatches && (rep == null || repKey(row.rep()).equals(repKey(rep)))) {
                return history.where(row);
            }
        }
        return history.source();
    }

    /** Reps are the same when their names match ignoring case and spaces. */
    public static String repKey(String rep) {
        return WHITESPACE.matcher(rep).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    private Map<String, Map<Integer, Long>> groups(FunnelHistory history) {
        Map<String, Map<Integer, Long>> groups = new LinkedHashMap<>();
        for (HistoryRow row : history.rows()) {
            int stage = stages.indexOf(row.stage());
            if (stage < 0) {
                continue; // the reader has checked every stage; nothing to count here
            }
            String key = repKey(row.rep()) + '\u0000' + row.period().trim();
            groups.computeIfAbsent(key, k -> new HashMap<>()).merge(stage, row.count(), Long::sum);
        }
        return groups;
    }

    public TeamRate team(int stage) {
        return team[stage];
    }

    public List<TeamRate> teamRates() {
        return List.of(team);
    }

    /** The rates a rep plans with, one per stage before won. Marketing stages take the team rate. */
    public List<StageRate> ratesFor(String rep) {
        long[][] counts = byRep.get(repKey(rep));
        List<StageRate> rates = new ArrayList<>();
        for (int s = 0; s < team.length; s++) {
            double p = capped(team[s].rate());
            long x = counts == null ? 0 : counts[s][0];
            long n = counts == null ? 0 : counts[s][1];
            if (stages.isMarketing(s) || n == 0) {
                rates.add(new StageRate(x, n, p, p, RateSource.TEAM));
                continue;
            }
            double blended = (x + priorWeight * p) / (n + priorWeight);
            if (blended > 1) {
                warnings.add("%s: rate %s -> %s for rep %s is %.3f, above 1; capped at 1"
                        .formatted(source, stages.get(s), stages.get(s + 1), rep, blended));
            }
            rates.add(new StageRate(x, n, p, capped(blended), priorWeight == 0 ? RateSource.REP : RateSource.BLENDED));
        }
        return rates;
    }

    private static double capped(double rate) {
        return Math.min(1.0, rate);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
