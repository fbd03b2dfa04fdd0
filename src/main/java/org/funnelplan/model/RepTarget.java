package org.funnelplan.model;

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
