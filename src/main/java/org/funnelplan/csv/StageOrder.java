package org.funnelplan.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The funnel order merged from every (rep, period) group of the history: each group says which
 * stage follows which; a group may skip stages, but no group may contradict another. Stages are
 * numbered in order of first appearance, which also breaks ties between stages no group orders.
 */
final class StageOrder {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> byKey = new HashMap<>();
    private final List<Map<Integer, Line>> next = new ArrayList<>(); // stage -> (following stage -> where)

    /** The stage's number, or -1 when not seen yet. */
    int indexOfKey(String key) {
        return byKey.getOrDefault(key, -1);
    }

    int add(String key, String name) {
        names.add(name);
        next.add(new LinkedHashMap<>());
        byKey.put(key, names.size() - 1);
        return names.size() - 1;
    }

    String name(int stage) {
        return names.get(stage);
    }

    /**
     * Records that {@code after} follows {@code before} on {@code line}.
     *
     * @return {@code null}, or the line on which earlier rows put {@code after} before {@code before}
     */
    Line follow(int before, int after, Line line) {
        Line contradiction = firstLineOfPath(after, before, new boolean[names.size()]);
        if (contradiction == null) {
            next.get(before).putIfAbsent(after, line);
        }
        return contradiction;
    }

    /** The line of the first step of a path from one stage to another, or null when there is none. */
    private Line firstLineOfPath(int from, int to, boolean[] visited) {
        visited[from] = true;
        for (Map.Entry<Integer, Line> step : next.get(from).entrySet()) {
            int stage = step.getKey();
            if (stage == to || !visited[stage] && firstLineOfPath(stage, to, visited) != null) {
                return step.getValue();
            }
        }
        return null;
    }

    boolean ordered(int before, int after) {
        return firstLineOfPath(before, after, new boolean[names.size()]) != null;
    }

    /** Stage numbers top first: every recorded step respected, ties by first appearance. */
    List<Integer> order() {
        int[] incoming = new int[names.size()];
        next.forEach(steps -> steps.keySet().forEach(s -> incoming[s]++));
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int s = 0; s < incoming.length; s++) {
            if (incoming[s] == 0) {
                ready.add(s);
            }
        }
        List<Integer> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int s = ready.poll();
            order.add(s);
            for (int t : next.get(s).keySet()) {
                if (--incoming[t] == 0) {
                    ready.add(t);
                }
            }
        }
        return order;
    }

    List<String> orderedNames() {
        return order().stream().map(names::get).toList();
    }
}
