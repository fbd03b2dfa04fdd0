package org.funnelplan.model;

/** A stage's rate pooled over every rep's history: x / n. */
public record TeamRate(long moved, long entered) {
    public double rate() {
        return entered == 0 ? 0 : (double) moved / entered;
    }
}
