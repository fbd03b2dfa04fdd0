package org.funnelplan.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.funnelplan.model.InputException;

/**
 * The header of an export: its columns by name (case-insensitive, trimmed), and which format it
 * is. Columns the format does not use are ignored, as real exports carry dozens.
 */
final class ExportHeader {
    private static final List<List<List<String>>> NEEDS = List.of(
            List.of(List.of("Record ID"), List.of("Deal owner")),
            List.of(List.of("Deal - ID"), List.of("Deal - Owner"), List.of("Deal - Stage"), List.of("Deal - Status"),
                    List.of("Deal - Deal created")),
            List.of(List.of("Opportunity ID", "Opportunity Name"), List.of("Opportunity Owner"), List.of("To Stage", "Stage"),
                    List.of("Edit Date", "Last Modified")),
            List.of(List.of("item"), List.of("rep"), List.of("stage"), List.of("date")));

    private final String where;
    private final List<String> written;
    private final Map<String, Integer> first = new HashMap<>();
    private final Map<String, Integer> second = new HashMap<>();
    private final int width;

    ExportHeader(CsvStream.Record header) {
        this.where = header.where();
        written = new ArrayList<>(header.size());
        int last = 0;
        for (int i = 0; i < header.size(); i++) {
            String name = header.cell(i);
            written.add(name);
            if (!name.isEmpty()) {
                last = i + 1;
                String key = name.toLowerCase(Locale.ROOT);
                if (first.putIfAbsent(key, i) != null) {
                    second.putIfAbsent(key, i);
                }
            }
        }
        width = last;
    }

    String where() {
        return where;
    }

    /** Columns up to the last one with a name. */
    int width() {
        return width;
    }

    int size() {
        return written.size();
    }

    /** The name as written in the file, trimmed. */
    String name(int column) {
        return written.get(column);
    }

    /** The first of the names that is a column, or -1; a used column named twice is an error. */
    int find(String... names) {
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            Integer column = first.get(key);
            if (column != null) {
                Integer twice = second.get(key);
                if (twice != null) {
                    throw new InputException(where, "column %s is named twice (columns %d and %d); keep one of them"
                            .formatted(written.get(column), column + 1, twice + 1));
                }
                return column;
            }
        }
        return -1;
    }

    /** The format whose columns the header has; none is an error listing each format's columns. */
    CrmFormat format() {
        CrmFormat closest = null;
        List<String> closestMissing = List.of();
        double best = -1;
        for (CrmFormat format : CrmFormat.values()) {
            List<String> missing = new ArrayList<>();
            List<List<String>> needs = NEEDS.get(format.ordinal());
            for (List<String> alternatives : needs) {
                if (alternatives.stream().noneMatch(a -> first.containsKey(a.toLowerCase(Locale.ROOT)))) {
                    missing.add(String.join(" or ", alternatives));
                }
            }
            int needed = needs.size();
            if (format == CrmFormat.HUBSPOT) {
                needed++;
                if (HubSpotColumns.dateEnteredColumns(this).isEmpty()) {
                    missing.add("Date entered \"<stage>\" columns (add the Date entered property of each stage to"
                            + " the export's columns)");
                }
            }
            if (missing.isEmpty()) {
                return format;
            }
            double share = (needed - missing.size()) / (double) needed;
            if (share > best && share > 0) {
                best = share;
                closest = format;
                closestMissing = missing;
            }
        }
        List<String> formats = new ArrayList<>();
        for (CrmFormat format : CrmFormat.values()) {
            formats.add("%s (%s)".formatted(format.title(), format.columns()));
        }
        String nearest = closest == null ? "" : "; closest is the %s, which lacks %s".formatted(closest.title(),
                String.join(", ", closestMissing));
        throw new InputException(where, "the header fits none of the export formats from-crm reads: "
                + String.join("; ", formats) + nearest);
    }
}
