package org.funnelplan.model;

/**
 * One line of funnel history: how many items a rep had at a stage in a period.
 *
 * @param avgDays days an item stayed at this stage before moving on; {@code null} when not given
 * @param line    line number in the source file, for messages
 */
public record HistoryRow(String rep, String period, String stage, long count, Double avgDays, int line) {
}
