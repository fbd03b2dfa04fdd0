package org.funnelplan.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a kind of CSV file has: header names in lower case.
 *
 * @param required     columns that must be in the header
 * @param optional     columns that may be
 * @param carryUnknown {@code true} to pass other columns through ({@link CsvRow#extra()}) instead
 *                     of refusing them; for files users extend with columns of their own (leads)
 */
record CsvColumns(List<String> required, List<String> optional, boolean carryUnknown) {

    CsvColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    static CsvColumns of(List<String> required, List<String> optional) {
        return new CsvColumns(required, optional, false);
    }

    boolean isKnown(String column) {
        return required.contains(column) || optional.contains(column);
    }

    /** For messages: {@code rep, new_customers, avg_margin (required); team, ... (optional)}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(String.join(", ", required) + " (required)");
        if (!optional.isEmpty()) {
            parts.add(String.join(", ", optional) + " (optional)");
        }
        return String.join("; ", parts);
    }
}
