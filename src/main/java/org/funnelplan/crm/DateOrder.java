package org.funnelplan.crm;

/** How a date that is not year first is read: {@code 14-3-2025} day first, {@code 3/14/2025} month first. */
public enum DateOrder {
    DMY("day first"),
    MDY("month first");

    private final String words;

    DateOrder(String words) {
        this.words = words;
    }

    /** {@code day first} or {@code month first}, for messages. */
    String words() {
        return words;
    }
}
