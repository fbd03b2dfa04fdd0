package org.funnelplan.actuals;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The short console table: the team per stage to date, then who is behind on which stage. */
public final class VarianceTable {
    private static final int MAX_REPS_LISTED = 20;
    private static final ReportWords WORDS = ReportWords.english();

    private VarianceTable() {
    }

    public static void print(TeamActuals team, int month, PrintWriter out) {
        out.println(WORDS.format("table.title", String.valueOf(team.year()), month, team.reps().size()));
        String[] headers = WORDS.list("table.headers");
        out.printf("%-16s %12s %12s %12s %11s%n", (Object[]) headers);
        for (StageSummary row : StageSummary.team(team, month)) {
            out.printf("%-16s %12.1f %12s %12s %11s%n", cut(row.stage(), 16), row.planToDate(),
                    row.actualToDate() == null ? "-" : "%.0f".formatted(row.actualToDate()),
                    row.actualToDate() == null ? "-" : "%+.1f".formatted(row.actualToDate() - row.planToDate()),
                    row.attainment() == null ? "-" : "%.0f%% %s".formatted(100 * row.attainment(), mark(row.light())));
        }
        Map<String, List<String>> behind = new LinkedHashMap<>();
        List<String> silent = new ArrayList<>();
        for (StageSummary row : StageSummary.perRep(team, month)) {
            if (row.actualToDate() == null) {
                if (!silent.contains(row.rep())) {
                    silent.add(row.rep());
                }
            } else if (row.light() == StageSummary.Light.RED) {
                behind.computeIfAbsent(row.rep(), r -> new ArrayList<>()).add("%s %.0f%%".formatted(row.stage(), 100 * row.attainment()));
            }
        }
        long amber = Math.round(100 * StageSummary.AMBER);
        if (behind.isEmpty()) {
            out.println(WORDS.format("table.noneBelow", amber));
        } else {
            out.println(WORDS.format("table.below", amber));
            behind.entrySet().stream().limit(MAX_REPS_LISTED)
                    .forEach(e -> out.printf("  %s: %s%n", e.getKey(), String.join(", ", e.getValue())));
            if (behind.size() > MAX_REPS_LISTED) {
                out.println(WORDS.format("table.more", behind.size() - MAX_REPS_LISTED));
            }
        }
        if (!silent.isEmpty()) {
            out.println(WORDS.format("table.silent", month,
                    String.join(", ", silent.subList(0, Math.min(silent.size(), MAX_REPS_LISTED)))
                            + (silent.size() > MAX_REPS_LISTED ? ", ..." : "")));
        }
        out.flush();
    }

    private static String mark(StageSummary.Light light) {
        return switch (light) {
            case GREEN -> "G";
            case AMBER -> "A";
            case RED -> "R";
            case NONE -> "";
        };
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
