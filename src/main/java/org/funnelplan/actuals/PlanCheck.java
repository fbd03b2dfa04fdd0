package org.funnelplan.actuals;

import java.util.List;

import org.funnelplan.actuals.FilledWorkbook.NamedCell;
import org.funnelplan.actuals.FilledWorkbook.RepSheetCells;
import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.RepPlan;
import org.funnelplan.xlsx.read.RawCell;

/**
 * Compares what a rep sheet's formulas show (their cached results) with the plan recomputed from
 * the sheet's inputs. A difference means a formula was typed over or the sheet is broken; the
 * variance goes on with the recomputed plan and the director is told which cell to look at.
 */
final class PlanCheck {
    private static final double TOLERANCE = 1e-6;

    private PlanCheck() {
    }

    static void compare(Worded where, RepSheetCells sheet, RepPlan plan, FunnelStages stages, CellIssues issues) {
        check(where, sheet, PlanNames.PLAN_IN_YEAR_MARGIN, new double[] {plan.inYearMargin()}, issues);
        for (int s = 0; s < stages.size(); s++) {
            String key = stages.get(s).key();
            if (s < stages.wonIndex()) { // WinProb_won is the constant 1, not a formula
                check(where, sheet, PlanNames.winProbability(key), new double[] {plan.winProbability()[s]}, issues);
            }
            check(where, sheet, PlanNames.plan(key), new double[] {plan.required()[s]}, issues);
            check(where, sheet, PlanNames.preYear(key), new double[] {plan.preYear()[s]}, issues);
            check(where, sheet, PlanNames.planMonths(key), plan.activity()[s], issues);
        }
    }

    private static void check(Worded where, RepSheetCells sheet, String name, double[] expected, CellIssues issues) {
        List<NamedCell> cells = sheet.names().get(name);
        if (cells == null || cells.size() != expected.length) {
            issues.warn(Worded.of("check.damaged", where, name));
            return;
        }
        for (int i = 0; i < expected.length; i++) {
            NamedCell named = cells.get(i);
            RawCell cell = named.cell();
            Worded at = Worded.of("where.cellOf", where, named.address());
            Worded recomputed = CellWords.figure(expected[i]);
            if (!cell.formula() && cell.kind() != RawCell.Kind.BLANK) {
                issues.warn(Worded.of("check.typed", at, name, CellWords.describe(cell), recomputed));
                return;
            }
            if (cell.kind() == RawCell.Kind.NUMBER && Math.abs(cell.number() - expected[i]) > TOLERANCE * Math.max(1, Math.abs(expected[i]))) {
                issues.warn(Worded.of("check.differs", at, name, CellWords.figure(cell.number()), recomputed));
                return;
            } else if (cell.kind() == RawCell.Kind.ERROR || cell.kind() == RawCell.Kind.TEXT) {
                issues.warn(Worded.of("check.broken", at, name, CellWords.describe(cell), recomputed));
                return;
            }
        }
    }
}
