package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.funnelplan.contract.Capacity;
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

    /**
     * The leads of the file. A file that cannot fit is refused at the line where it stops fitting:
     * more rows or columns than an Excel sheet has, or more than Java's heap holds for the plan
     * ({@link Capacity#usable()}, counted as the leads are kept, {@link LeadFootprint}).
     */
    public static Leads read(Path file, List<String> warnings) {
        List<Lead> leads = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        List<String> extraColumns = new ArrayList<>();
        Map<String, Map<String, String>> shared = new HashMap<>();
        LeadFootprint footprint = new LeadFootprint();
        long usable = Capacity.usable();
        CsvTable.read(file, COLUMNS, warnings, row -> {
            fits(row, leads.size(), row.extra().size(), footprint.bytes(), usable);
            String organisation = row.required("organisation");
            String id = row.text("id");
            if (!id.isEmpty()) {
                Integer before = lineOfId.putIfAbsent(id, row.line());
                if (before != null) {
                    throw row.error("column id: '%s' is already the id of line %d; ids must be unique (or left empty)"
                            .formatted(id, before));
                }
                footprint.id(id);
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
            extra.forEach((column, value) -> extraValues.add(share(shared, column, value, footprint)));
            footprint.lead(organisation, extraValues.size());
            leads.add(new Lead(id, organisation, share(shared, "source", row.text("source"), footprint),
                    share(shared, "segment", row.text("segment"), footprint), status, share(shared, "owner", row.text("owner"), footprint),
                    share(shared, "campaign", row.text("campaign"), footprint), share(shared, "next_step", row.text("next_step"), footprint),
                    share(shared, "next_date", row.text("next_date"), footprint), extraValues));
        });
        return new Leads(file.toString(), extraColumns, leads);
    }

    /** Refuses the row that would not fit: past Excel's last row or column, or past the heap. */
    private static void fits(CsvRow row, int leads, int ownColumns, long bytes, long usable) {
        if (leads == 0 && ownColumns > Capacity.maxOwnLeadColumns()) {
            throw row.error(String.format(Locale.ROOT,
                    "the header above names %,d columns of your own, but Excel's %,d columns hold the lead table's %d and at most %,d more",
                    ownColumns, Capacity.EXCEL_COLUMNS, Capacity.EXCEL_COLUMNS - Capacity.maxOwnLeadColumns(), Capacity.maxOwnLeadColumns()));
        }
        if (leads == Capacity.EXCEL_ROWS - 1) {
            throw row.error(String.format(Locale.ROOT, "more leads than Excel's %,d rows hold below the table's header; split the file",
                    Capacity.EXCEL_ROWS));
        }
        if (bytes > usable) {
            throw row.error(String.format(Locale.ROOT, "more leads than fit: the %,d leads before this one fill the %s a %s Java heap"
                    + " has for the plan; %s", leads, Capacity.megabytes(usable), Capacity.heap(), Capacity.moreMemory()));
        }
    }

    /** The one copy of a repeated value of a column (until the column turns out to hold unique values). */
    private static String share(Map<String, Map<String, String>> shared, String column, String value, LeadFootprint footprint) {
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
            footprint.sharedValue(value);
        } else {
            footprint.value(value);
        }
        return value;
    }
}
