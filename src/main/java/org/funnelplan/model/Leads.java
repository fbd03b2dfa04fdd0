package org.funnelplan.model;

import java.util.List;

/**
 * The leads file as read: the leads in file order and the headers of the columns the user added,
 * which the lead sheet carries through unchanged.
 */
public record Leads(String source, List<String> extraColumns, List<Lead> all) {

    public Leads {
        extraColumns = List.copyOf(extraColumns);
        all = List.copyOf(all);
    }

    public int size() {
        return all.size();
    }
}
