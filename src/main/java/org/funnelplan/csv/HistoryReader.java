package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.Stage;

/**
 * Reads funnel history in long format (one row per rep, period and stage) and works out the
 * stage order that all (rep, period) groups agree on. Several files (one per year, say) are
 * pooled as one history (SPEC section 2): a (rep, period) group sits in one file, and the same
 * group in two files is an error naming both; so is a rep whose periods in two files cover the
 * same months ({@code 2026} and {@code 2026-01..05}: a year's history next to the part of it
 * written earlier), which would count those months twice. Messages name each row's own file.
 */
public final class HistoryReader {
    static final CsvColumns COLUMNS = CsvColumns.of(List.of("rep", "period", "stage", "count"), List.of("avg_days"));

    private HistoryReader() {
    }

    /** One (rep, period) group as read so far. */
    private static final class Group {
        final Line first;
        final Map<Integer, Integer> lineOfStage = new HashMap<>();
        int last = -1;

        Group(Line first) {
            this.first = first;
        }
    }

    /**
     * Refuses a new stage whose workbook names Excel, which ignores case in names, cannot tell
     * from those of another stage or from a fixed name: stage {@code k} owns {@code Plan_k} and
     * {@code Plan_k_M} ({@link PlanNames}), so the keys {@code k} and {@code k_m} clash, and
     * {@code Plan_InYearMargin} is taken.
     */
    private static void checkWorkbookNames(CsvRow row, String stageName, String key, StageOrder order,
            Map<Integer, Line> firstLineOfStage) {
        if (PlanNames.plan(key).equalsIgnoreCase(PlanNames.PLAN_IN_YEAR_MARGIN)) {
            throw row.error(("column stage: '%s' (line %d) would be named %s in the workbook, which Excel cannot"
                    + " tell from %s (the planned in-year margin) as it ignores case in names; rename the stage")
                    .formatted(stageName, row.line(), PlanNames.plan(key), PlanNames.PLAN_IN_YEAR_MARGIN));
        }
        String stem = key.endsWith("_m") ? key.substring(0, key.length() - 2) : null;
        int other = order.indexOfKey(key + "_m");
        String shared = PlanNames.planMonths(key);
        if (other < 0 && stem != null) {
            other = order.indexOfKey(stem);
            shared = PlanNames.planMonths(stem);
        }
        if (other >= 0) {
            throw row.error(("column stage: '%s' (line %d) and '%s' (%s) would both be named %s in the workbook"
                    + " (Excel ignores case in names, and a stage's monthly plan is named %s); rename one of them")
                    .formatted(stageName, row.line(), order.name(other), firstLineOfStage.get(other).from(row.file()), shared,
                            PlanNames.planMonths("<stage>")));
        }
    }

    /**
     * Two stages next to each other in the funnel that no rep and period gives together leave no
     * rate between them. Mostly one of them is a misspelling in one period: report it at its own
     * line, the stage that fewer periods give, rather than at the first line of the other stage.
     */
    private static void checkEveryStepIsSeen(StageOrder order, Map<Integer, Line> firstLineOfStage,
            java.util.Collection<Group> groups) {
        Map<Integer, Integer> periods = new HashMap<>();
        groups.forEach(g -> g.lineOfStage.keySet().forEach(stage -> periods.merge(stage, 1, Integer::sum)));
        List<Integer> stages = order.order();
        List<int[]> unseen = new ArrayList<>(); // {the stage at fault, the other}
        for (int i = 0; i + 1 < stages.size(); i++) {
            int a = stages.get(i);
            int b = stages.get(i + 1);
            if (!order.ordered(a, b)) {
                boolean aAtFault = periods.get(a) < periods.get(b)
                        || periods.get(a).equals(periods.get(b)) && a > b; // numbered in order of first appearance
                unseen.add(aAtFault ? new int[] {a, b} : new int[] {b, a});
            }
        }
        if (unseen.isEmpty()) {
            return;
        }
        unseen.sort(java.util.Comparator.comparing(pair -> pair[0]));
        int odd = unseen.get(0)[0];
        int other = unseen.get(0)[1];
        Line oddLine = firstLineOfStage.get(odd);
        String oddName = order.name(odd);
        String otherName = order.name(other);
        String hint = similar(oddName, otherName) ? "is it a misspelling of '%s'?".formatted(otherName)
                : "give both in at least one rep and period, or leave one out";
        StringBuilder more = new StringBuilder();
        for (int[] pair : unseen.subList(1, unseen.size())) {
            more.append("; also '%s' (%s) never appears with '%s'".formatted(order.name(pair[0]),
                    firstLineOfStage.get(pair[0]).from(oddLine.file()), order.name(pair[1])));
        }
        throw new InputException(oddLine.toString(), ("column stage: '%s' (%d of %d rep-periods) never appears"
                + " in one rep and period with '%s' (%d rep-periods, first on %s), so no rate between them can be worked out; %s%s")
                .formatted(oddName, periods.get(odd), groups.size(), otherName, periods.get(other),
                        firstLineOfStage.get(other).from(oddLine.file()), hint, more));
    }

