package org.funnelplan.model;

/**
 * One line of funnel history: how many items a rep had at a stage in a period.
 *
 * @param avgDays days an item stayed at this stage before moving on; {@code null} when not given
 * @param line    line number in the source file, for messages
 * @param source  the file of the line when the history pools several files; {@code null}: the history's own source
 */
public record HistoryRow(String rep, String period, String stage, long count, Double avgDays, int line, String source) {

    /** A row of a history read from one file. */
    public HistoryRow(String rep, String period, String stage, long count, Double avgDays, int line) {
        this(rep, period, stage, count, avgDays, line, null);
    }
}
