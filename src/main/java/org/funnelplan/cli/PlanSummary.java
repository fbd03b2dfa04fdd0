package org.funnelplan.cli;

import java.util.StringJoiner;

import org.funnelplan.model.Plan;

/** The one line a user sees after generating: the team funnel from top to won. */
final class PlanSummary {
    private PlanSummary() {
    }

    static String funnel(Plan plan) {
        StringJoiner line = new StringJoiner(" -> ");
        for (int s = 0; s < plan.stages().size(); s++) {
            line.add("%,d %s".formatted(plan.teamRequired(s), plan.stages().get(s).name()));
        }
        return line.toString();
    }
}
