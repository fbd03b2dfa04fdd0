package org.funnelplan.model;

import java.util.List;

/**
 * The whole new-business plan: every rep's funnel and the team totals marketing plans against.
 *
 * @param teamRates    per stage before won, pooled over all reps' history
 * @param warnings     things the director should know that do not stop the plan
 */
public record Plan(int year, FunnelStages stages, double priorWeight, List<TeamRate> teamRates,
                   List<RepPlan> reps, Seasonality seasonality, List<String> warnings) {

    public Plan {
        teamRates = List.copyOf(teamRates);
        reps = List.copyOf(reps);
        warnings = List.copyOf(warnings);
    }

    /** Team rate of a stage, capped at 1 as the reps' rates are. */
    public double teamRate(int stage) {
        return Math.min(1.0, teamRates.get(stage).rate());
    }

    public long teamTargetNewCustomers() {
        return reps.stream().mapToLong(r -> r.target().newCustomers()).sum();
    }

    /** Team_Plan_s: the sum of the reps' required volumes at a stage. */
    public long teamRequired(int stage) {
        return reps.stream().mapToLong(r -> r.required()[stage]).sum();
    }

    public double salesMarginTarget() {
        return reps.stream().mapToDouble(RepPlan::marginTarget).sum();
    }

    public double teamInYearMargin() {
        return reps.stream().mapToDouble(RepPlan::inYearMargin).sum();
    }

    /** Lead_Rate: the product of the marketing stages' team rates (1 when marketing has none). */
    public double leadRate() {
        double rate = 1;
        for (int s = 0; s < stages.handoverIndex(); s++) {
            rate *= teamRate(s);
        }
        return rate;
    }

    /**
     * Leads_Needed = Team_Plan_<first stage>: the reps' own lead volumes added up, so the lead sheet
     * and the overview show one number (each rep's funnel is rounded up on its own).
     */
    public long leadsNeeded() {
        return teamRequired(0);
    }

    /** The reps' pipeline at start (PreYear_s) added up. */
    public double teamPipelineAtStart(int stage) {
        return reps.stream().mapToDouble(r -> r.preYear()[stage]).sum();
    }

    /** The reps' Plan_s_m added up over the year's twelve months. */
    public double teamInMonths(int stage) {
        return reps.stream().mapToDouble(r -> r.activityToDate(stage, Phasing.MONTHS)).sum();
    }
}
