package org.funnelplan.model;

/**
 * The share of items at a stage that reach the next stage, with how it was estimated.
 *
 * @param moved    x: items that reached the next stage, summed over the rep's periods
 * @param entered  n: items at this stage, summed over the same periods
 * @param teamRate p: the rate pooled over all reps
 * @param rate     (x + k·p) / (n + k), capped at 1
 */
public record StageRate(long moved, long entered, double teamRate, double rate, RateSource source) {

    /** Credibility of the rep's own data, n / (n + k): below one half, the team rate dominates. */
    public double credibility(double priorWeight) {
        return entered + priorWeight == 0 ? 0 : entered / (entered + priorWeight);
    }

    public boolean isThin(double priorWeight) {
        return source != RateSource.TEAM && entered < priorWeight;
    }
}
