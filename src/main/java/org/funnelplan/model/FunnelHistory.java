package org.funnelplan.model;

import java.util.List;

/**
 * Past funnel counts, in the order the stages run.
 *
 * @param source the file it came from (the files, when several were pooled), named in messages
 * @param stages the stage names top first, as agreed by every (rep, period) group
 */
public record FunnelHistory(String source, List<String> stages, List<HistoryRow> rows) {
    public FunnelHistory {
        stages = List.copyOf(stages);
        rows = List.copyOf(rows);
    }

    /** {@code <file> line <N>} of a row, for messages. */
    public String where(HistoryRow row) {
        return (row.source() != null ? row.source() : source) + " line " + row.line();
    }
}
