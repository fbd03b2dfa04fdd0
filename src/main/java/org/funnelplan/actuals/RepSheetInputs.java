package org.funnelplan.actuals;

import java.util.List;

import org.funnelplan.actuals.FilledWorkbook.NamedCell;
import org.funnelplan.actuals.FilledWorkbook.RepSheetCells;
import org.funnelplan.contract.Limits;
import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelMath;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.RepTarget;
import org.funnelplan.xlsx.read.RawCell;

/**
 * Turns one rep sheet's named cells into the rep's plan and actuals: the sheet must prove it is
 * the rep's (its {@code Rep_Name} is the rep the metadata gives it), the plan is recomputed with
 * the Java model from the sheet's own inputs (targets, rates, days, seasonality, start and ramp,
 * each a finite number in range), and every actual cell is checked (a whole number from 0 to
 * {@value #MAX_ACTUAL}, typed, not a formula, not shown as a date). Every problem goes to the
 * run's {@link CellIssues}; a rep with a problem in its plan inputs gives no plan.
 */
final class RepSheetInputs {
    /** What the actual cells' data validation allows, so the sheet and the re-import take the same counts. */
    static final int MAX_ACTUAL = Limits.MAX_ACTUAL;
    /** As the targets CSV allows. */
    static final int MAX_CUSTOMERS = Limits.MAX_CUSTOMERS;
    static final int MAX_RAMP_MONTHS = Limits.MAX_RAMP_MONTHS;
    static final int MAX_AVG_DAYS = 100_000;

    private final FilledWorkbook workbook;
    private final RepSheetCells sheet;
    private final CellIssues issues;
    private boolean inputsOk = true;

