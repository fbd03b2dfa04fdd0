package org.funnelplan.model;

/**
 * A campaign marketing runs to turn leads into prospects for sales, built on a customer issue.
 *
 * @param responseRate share of the invited who respond or attend, 0–1
 * @param handoverRate share of the respondents handed to sales as prospects, 0–1
 * @param issue        the customer issue it addresses, "" when not given
 */
public record Campaign(String name, String type, int month, long invited, double responseRate, double handoverRate,
                       double cost, String issue) {

    public Campaign {
        if (month < 1 || month > 12 || invited < 0 || responseRate < 0 || responseRate > 1 || handoverRate < 0
                || handoverRate > 1 || cost < 0) {
            throw new IllegalArgumentException("invalid campaign " + name);
        }
        issue = issue == null ? "" : issue;
    }

    /** invited × response_rate. */
    public double expectedResponses() {
        return invited * responseRate;
    }

    /** Expected responses × handover_rate: what the campaign hands to sales. */
    public double prospects() {
        return expectedResponses() * handoverRate;
    }

    /** Cost ÷ prospects; {@code NaN} when it hands over none. */
    public double costPerProspect() {
        double prospects = prospects();
        return prospects == 0 ? Double.NaN : cost / prospects;
    }
}
