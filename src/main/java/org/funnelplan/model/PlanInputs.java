package org.funnelplan.model;

import java.util.List;

/**
 * Everything a plan is computed from.
 *
 * @param targetsSource file the targets came from, named in messages
 * @param handover      name of the hand-over stage, or {@code null} for the second stage
 * @param priorWeight   k of the credibility blend: how many items of team history a rep's own count is weighed against
 */
public record PlanInputs(int year, String targetsSource, List<RepTarget> targets, FunnelHistory history,
                         Seasonality seasonality, String handover, double priorWeight) {

    public static final double DEFAULT_PRIOR_WEIGHT = 20;

    public PlanInputs {
        targets = List.copyOf(targets);
        seasonality = seasonality == null ? Seasonality.even() : seasonality;
    }
}
