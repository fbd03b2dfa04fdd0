package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.Stage;

/**
 * Reads funnel history in long format (one row per rep, period and stage) and works out the
 * stage order that all (rep, period) groups agree on.
 */
public final class HistoryReader {
    static final CsvColumns COLUMNS = CsvColumns.of(List.of("rep", "period", "stage", "count"), List.of("avg_days"));

    private HistoryReader() {
    }

    /** One (rep, period) group as read so far. */
    private static final class Group {
        final Map<Integer, Integer> lineOfStage = new HashMap<>();
        int last = -1;
    }

    public static FunnelHistory read(Path file, List<String> warnings) {
        List<HistoryRow> rows = new ArrayList<>();
        StageOrder order = new StageOrder();
        Map<Integer, Integer> firstLineOfStage = new HashMap<>();
        Map<String, Group> groups = new HashMap<>();
        int header = CsvTable.read(file, COLUMNS, warnings, row -> {
            String rep = row.required("rep");
            String period = row.required("period");
            String stageName = row.required("stage");
            long count = row.requiredWhole("count", 0, Numbers.MAX.longValue());
            Double avgDays = row.decimal("avg_days");

            String key = Stage.named(stageName).key();
            int stage = order.indexOfKey(key);
            if (stage < 0) {
                stage = order.add(key, stageName);
                firstLineOfStage.put(stage, row.line());
            } else if (!order.name(stage).equals(stageName)) {
                throw row.error(("column stage: '%s' and '%s' (line %d) are the same stage written two ways"
                        + " (both make the name %s); write it one way").formatted(
                        stageName, order.name(stage), firstLineOfStage.get(stage), key));
            }

            Group group = groups.computeIfAbsent(RateEstimator.repKey(rep) + '\u0000' + period, k -> new Group());
            Integer twice = group.lineOfStage.putIfAbsent(stage, row.line());
            if (twice != null) {
                throw row.error("column stage: '%s' is given twice for rep %s, period %s, on line %d and here; give each stage once per rep and period"
                        .formatted(stageName, rep, period, twice));
            }
            if (group.last >= 0) {
                Integer earlier = order.follow(group.last, stage, row.line());
                if (earlier != null) {
                    throw row.error(("column stage: for rep %s, period %s, '%s' comes after '%s', but line %d put '%s' before '%s';"
                            + " every rep and period must list the stages in one order, seen before as %s").formatted(
                            rep, period, stageName, order.name(group.last), earlier, stageName,
                            order.name(group.last), String.join(" → ", order.orderedNames())));
                }
            }
            group.last = stage;
            rows.add(new HistoryRow(rep, period, stageName, count, avgDays, row.line()));
        });
        if (rows.isEmpty()) {
            throw new InputException(file + " line " + header, "no history; expected rows with rep, period, stage and count");
        }
        List<Integer> stages = order.order();
        for (int i = 0; i + 1 < stages.size(); i++) {
            if (!order.ordered(stages.get(i), stages.get(i + 1))) {
                warnings.add("%s: no rep and period gives both stage '%s' and '%s'; assumed '%s' comes first, as it appears first"
                        .formatted(file, order.name(stages.get(i)), order.name(stages.get(i + 1)), order.name(stages.get(i))));
            }
        }
        return new FunnelHistory(file.toString(), order.orderedNames(), rows);
    }
}
