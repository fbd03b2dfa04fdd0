package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.Phasing;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;

/**
 * The rep sheet's months: seasonality and ramp-up that phase the wins, then per stage the planned
 * activity and the row where the rep types what happened.
 */
final class MonthlyGrid extends RepBlock {
    MonthlyGrid(SheetWriter out, Plan plan, RepPlan rep, RepSheetLayout layout, RepSheet.Namer names,
            InputValidation validation) {
        super(out, plan, rep, layout, names, validation);
    }

    void write() {
        int header = layout.monthHeader();
        Labels words = out.labels();
        out.paragraph(layout.phasingNote(), 0, LAST_FUNNEL_COLUMN, words.get("months.note"), Style.NOTE_WRAPPED);
        out.text(header, 0, words.get("months.month"), Style.HEADER);
        out.text(header, YEAR_TOTAL, words.get("months.year"), Style.HEADER_RIGHT);
        for (int m = 1; m <= 12; m++) {
            out.text(header, monthColumn(m), words.months()[m - 1], Style.HEADER_RIGHT);
        }
        writePhasing();
        FunnelStages stages = plan.stages();
        for (int s = 0; s < stages.size(); s++) {
            writeStage(s);
        }
    }

    private void writePhasing() {
        var target = rep.target();
        int season = layout.seasonalityRow();
        int ramp = layout.rampRow();
        int weight = layout.weightRow();
        String start = Ref.abs(START_MONTH, VALUE);
        String rampMonths = Ref.abs(RAMP_MONTHS, VALUE);
        double[] weights = Phasing.weights(rep.seasonality(), target.startMonth(), target.rampMonths());
        out.text(season, 0, out.labels().get("months.seasonality"), Style.LABEL);
        out.text(ramp, 0, out.labels().get("months.ramp"), Style.LABEL);
        out.text(weight, 0, out.labels().get("months.weight"), Style.LABEL);
        for (int m = 1; m <= 12; m++) {
            int col = monthColumn(m);
            out.number(season, col, rep.seasonality()[m - 1], Style.INPUT_DECIMAL);
            out.formula(ramp, col, FunnelFormulas.rampFactor(m, start, rampMonths),
                    Phasing.rampFactor(m, target.startMonth(), target.rampMonths()), Style.DECIMAL);
            out.formula(weight, col, Ref.rel(season, col) + "*" + Ref.rel(ramp, col), weights[m - 1], Style.DECIMAL);
        }
        validation.decimalAtLeastZero(season, monthColumn(1), monthColumn(12));
        names.name(PlanNames.INPUT_SEASONALITY_MONTHS, season, monthColumn(1), monthColumn(12));
    }

    private void writeStage(int s) {
        FunnelStages stages = plan.stages();
        String key = stages.get(s).key();
        String name = stages.get(s).name();
        int planRow = layout.planRow(s);
        int actualRow = layout.actualRow(s);
        int stageRow = layout.stageRow(s);
        double[] activity = rep.activity()[s];
        String wonByMonth = PlanNames.planMonths(stages.won().key());
        String weights = Ref.absRange(layout.weightRow(), monthColumn(1), monthColumn(12));

        out.text(planRow, 0, out.labels().format("months.plan", name), Style.LABEL);
        out.formula(planRow, YEAR_TOTAL, FormulaText.fill("SUM(%s)", rowRange(planRow)), rep.activityToDate(s, 12), Style.TOTAL_DECIMAL);
        for (int m = 1; m <= 12; m++) {
            int col = monthColumn(m);
            String formula = s == stages.wonIndex()
                    ? FunnelFormulas.wonInMonth(PlanNames.TARGET_NEW_CUSTOMERS, Ref.abs(layout.weightRow(), col), weights)
                    : FunnelFormulas.activityInMonth(m, Ref.abs(stageRow, LAG), wonByMonth, PlanNames.plan(key),
                            PlanNames.TARGET_NEW_CUSTOMERS, Ref.abs(START_MONTH, VALUE));
            out.formula(planRow, col, formula, activity[m - 1], Style.DECIMAL);
        }
        names.name(PlanNames.planMonths(key), planRow, monthColumn(1), monthColumn(12));

        out.text(actualRow, 0, out.labels().format("months.actual", name), Style.TEXT);
        out.formula(actualRow, YEAR_TOTAL, FormulaText.fill("SUM(%s)", rowRange(actualRow)), 0, Style.TOTAL_WHOLE);
        for (int m = 1; m <= 12; m++) {
            out.blank(actualRow, monthColumn(m), Style.INPUT_WHOLE);
        }
        names.name(PlanNames.actualMonths(key), actualRow, monthColumn(1), monthColumn(12));
        validation.actual(actualRow, monthColumn(1), monthColumn(12), layout.monthHeader());
    }

    private static String rowRange(int row) {
        return Ref.rel(row, monthColumn(1)) + ":" + Ref.rel(row, monthColumn(12));
    }

}
