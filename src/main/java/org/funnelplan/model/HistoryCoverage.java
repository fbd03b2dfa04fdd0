package org.funnelplan.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which reps the history speaks for, so the director hears about the plan's weak spots: reps with
 * a target but no history rows of their own plan on the team's rates, and reps who are in the
 * history but not in the targets only count toward the team's rates (a renamed rep, most likely).
 * Names match ignoring case and spaces, as everywhere.
 *
 * @param withoutHistory reps with a positive target and no history rows, in the targets' order
 * @param notInTargets   reps of the history who are not in the targets, as first written there, in file order
 */
public record HistoryCoverage(List<String> withoutHistory, List<String> notInTargets) {

    public HistoryCoverage {
        withoutHistory = List.copyOf(withoutHistory);
        notInTargets = List.copyOf(notInTargets);
    }

    public static HistoryCoverage of(List<RepTarget> targets, FunnelHistory history) {
        Map<String, String> historic = new LinkedHashMap<>();
        for (HistoryRow row : history.rows()) {
            historic.putIfAbsent(RateEstimator.repKey(row.rep()), row.rep());
        }
        Set<String> planned = targets.stream().map(t -> RateEstimator.repKey(t.rep())).collect(Collectors.toSet());
        List<String> withoutHistory = new ArrayList<>();
        for (RepTarget target : targets) {
            // A rep with nothing to win plans nothing, on whatever rates.
            if (target.newCustomers() > 0 && !historic.containsKey(RateEstimator.repKey(target.rep()))) {
                withoutHistory.add(target.rep());
            }
        }
        List<String> notInTargets = historic.entrySet().stream().filter(e -> !planned.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new HistoryCoverage(withoutHistory, notInTargets);
    }
}
