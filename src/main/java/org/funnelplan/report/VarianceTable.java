package org.funnelplan.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.funnelplan.actuals.ReportWords;
import org.funnelplan.actuals.StageSummary;
import org.funnelplan.actuals.TeamActuals;

/**
 * The short console table in the plan's language: the team per stage to date (and each team of
 * the targets), then who is behind on which stage. Numbers in the language's decimal mark,
 * without grouping, so the columns stay narrow.
 */
public final class VarianceTable {
    private static final int MAX_REPS_LISTED = 20;

    private VarianceTable() {
    }

    public static void print(TeamActuals team, int month, PrintWriter out) {
        ReportWords words = ReportWords.of(team.language());
        Locale locale = words.locale();
        String[] marks = words.list("table.marks");
        out.println(words.format("table.title", String.valueOf(team.year()), month, team.reps().size()));
        String[] headers = words.list("table.headers");
        out.printf(locale, "%-16s %12s %12s %12s %11s%n", (Object[]) headers);
        stages(out, locale, marks, StageSummary.team(team, month));
        StageSummary.perTeam(team, month).forEach((name, rows) -> {
            out.println(name.isEmpty() ? words.get("team.none") + ":" : words.format("table.team", name));
            stages(out, locale, marks, rows);
        });
        Map<String, List<String>> behind = new LinkedHashMap<>();
        List<String> silent = new ArrayList<>();
        for (StageSummary row : StageSummary.perRep(team, month)) {
            if (row.actualToDate() == null) {
                // A rep who starts later had nothing to do yet: not "no actuals".
                if (row.planToDate() > 0 && !silent.contains(row.rep())) {
                    silent.add(row.rep());
                }
            } else if (row.light() == StageSummary.Light.RED) {
                behind.computeIfAbsent(row.rep(), r -> new ArrayList<>()).add(String.format(locale, "%s %.0f%%", row.stage(), 100 * row.attainment()));
            }
        }
        long amber = Math.round(100 * StageSummary.AMBER);
        if (behind.isEmpty()) {
            out.println(words.format("table.noneBelow", amber));
        } else {
            out.println(words.format("table.below", amber));
            behind.entrySet().stream().limit(MAX_REPS_LISTED)
                    .forEach(e -> out.printf("  %s: %s%n", e.getKey(), String.join(", ", e.getValue())));
            if (behind.size() > MAX_REPS_LISTED) {
                out.println(words.format("table.more", behind.size() - MAX_REPS_LISTED));
            }
        }
        if (!silent.isEmpty()) {
            out.println(words.format("table.silent", month,
                    String.join(", ", silent.subList(0, Math.min(silent.size(), MAX_REPS_LISTED)))
                            + (silent.size() > MAX_REPS_LISTED ? ", ..." : "")));
        }
        out.flush();
    }

    private static void stages(PrintWriter out, Locale locale, String[] marks, List<StageSummary> rows) {
        for (StageSummary row : rows) {
            out.printf(locale, "%-16s %12.1f %12s %12s %11s%n", cut(row.stage(), 16), row.planToDate(),
                    row.actualToDate() == null ? "-" : String.format(locale, "%.0f", row.actualToDate()),
                    row.actualToDate() == null ? "-" : String.format(locale, "%+.1f", row.actualToDate() - row.planToDate()),
                    row.attainment() == null ? "-" : String.format(locale, "%.0f%% %s", 100 * row.attainment(), mark(marks, row.light())));
        }
    }

    /** G, A, R (Dutch: groen, oranje, rood) after the attainment. */
    private static String mark(String[] marks, StageSummary.Light light) {
        return switch (light) {
            case GREEN -> marks[0];
            case AMBER -> marks[1];
            case RED -> marks[2];
            case NONE -> "";
        };
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
