package org.funnelplan.crm;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.funnelplan.csv.CsvFormat;
import org.funnelplan.csv.CsvOutput;

/**
 * The draft stage map {@code --list-stages} writes: every CRM stage found, mapped to itself, with
 * the number of items that entered it, in funnel order as far as the export shows it: HubSpot's
 * column order, else by the median date at which items first entered each stage, counted from each
 * item's own first date (for Pipedrive, whose export has one date per deal, the median creation date
 * of the deals at each stage).
 */
public final class DraftMap {
    public static final String HEADER = "crm_stage,stage,items";

    /** One CRM stage of the draft. */
    public record Entry(String crmStage, long items) {
    }

    private final List<Entry> entries;
    private final List<String> pipelines;

    DraftMap(List<Entry> entries, List<String> pipelines) {
        this.entries = List.copyOf(entries);
        this.pipelines = List.copyOf(pipelines);
    }

    static DraftMap of(ExportItems items) {
        int stages = items.stages.size();
        IntList[] offsets = new IntList[stages]; // days from the item's first date to its first entry into the stage
        IntList[] days = new IntList[stages];
        for (int s = 0; s < stages; s++) {
            offsets[s] = new IntList();
            days[s] = new IntList();
        }
        for (Item item : items.items()) {
            int n = Math.min(item.stages(), stages);
            int first = Integer.MAX_VALUE;
            for (int s = 0; s < n; s++) {
                if (item.entered(s) != Item.NONE) {
                    first = Math.min(first, item.entered(s));
                }
            }
            for (int s = 0; s < n; s++) {
                int day = item.entered(s);
                if (day != Item.NONE) {
                    offsets[s].add(day - first);
                    days[s].add(day);
                }
            }
        }
        boolean columnOrder = items.filesRead().stream().allMatch(f -> f.format() == CrmFormat.HUBSPOT);
        List<Integer> order = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            order.add(s);
        }
        if (!columnOrder) {
            // Medians of the days since each item's first date put the funnel in order even over
            // years of deals; Pipedrive's one date per deal leaves the median date itself, and its
            // statuses Won and Lost go last, as a funnel ends.
            long[] offset = new long[stages];
            long[] date = new long[stages];
            for (int s = 0; s < stages; s++) {
                offset[s] = offsets[s].median();
                date[s] = days[s].median();
            }
            order.sort(Comparator.comparingInt((Integer s) -> statusRank(items, s)).thenComparingLong(s -> offset[s])
                    .thenComparingLong(s -> date[s]).thenComparingInt(s -> s));
        }
        int[] count = new int[stages];
        for (int s = 0; s < stages; s++) {
            count[s] = days[s].size();
        }
        List<Entry> entries = new ArrayList<>();
        for (int s : order) {
            entries.add(new Entry(items.stages.name(s), count[s]));
        }
        String chosen = items.chosenPipeline();
        List<String> pipelines = chosen != null ? List.of(items.pipelines.name(items.pipelines.find(chosen))) : items.pipelines.all();
        return new DraftMap(entries, pipelines);
    }

    /** A growable list of days, for medians. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        /** The middle value (the lower of the two middle ones), or Long.MAX_VALUE when empty: such stages go last. */
        long median() {
            if (size == 0) {
                return Long.MAX_VALUE;
            }
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted[(size - 1) / 2];
        }
    }

    /** 0 for a stage, 1 for Pipedrive's Won, 2 for its Lost. */
    private static int statusRank(ExportItems items, int stage) {
        if (!items.pipedriveStatuses.get(stage)) {
            return 0;
        }
        return items.stages.name(stage).equalsIgnoreCase(PipedriveRows.WON) ? 1 : 2;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The pipelines whose stages are listed; empty for exports without pipelines. */
    public List<String> pipelines() {
        return pipelines;
    }

    /** Writes {@code crm_stage,stage,items}, each stage mapped to itself, for the director to edit. */
    public void write(OutputStream out, CsvFormat format) throws IOException {
        try (CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row(HEADER.split(","));
            for (Entry entry : entries) {
                csv.text(entry.crmStage()).text(entry.crmStage()).number((double) entry.items()).endRow();
            }
        }
    }
}
