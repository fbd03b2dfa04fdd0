package org.funnelplan.model;

import java.util.Arrays;
import java.util.Map;

/**
 * Relative weight of each month in the wins, team-wide and optionally per rep.
 *
 * @param source   the file it came from ("" for the default), named in messages
 * @param team     weights for months 1–12 used by reps without a profile of their own
 * @param byRep    per-rep profiles, keyed by {@link RateEstimator#repKey(String)}
 * @param lineOf   per rep key (and "" for the team profile) the first line of its profile, for messages
 */
public record Seasonality(String source, double[] team, Map<String, double[]> byRep, Map<String, Integer> lineOf) {

    public static Seasonality even() {
        double[] ones = new double[Phasing.MONTHS];
        Arrays.fill(ones, 1.0);
        return new Seasonality("", ones, Map.of(), Map.of());
    }

    public double[] weightsFor(String rep) {
        return byRep.getOrDefault(RateEstimator.repKey(rep), team).clone();
    }

    public boolean hasOwnProfile(String rep) {
        return byRep.containsKey(RateEstimator.repKey(rep));
    }
}
