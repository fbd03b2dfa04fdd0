package org.funnelplan.actuals;

import java.util.List;

import org.funnelplan.actuals.FilledWorkbook.NamedCell;
import org.funnelplan.actuals.FilledWorkbook.RepSheetCells;
import org.funnelplan.model.FunnelMath;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.RepTarget;

/**
 * Turns one rep sheet's named cells into the rep's plan and actuals: the sheet must prove it is
 * the rep's (its {@code Rep_Name} is the rep the metadata gives it), the plan is recomputed with
 * the Java model from the sheet's own inputs (targets, rates, days, seasonality, start and ramp,
 * each a finite number in range), and every actual cell is checked (a whole number from 0 to
 * {@value #MAX_ACTUAL}, typed, not a formula, not shown as a date). Every problem goes to the
 * run's {@link CellIssues}; a rep with a problem in its plan inputs gives no plan.
 */
final class RepSheetInputs {
    /** The actual cells' data validation allows 0 to 39,999: any date since 2009 is a larger serial number. */
    static final int MAX_ACTUAL = 39_999;
    /** As the targets CSV allows (csv/TargetsReader). */
    static final int MAX_CUSTOMERS = 1_000_000;
    static final int MAX_RAMP_MONTHS = 120;
    static final int MAX_AVG_DAYS = 100_000;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

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
        int newCustomers = (int) number("Target_NewCustomers", 0, MAX_CUSTOMERS, true);
        double avgMargin = number("Target_AvgMargin", 0, FunnelMath.MAX_VOLUME, false);
        double marginTarget = number("Target_Margin", 0, FunnelMath.MAX_VOLUME, false);
        int start = (int) number("Input_StartMonth", 1, 12, true);
        int ramp = (int) number("Input_RampMonths", 0, MAX_RAMP_MONTHS, true);
        double[] rates = new double[stages.wonIndex()];
        double[] days = new double[stages.size()];
        for (int s = 0; s < stages.wonIndex(); s++) {
            rates[s] = number("Rate_" + stages.get(s).key(), 0, 1, false);
            days[s] = number("Input_AvgDays_" + stages.get(s).key(), 0, MAX_AVG_DAYS, false);
        }
        double[] seasonality = new double[12];
        List<NamedCell> season = cells("Input_Seasonality_M", 12);
        for (int m = 0; m < 12 && season != null; m++) {
            seasonality[m] = value(season.get(m), "Input_Seasonality_M", 0, FunnelMath.MAX_VOLUME, false, true);
        }
        Double[][] actual = new Double[stages.size()][12];
        for (int s = 0; s < stages.size(); s++) {
            List<NamedCell> row = cells("Actual_" + stages.get(s).key() + "_M", 12);
            for (int m = 0; m < 12 && row != null; m++) {
                actual[s][m] = actual(row.get(m), stages.get(s).name(), m);
            }
        }
        if (!inputsOk || season == null) {
            return null;
        }
        RepTarget target = new RepTarget(sheet.rep(), newCustomers, avgMargin, marginTarget, "", start, ramp);
        RepPlan plan;
        try {
            plan = FunnelPlanner.planRep(sheetWhere(), stages, target, rates, days, seasonality);
        } catch (InputException e) {
            issues.error(e.getMessage());
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
        List<NamedCell> name = cells("Rep_Name", 1);
        if (name == null) {
            return false;
        }
        RawCell cell = name.get(0).cell();
        String text = cell.kind() == RawCell.Kind.TEXT ? cell.text().trim() : "";
        if (RateEstimator.repKey(text).equals(RateEstimator.repKey(sheet.rep()))) {
            return true;
        }
        issues.error(where(name.get(0)), ("Rep_Name holds %s, but the workbook's metadata gives the sheet '%s' to rep %s"
                + " (were sheets renamed or swapped?); give each rep's sheet back the name funnelplan gave it, or use the workbook funnelplan wrote")
                .formatted(text.isEmpty() ? cell.describe() : "'" + text + "'", sheet.sheet(), sheet.rep()));
        return false;
    }

    private Double actual(NamedCell named, String stage, int month) {
        RawCell cell = named.cell();
        if (cell.isEmpty() && !cell.formula()) {
            return null;
        }
        String what = "the actual '%s' of %s".formatted(stage, MONTHS[month]);
        String expect = "type a whole number from 0 to %,d, or leave it empty".formatted(MAX_ACTUAL);
        if (cell.formula()) {
            issues.report(where(named), "%s holds a formula (showing %s) where the rep types a number; %s"
                    .formatted(what, cell.describe(), expect));
            return null;
        }
        if (cell.kind() != RawCell.Kind.NUMBER) {
            issues.report(where(named), "%s holds %s; %s".formatted(what, cell.describe(), expect));
            return null;
        }
        if (cell.date()) {
            issues.report(where(named), "%s holds a date (%s shown as a date); type the number of items, e.g. 3"
                    .formatted(what, cell.describe()));
            return null;
        }
        if (cell.number() < 0) {
            issues.report(where(named), "%s is negative (%s); %s".formatted(what, cell.describe(), expect));
            return null;
        }
        if (cell.number() != Math.rint(cell.number())) {
            issues.report(where(named), "%s is a fraction (%s); count whole items: %s".formatted(what, cell.describe(), expect));
            return null;
        }
        if (cell.number() > MAX_ACTUAL) {
            issues.report(where(named), "%s is %s, more than the sheet allows; %s".formatted(what, cell.describe(), expect));
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
            return inputProblem(named, "%s holds %s; expected a number, the plan is recomputed from it".formatted(name, cell.describe()));
        }
        if (cell.date()) {
            return inputProblem(named, "%s holds a date (%s shown as a date); expected a number, the plan is recomputed from it"
                    .formatted(name, cell.describe()));
        }
        double value = cell.number();
        if (!(value >= min && value <= max) || whole && value != Math.rint(value)) {
            return inputProblem(named, "%s is %s; expected %s from %s to %s".formatted(name, cell.describe(),
                    whole ? "a whole number" : "a number", trim(min), trim(max)));
        }
        return value;
    }

    private double inputProblem(NamedCell named, String problem) {
        issues.error(where(named), problem);
        inputsOk = false;
        return 0;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? "%,d".formatted((long) value) : String.valueOf(value);
    }

    /** The cells of a name, or {@code null} (and the problem reported) when it is missing or does not fit. */
    private List<NamedCell> cells(String name, int size) {
        if (!sheet.names().containsKey(name)) {
            return nameProblem("the defined name %s is missing; funnelplan finds cells by their names, so restore it or use the workbook funnelplan wrote"
                    .formatted(name));
        }
        List<NamedCell> cells = sheet.names().get(name);
        if (cells == null) {
            String why = sheet.broken().getOrDefault(name, "no longer points to a cell (were its row or column deleted?)");
            return nameProblem("the defined name %s %s; restore it".formatted(name, why));
        }
        if (cells.size() != size) {
            return nameProblem("the defined name %s covers %d cells; expected %d (were cells inserted or deleted inside it?)"
                    .formatted(name, cells.size(), size));
        }
        return cells;
    }

    private List<NamedCell> nameProblem(String problem) {
        issues.error(sheetWhere(), problem);
        inputsOk = false;
        return null;
    }

    private String sheetWhere() {
        return workbook.file() + ", sheet " + sheet.sheet();
    }

    private String where(NamedCell cell) {
        return workbook.file() + ", sheet " + cell.sheet() + ", cell " + cell.address();
    }
}
