package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RateSource;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.StageRate;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;
import org.funnelplan.xlsx.TextWidth;

/** The rep sheet's stage table: rate, win probability, the reverse funnel, cycle time, to-date figures. */
final class FunnelTable extends RepBlock {
    FunnelTable(SheetWriter out, Plan plan, RepPlan rep, RepSheetLayout layout, RepSheet.Namer names,
            InputValidation validation) {
        super(out, plan, rep, layout, names, validation);
    }

    void write(AssumptionsSheet assumptions) {
        String[] headers = out.labels().list("funnel.headers");
        out.headingRow(FUNNEL_HEADER, 0, headers);
        for (int col = 0; col < headers.length; col++) {
            out.text(FUNNEL_HEADER, col, headers[col], col < 2 || col == RATE_SOURCE ? Style.HEADER : Style.HEADER_RIGHT);
        }
        FunnelStages stages = plan.stages();
        for (int s = 0; s < stages.size(); s++) {
            writeStage(s, assumptions);
        }
        writeMarginWon();
    }

    /** What the customers won so far are worth over their first 12 months. */
    private void writeMarginWon() {
        int row = layout.marginWonRow();
        String won = plan.stages().won().key();
        double planned = rep.activityToDate(plan.stages().wonIndex(), OverviewSheet.DEFAULT_REPORT_MONTH) * rep.target().avgMargin();
        out.text(row, STAGE, out.labels().get("funnel.marginWon"), Style.LABEL);
        out.formula(row, PLAN_TO_DATE, PlanNames.planToDate(won) + "*" + PlanNames.TARGET_AVG_MARGIN, planned, Style.EURO);
        out.formula(row, ACTUAL_TO_DATE, PlanNames.actualToDate(won) + "*" + PlanNames.TARGET_AVG_MARGIN, 0, Style.EURO);
        out.formula(row, VARIANCE_TO_DATE, FormulaText.fill("%s-%s", Ref.rel(row, ACTUAL_TO_DATE), Ref.rel(row, PLAN_TO_DATE)),
                -planned, Style.EURO);
    }

    private void writeStage(int s, AssumptionsSheet assumptions) {
        FunnelStages stages = plan.stages();
        int row = layout.stageRow(s);
        String key = stages.get(s).key();
        boolean won = s == stages.wonIndex();
        out.text(row, STAGE, stages.get(s).name(), Style.LABEL);
        out.text(row, OWNER, out.labels().owner(stages.isMarketing(s)), Style.TEXT);

        if (won) {
            out.number(row, WIN_PROBABILITY, 1, Style.PERCENT);
            out.formula(row, REQUIRED, PlanNames.TARGET_NEW_CUSTOMERS, rep.required()[s], Style.WHOLE);
            out.number(row, LAG, 0, Style.DECIMAL);
        } else {
            String next = stages.get(s + 1).key();
            StageRate rate = rep.rates().get(s);
            if (stages.isMarketing(s)) {
                // Marketing's rates are team-level: follow the team rate on the assumptions sheet.
                out.formula(row, RATE, assumptions.teamRateRef(s), rate.rate(), Style.PERCENT);
            } else {
                out.number(row, RATE, rate.rate(), Style.INPUT_PERCENT);
                validation.rate(row, RATE);
            }
            names.name(PlanNames.rate(key), row, RATE);
            out.formula(row, WIN_PROBABILITY, FunnelFormulas.winProbability(PlanNames.rate(key), PlanNames.winProbability(next)),
                    rep.winProbability()[s], Style.PERCENT);
            out.formula(row, REQUIRED, FunnelFormulas.required(PlanNames.plan(next), PlanNames.rate(key)),
                    rep.required()[s], Style.WHOLE);
            out.number(row, AVG_DAYS, rep.avgDays()[s], Style.INPUT_DECIMAL);
            validation.decimalAtLeastZero(row, AVG_DAYS, AVG_DAYS);
            names.name(PlanNames.avgDays(key), row, AVG_DAYS);
            out.formula(row, LAG, FunnelFormulas.lag(Ref.abs(row, AVG_DAYS), Ref.abs(row + 1, LAG)),
                    rep.lagMonths()[s], Style.DECIMAL);
            out.formula(row, ACTUAL_RATE, FormulaText.fill("IF(%1$s>0,%2$s/%1$s,\"\")", PlanNames.actualToDate(key), PlanNames.actualToDate(next)),
                    "", Style.PERCENT);
            // Wrapped in the funnel's last column, which is December's too: the months stay as wide as the headings.
            String source = source(out.labels(), rate, plan.priorWeight());
            out.text(row, RATE_SOURCE, source, rate.isThin(plan.priorWeight()) ? Style.WARNING_WRAPPED : Style.NOTE_WRAPPED);
            out.lines(row, TextWidth.lines(source, out.sheet().getColumnWidth(RATE_SOURCE) / 256));
        }
        names.name(PlanNames.winProbability(key), row, WIN_PROBABILITY);
        names.name(PlanNames.plan(key), row, REQUIRED);

        String monthly = PlanNames.planMonths(key);
        out.formula(row, PRE_YEAR, FunnelFormulas.pipelineAtStart(PlanNames.plan(key), monthly), rep.preYear()[s], Style.DECIMAL);
        names.name(PlanNames.preYear(key), row, PRE_YEAR);

        double planToDate = rep.activityToDate(s, OverviewSheet.DEFAULT_REPORT_MONTH);
        out.formula(row, PLAN_TO_DATE, FunnelFormulas.toDate(monthly), planToDate, Style.DECIMAL);
        names.name(PlanNames.planToDate(key), row, PLAN_TO_DATE);
        out.formula(row, ACTUAL_TO_DATE, FunnelFormulas.toDate(PlanNames.actualMonths(key)), 0, Style.WHOLE);
        names.name(PlanNames.actualToDate(key), row, ACTUAL_TO_DATE);
        out.formula(row, VARIANCE_TO_DATE, PlanNames.actualToDate(key) + "-" + PlanNames.planToDate(key), -planToDate, Style.DECIMAL);
        names.name(PlanNames.varianceToDate(key), row, VARIANCE_TO_DATE);
        out.formula(row, MONTHS_REPORTED, FormulaText.fill("COUNT(%s)", Ref.absRange(layout.actualRow(s), FIRST_MONTH, LAST_MONTH)), 0,
                Style.WHOLE);
    }

    /** Where a stage's rate comes from, as the funnel table's last column says it. */
    static String source(Labels words, StageRate rate, double priorWeight) {
        if (rate.source() == RateSource.TEAM) {
            return words.get(rate.entered() == 0 ? "source.teamNoHistory" : "source.team");
        }
        String text = words.format("source.counts", words.get(rate.source() == RateSource.REP ? "source.rep" : "source.blended"),
                rate.moved(), rate.entered());
        return rate.isThin(priorWeight) ? words.format("source.thin", text) : text;
    }
}
