package org.funnelplan.model;

import java.util.List;

/**
 * One organisation marketing has in stock. Text is kept as read (trimmed), so codes such as
 * {@code 007} or {@code 2025-01-02} stay exactly what the file said.
 *
 * @param id     the user's own reference, "" when none
 * @param extra  the cells of the file's own columns, in the order of {@link Leads#extraColumns()}
 */
public record Lead(String id, String organisation, String source, String segment, LeadStatus status, String owner,
                   String campaign, String nextStep, String nextDate, List<String> extra) {

    public Lead {
        extra = List.copyOf(extra);
    }
}
