package org.funnelplan.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything a plan is computed from. {@link #of} takes what every plan needs and the defaults for
 * the rest (even seasonality, the second stage as hand-over, {@value #DEFAULT_PRIOR_WEIGHT} as prior
 * weight); the {@code with} methods change one of them:
 * {@code PlanInputs.of(2027, targets, history).withHandover("visited")}.
 *
 * @param targetsSource file the targets came from, named in messages
 * @param seasonality   the weights of the months; {@code null} for even
 * @param handover      name of the hand-over stage, or {@code null} for the second stage
 * @param priorWeight   k of the credibility blend: how many items of team history a rep's own count is weighed against
 */
public record PlanInputs(int year, String targetsSource, List<RepTarget> targets, FunnelHistory history,
                         Seasonality seasonality, String handover, double priorWeight) {

    public static final double DEFAULT_PRIOR_WEIGHT = 20;
    /** What messages call the targets until {@link #withTargetsSource} names their file. */
    static final String TARGETS = "the targets";

    public PlanInputs {
        targets = List.copyOf(targets);
        seasonality = seasonality == null ? Seasonality.even() : seasonality;
    }

    /** The plan of {@code year} for these targets and this history, everything else at its default. */
    public static PlanInputs of(int year, List<RepTarget> targets, FunnelHistory history) {
        return new PlanInputs(year, TARGETS, Objects.requireNonNull(targets, "targets"), Objects.requireNonNull(history, "history"),
                null, null, DEFAULT_PRIOR_WEIGHT);
    }

    /** The file the targets came from ({@code targets.csv}), which messages name. */
    public PlanInputs withTargetsSource(String file) {
        return new PlanInputs(year, Objects.requireNonNull(file, "file"), targets, history, seasonality, handover, priorWeight);
    }

    /** The months weighted as {@code seasonality} says (from {@code csv.SeasonalityReader}). */
    public PlanInputs withSeasonality(Seasonality seasonality) {
        return new PlanInputs(year, targetsSource, targets, history, Objects.requireNonNull(seasonality, "seasonality"), handover,
                priorWeight);
    }

    /** The first stage that belongs to sales, by its name in the history; the stages before it are marketing's. */
    public PlanInputs withHandover(String stage) {
        return new PlanInputs(year, targetsSource, targets, history, seasonality, Objects.requireNonNull(stage, "stage"), priorWeight);
    }

    /** How many items of team history a rep's own count is weighed against ({@code --prior-weight}). */
    public PlanInputs withPriorWeight(double priorWeight) {
        return new PlanInputs(year, targetsSource, targets, history, seasonality, handover, priorWeight);
    }
}
