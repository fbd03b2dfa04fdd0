package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.funnelplan.model.Lead;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.Leads;

/**
 * Reads the leads file: one organisation per row, the user's own columns carried through. Rows are
 * kept as small records of strings, repeated values (sources, owners, campaigns) shared, so a
 * quarter of a million leads fit next to the workbook being written.
 */
public final class LeadsReader {
    static final List<String> KNOWN = List.of("id", "source", "segment", "status", "owner", "campaign", "next_step", "next_date");
    static final CsvColumns COLUMNS = new CsvColumns(List.of("organisation"), KNOWN, true);
    /** Columns with more distinct values than this are unique per lead: sharing them saves nothing. */
    private static final int SHARE_LIMIT = 10_000;

    private LeadsReader() {
    }

    public static Leads read(Path file, List<String> warnings) {
        List<Lead> leads = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        List<String> extraColumns = new ArrayList<>();
        Map<String, Map<String, String>> shared = new HashMap<>();
        CsvTable.read(file, COLUMNS, warnings, row -> {
            String organisation = row.required("organisation");
            String id = row.text("id");
            if (!id.isEmpty()) {
                Integer before = lineOfId.putIfAbsent(id, row.line());
                if (before != null) {
                    throw row.error("column id: '%s' is already the id of line %d; ids must be unique (or left empty)"
                            .formatted(id, before));
                }
            }
            String statusText = row.text("status");
            LeadStatus status = LeadStatus.parse(statusText);
            if (status == null) {
                throw row.error("column status: unknown status '%s'; expected one of %s (empty means lead)"
                        .formatted(statusText, LeadStatus.vocabulary()));
            }
            Map<String, String> extra = row.extra();
            if (leads.isEmpty()) {
                extraColumns.addAll(extra.keySet());
            }
            List<String> extraValues = new ArrayList<>(extra.size());
            extra.forEach((column, value) -> extraValues.add(share(shared, column, value)));
            leads.add(new Lead(id, organisation, share(shared, "source", row.text("source")),
                    share(shared, "segment", row.text("segment")), status, share(shared, "owner", row.text("owner")),
                    share(shared, "campaign", row.text("campaign")), share(shared, "next_step", row.text("next_step")),
                    share(shared, "next_date", row.text("next_date")), extraValues));
        });
        return new Leads(file.toString(), extraColumns, leads);
    }

    /** The one copy of a repeated value of a column (until the column turns out to hold unique values). */
    private static String share(Map<String, Map<String, String>> shared, String column, String value) {
        if (value.isEmpty()) {
            return "";
        }
        Map<String, String> values = shared.computeIfAbsent(column, c -> new HashMap<>());
        String before = values.get(value);
        if (before != null) {
            return before;
        }
        if (values.size() < SHARE_LIMIT) {
            values.put(value, value);
        }
        return value;
    }
}
