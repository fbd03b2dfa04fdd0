package org.funnelplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.funnelplan.model.HistoryCoverage;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;

/**
 * What a director reads after generating, in the plan's language: the plan year and the team
 * totals as the workbook shows them (the overview's needed for the target and pipeline at start,
 * the lead sheet's key figures), and which reps the history does not speak for.
 */
final class PlanSummary {
    private final ConsoleWords words;

    PlanSummary(ConsoleWords words) {
        this.words = words;
    }

    List<String> lines(MarketingPlan marketing, Path out) {
        Plan plan = marketing.plan();
        List<String> lines = new ArrayList<>();
        lines.add(words.format("summary.wrote", out, plan.year(), plan.reps().size(), plan.teamTargetNewCustomers()));
        lines.add(words.format("summary.needed", funnel(plan)));
        lines.add(words.format("summary.pipeline", pipelineAtStart(plan)));
        lines.add(words.format("summary.margin", plan.teamInYearMargin(), plan.salesMarginTarget()));
        if (marketing.hasLeads()) {
            lines.add(words.format("summary.leads", marketing.leadsNeeded(), marketing.leadsAvailable(), marketing.leadsGap()));
        }
        return lines;
    }

    /** Team_Plan_s from the top stage to won, as the overview's team row has them. */
    String funnel(Plan plan) {
        StringJoiner line = new StringJoiner(" -> ");
        for (int s = 0; s < plan.stages().size(); s++) {
            line.add(words.format("summary.stage", plan.teamRequired(s), plan.stages().get(s).name()));
        }
        return line.toString();
    }

    /** The team's pipeline at start per stage before won, with one decimal as on the overview. */
    private String pipelineAtStart(Plan plan) {
        StringJoiner line = new StringJoiner(", ");
        for (int s = 0; s < plan.stages().wonIndex(); s++) {
            line.add(words.format("summary.pipelineStage", plan.teamPipelineAtStart(s), plan.stages().get(s).name()));
        }
        return line.toString();
    }

    /** Warnings (without the prefix) about reps the history does not cover. */
    /** @param history the history's file, or its files separated by commas */
    List<String> coverageWarnings(HistoryCoverage coverage, String history, Path targets) {
        List<String> warnings = new ArrayList<>();
        if (!coverage.withoutHistory().isEmpty()) {
            warnings.add(words.format("warning.noHistory", coverage.withoutHistory().size(), history,
                    String.join(", ", coverage.withoutHistory())));
        }
        if (!coverage.notInTargets().isEmpty()) {
            warnings.add(words.format("warning.notInTargets", coverage.notInTargets().size(), history, targets,
                    String.join(", ", coverage.notInTargets())));
        }
        return warnings;
    }
}