    /** Names a typing slip apart: at most two edits, or a quarter of the longer name. */
    static boolean similar(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()] <= Math.max(2, Math.max(x.length(), y.length()) / 4);
    }

    public static FunnelHistory read(Path file, List<String> warnings) {
        return read(List.of(file), warnings);
    }

    /** The files pooled as one history, read in the order given. */
    public static FunnelHistory read(List<Path> files, List<String> warnings) {
        List<HistoryRow> rows = new ArrayList<>();
        StageOrder order = new StageOrder();
        Map<Integer, Line> firstLineOfStage = new HashMap<>();
        Map<String, Group> groups = new HashMap<>();
        PeriodOverlaps overlaps = new PeriodOverlaps();
        for (Path file : files) {
            int before = rows.size();
            int header = readFile(file, files.size() > 1, rows, order, firstLineOfStage, groups, overlaps, warnings);
            if (rows.size() == before) {
                throw new InputException(file + " line " + header, "no history; expected rows with rep, period, stage and count");
            }
        }
        checkEveryStepIsSeen(order, firstLineOfStage, groups.values());
        String source = String.join(", ", files.stream().map(Path::toString).toList());
        return new FunnelHistory(source, order.orderedNames(), rows);
    }

    private static int readFile(Path file, boolean pooled, List<HistoryRow> rows, StageOrder order, Map<Integer, Line> firstLineOfStage,
            Map<String, Group> groups, PeriodOverlaps overlaps, List<String> warnings) {
        return CsvTable.read(file, COLUMNS, warnings, row -> {
            String rep = row.required("rep");
            String period = row.required("period");
            String stageName = row.required("stage");
            long count = row.requiredWhole("count", 0, Numbers.MAX.longValue());
            Double avgDays = row.decimal("avg_days");

            String key = Stage.named(stageName).key();
            int stage = order.indexOfKey(key);
            if (stage < 0) {
                checkWorkbookNames(row, stageName, key, order, firstLineOfStage);
                stage = order.add(key, stageName);
                firstLineOfStage.put(stage, row.at());
            } else if (!order.name(stage).equals(stageName)) {
                throw row.error(("column stage: '%s' and '%s' (%s) are the same stage written two ways"
                        + " (both make the name %s); write it one way").formatted(
                        stageName, order.name(stage), firstLineOfStage.get(stage).from(row.file()), key));
            }

            Group group = groups.computeIfAbsent(RateEstimator.repKey(rep) + '\u0000' + period, k -> {
                overlaps.check(row, rep, period);
                return new Group(row.at());
            });
            if (!group.first.file().equals(row.file())) {
                throw row.error(("rep %s, period %s is also in %s; a rep and period must sit in one file"
                        + " (the same history given twice?)").formatted(rep, period, group.first));
            }
            Integer twice = group.lineOfStage.putIfAbsent(stage, row.line());
            if (twice != null) {
                throw row.error("column stage: '%s' is given twice for rep %s, period %s, on line %d and here; give each stage once per rep and period"
                        .formatted(stageName, rep, period, twice));
            }
            if (group.last >= 0) {
                Line earlier = order.follow(group.last, stage, row.at());
                if (earlier != null) {
                    throw row.error(("column stage: for rep %s, period %s, '%s' comes after '%s', but %s put '%s' before '%s';"
                            + " every rep and period must list the stages in one order, seen before as %s").formatted(
                            rep, period, stageName, order.name(group.last), earlier.from(row.file()), stageName,
                            order.name(group.last), String.join(" → ", order.orderedNames())));
                }
            }
            group.last = stage;
            rows.add(new HistoryRow(rep, period, stageName, count, avgDays, row.line(), pooled ? row.file() : null));
        });
    }
}
