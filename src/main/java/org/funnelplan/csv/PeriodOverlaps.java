package org.funnelplan.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.funnelplan.model.RateEstimator;

/**
 * Histories pooled from several files must not count the same months twice: a rep's periods in
 * two files may not cover the same months. Periods are free text; those in the shapes funnelplan
 * writes ({@code 2026}, {@code 2026-Q3}, {@code 2026-01..05}, and {@code 2026-05}) are known
 * months, other text is taken as it is. Within one file periods are the file's own business.
 */
final class PeriodOverlaps {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTHS = Pattern.compile("(\\d{4})-(\\d{2})\\.\\.(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private record Seen(String period, int first, int last, Line line) {
    }

    private final Map<String, List<Seen>> byRep = new HashMap<>();

    /** Called at the first row of each (rep, period) group. */
    void check(CsvRow row, String rep, String period) {
        int[] months = months(period);
        if (months == null) {
            return;
        }
        List<Seen> seen = byRep.computeIfAbsent(RateEstimator.repKey(rep), r -> new ArrayList<>());
        for (Seen other : seen) {
            if (!other.line().file().equals(row.file()) && months[0] <= other.last() && other.first() <= months[1]) {
                throw row.error(("rep %s, period %s covers months of period %s in %s; pooled, they would count those months twice:"
                        + " give one of the files (a history of the whole year replaces the one of its first months)")
                        .formatted(rep, period, other.period(), other.line()));
            }
        }
        seen.add(new Seen(period, months[0], months[1], row.at()));
    }

    /** The first and last month (year × 12 + month − 1) a period covers, or {@code null} for free text. */
    static int[] months(String period) {
        String text = period.trim().toUpperCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            return span(m.group(1), 1, 12);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            int quarter = Integer.parseInt(m.group(2));
            return span(m.group(1), 3 * quarter - 2, 3 * quarter);
        }
        if ((m = MONTHS.matcher(text)).matches()) {
            return span(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return span(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    private static int[] span(String year, int first, int last) {
        if (first < 1 || last > 12 || first > last) {
            return null;
        }
        int base = Integer.parseInt(year) * 12 - 1;
        return new int[] {base + first, base + last};
    }
}