    private RepSheetInputs(FilledWorkbook workbook, RepSheetCells sheet, CellIssues issues) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.issues = issues;
    }

    /** @return the rep's plan and actuals, or {@code null} when the sheet's plan cannot be recomputed (the problems are in {@code issues}) */
    static RepActuals read(FilledWorkbook workbook, RepSheetCells sheet, CellIssues issues) {
        return new RepSheetInputs(workbook, sheet, issues).read();
    }

    private RepActuals read() {
        if (!isTheRepsSheet()) {
            return null;
        }
        FunnelStages stages = workbook.stages();
        int newCustomers = (int) number(PlanNames.TARGET_NEW_CUSTOMERS, 0, MAX_CUSTOMERS, true);
        double avgMargin = number(PlanNames.TARGET_AVG_MARGIN, 0, FunnelMath.MAX_VOLUME, false);
        double marginTarget = number(PlanNames.TARGET_MARGIN, 0, FunnelMath.MAX_VOLUME, false);
        int start = (int) number(PlanNames.INPUT_START_MONTH, 1, 12, true);
        int ramp = (int) number(PlanNames.INPUT_RAMP_MONTHS, 0, MAX_RAMP_MONTHS, true);
        double[] rates = new double[stages.wonIndex()];
        double[] days = new double[stages.size()];
        for (int s = 0; s < stages.wonIndex(); s++) {
            rates[s] = number(PlanNames.rate(stages.get(s).key()), 0, 1, false);
            days[s] = number(PlanNames.avgDays(stages.get(s).key()), 0, MAX_AVG_DAYS, false);
        }
        double[] seasonality = new double[12];
        List<NamedCell> season = cells(PlanNames.INPUT_SEASONALITY_MONTHS, 12);
        for (int m = 0; m < 12 && season != null; m++) {
            seasonality[m] = value(season.get(m), PlanNames.INPUT_SEASONALITY_MONTHS, 0, FunnelMath.MAX_VOLUME, false, true);
        }
        Double[][] actual = new Double[stages.size()][12];
        for (int s = 0; s < stages.size(); s++) {
            List<NamedCell> row = cells(PlanNames.actualMonths(stages.get(s).key()), 12);
            for (int m = 0; m < 12 && row != null; m++) {
                actual[s][m] = actual(row.get(m), stages.get(s).name(), m);
            }
        }
        if (!inputsOk || season == null) {
            return null;
        }
        RepTarget target = new RepTarget(sheet.rep(), newCustomers, avgMargin, marginTarget, sheet.team(), start, ramp);
        RepPlan plan;
        try {
            plan = FunnelPlanner.planRep(sheetWhere().in(ReportWords.english()), stages, target, rates, days, seasonality);
        } catch (InputException e) {
            issues.error(WordedInputException.of(e));
            return null;
        }
        PlanCheck.compare(sheetWhere(), sheet, plan, stages, issues);
        return new RepActuals(workbook.file(), sheet.sheet(), plan, actual);
    }

    /**
     * A sheet renamed in a spreadsheet keeps its names and cells: after two reps' sheet names are
     * swapped, the sheet the metadata gives Jan is Pieter's. Its Rep_Name says whose it is.
     */
    private boolean isTheRepsSheet() {
        List<NamedCell> name = cells(PlanNames.REP_NAME, 1);
        if (name == null) {
            return false;
        }
        RawCell cell = name.get(0).cell();
        String text = cell.kind() == RawCell.Kind.TEXT ? cell.text().trim() : "";
        if (RateEstimator.repKey(text).equals(RateEstimator.repKey(sheet.rep()))) {
            return true;
        }
        issues.error(where(name.get(0)), Worded.of("rep.notTheRepsSheet", text.isEmpty() ? CellWords.describe(cell) : Worded.of("cell.quoted", text),
                sheet.sheet(), sheet.rep()));
        return false;
    }

    private Double actual(NamedCell named, String stage, int month) {
        RawCell cell = named.cell();
        if (cell.isEmpty() && !cell.formula()) {
            return null;
        }
        Worded what = Worded.of("actual.what", stage, Worded.of("month." + (month + 1)));
        Worded expect = Worded.of("actual.expect", MAX_ACTUAL);
        Worded shown = CellWords.describe(cell);
        String problem = cell.formula() ? "actual.formula"
                : cell.kind() != RawCell.Kind.NUMBER ? "actual.notNumber"
                : cell.date() ? "actual.date"
                : cell.number() < 0 ? "actual.negative"
                : cell.number() != Math.rint(cell.number()) ? "actual.fraction"
                : cell.number() > MAX_ACTUAL ? "actual.tooLarge"
                : null;
        if (problem != null) {
            issues.report(where(named), Worded.of(problem, what, shown, expect));
            return null;
        }
        return cell.number();
    }

    private double number(String name, double min, double max, boolean whole) {
        List<NamedCell> cells = cells(name, 1);
        return cells == null ? 0 : value(cells.get(0), name, min, max, whole, false);
    }

    /** A plan input: a finite number in range; a formula is fine (its cached result counts). */
    private double value(NamedCell named, String name, double min, double max, boolean whole, boolean blankIsZero) {
        RawCell cell = named.cell();
        if (cell.kind() == RawCell.Kind.BLANK && blankIsZero) {
            return 0;
        }
        if (cell.kind() != RawCell.Kind.NUMBER) {
            return inputProblem(named, Worded.of("input.notNumber", name, CellWords.describe(cell)));
        }
        if (cell.date()) {
            return inputProblem(named, Worded.of("input.date", name, CellWords.describe(cell)));
        }
        double value = cell.number();
        if (!(value >= min && value <= max) || whole && value != Math.rint(value)) {
            return inputProblem(named, Worded.of("input.range", name, CellWords.describe(cell),
                    Worded.of(whole ? "input.whole" : "input.number"), CellWords.number(min), CellWords.number(max)));
        }
        return value;
    }

    private double inputProblem(NamedCell named, Worded problem) {
        issues.error(where(named), problem);
        inputsOk = false;
        return 0;
    }

    /** The cells of a name, or {@code null} (and the problem reported) when it is missing or does not fit. */
    private List<NamedCell> cells(String name, int size) {
        if (!sheet.names().containsKey(name)) {
            return nameProblem(Worded.of("name.missing", name));
        }
        List<NamedCell> cells = sheet.names().get(name);
        if (cells == null) {
            Worded why = sheet.broken().getOrDefault(name, Worded.of("name.nowhere"));
            return nameProblem(Worded.of("name.broken", name, why));
        }
        if (cells.size() != size) {
            return nameProblem(Worded.of("name.size", name, cells.size(), size));
        }
        return cells;
    }

    private List<NamedCell> nameProblem(Worded problem) {
        issues.error(sheetWhere(), problem);
        inputsOk = false;
        return null;
    }

    private Worded sheetWhere() {
        return Worded.sheet(workbook.file(), sheet.sheet());
    }

    private Worded where(NamedCell cell) {
        return Worded.cell(workbook.file(), cell.sheet(), cell.address());
    }
}
