package org.funnelplan.model;

import java.util.Comparator;

/**
 * What one rep is asked to bring in during the plan year.
 *
 * @param rep           the rep's name
 * @param newCustomers  customers to win in the year
 * @param avgMargin     gross margin per new customer over its first 12 months
 * @param marginTarget  gross margin target within the plan year; {@code null} when not given
 * @param team          free text, may be empty
 * @param startMonth    first month (1–12) the rep sells; nothing is won before it
 * @param rampMonths    months a new rep needs to reach full productivity (0: from the start)
 */
public record RepTarget(String rep, int newCustomers, double avgMargin, Double marginTarget,
                        String team, int startMonth, int rampMonths) {

    /**
     * How teams are listed wherever the plan shows them (the overview's team rows, the variance
     * report's): by name ignoring case, the reps without a team ({@code ""}) last. A team is its
     * exact text, so {@code Noord} and {@code noord} are two teams, next to each other.
     */
    public static final Comparator<String> TEAM_ORDER = (a, b) -> a.isEmpty() != b.isEmpty()
            ? (a.isEmpty() ? 1 : -1)
            : a.compareToIgnoreCase(b) != 0 ? a.compareToIgnoreCase(b) : a.compareTo(b);

    public RepTarget {
        if (newCustomers < 0 || avgMargin < 0 || startMonth < 1 || startMonth > 12 || rampMonths < 0) {
            throw new IllegalArgumentException("invalid target for " + rep);
        }
        team = team == null ? "" : team;
    }

    /** A rep who sells the whole year at full productivity. */
    public static RepTarget simple(String rep, int newCustomers, double avgMargin, Double marginTarget) {
        return new RepTarget(rep, newCustomers, avgMargin, marginTarget, "", 1, 0);
    }
}
