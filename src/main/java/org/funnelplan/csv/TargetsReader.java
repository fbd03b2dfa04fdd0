package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.funnelplan.contract.Capacity;
import org.funnelplan.contract.Limits;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.RepTarget;

/** Reads the targets file: one row per rep with the year's new-customer and margin targets. */
public final class TargetsReader {
    static final CsvColumns COLUMNS = CsvColumns.of(
            List.of("rep", "new_customers", "avg_margin"),
            List.of("margin_target", "team", "start_month", "ramp_months"));
    /** More customers than this per rep per year is a typo, and keeps sums far from int overflow; the re-import takes the same. */
    static final long MAX_CUSTOMERS = Limits.MAX_CUSTOMERS;
    static final long MAX_RAMP_MONTHS = Limits.MAX_RAMP_MONTHS;

    private TargetsReader() {
    }

    /**
     * The reps of the file. More reps than the workbook can hold in Java's heap are refused at
     * the first one too many ({@link Capacity#maxReps()}), before a million rows fill the heap.
     */
    public static List<RepTarget> read(Path file, List<String> warnings) {
        List<RepTarget> targets = new ArrayList<>();
        Map<String, CsvRow> byKey = new HashMap<>();
        int maxReps = Capacity.maxReps();
        int header = CsvTable.read(file, COLUMNS, warnings, row -> {
            if (targets.size() == maxReps) {
                throw row.error(String.format(Locale.ROOT, "more reps than fit: a %s Java heap writes the sheets of at most %,d reps; %s",
                        Capacity.heap(), maxReps, Capacity.moreMemory()));
            }
            String rep = row.required("rep");
            CsvRow before = byKey.putIfAbsent(RateEstimator.repKey(rep), row);
            if (before != null) {
                throw row.error("column rep: '%s' is the same rep as '%s' on line %d (names are compared ignoring case and spaces); give each rep one row"
                        .formatted(rep, before.text("rep"), before.line()));
            }
            int newCustomers = (int) row.requiredWhole("new_customers", 0, MAX_CUSTOMERS);
            double avgMargin = row.requiredMoney("avg_margin");
            Double marginTarget = row.money("margin_target");
            Long start = row.whole("start_month", 1, 12);
            Long ramp = row.whole("ramp_months", 0, MAX_RAMP_MONTHS);
            targets.add(new RepTarget(rep, newCustomers, avgMargin, marginTarget, row.text("team"),
                    start == null ? 1 : start.intValue(), ramp == null ? 0 : ramp.intValue()));
        });
        if (targets.isEmpty()) {
            throw new InputException(file + " line " + header, "no reps; expected at least one row under the header");
        }
        return targets;
    }
}
