package org.funnelplan.actuals;

import java.util.List;

import org.funnelplan.actuals.FilledWorkbook.NamedCell;
import org.funnelplan.actuals.FilledWorkbook.RepSheetCells;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.RepTarget;

/**
 * Turns one rep sheet's named cells into the rep's plan and actuals: the plan is recomputed with
 * the Java model from the sheet's own inputs (targets, rates, days, seasonality, start and ramp),
 * and every actual cell is checked (a whole number of 0 or more, typed, not a formula, not shown
 * as a date).
 */
final class RepSheetInputs {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final FilledWorkbook workbook;
    private final RepSheetCells sheet;
    private final CellIssues issues;

    private RepSheetInputs(FilledWorkbook workbook, RepSheetCells sheet, CellIssues issues) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.issues = issues;
    }

    static RepActuals read(FilledWorkbook workbook, RepSheetCells sheet, CellIssues issues) {
        return new RepSheetInputs(workbook, sheet, issues).read();
    }

    private RepActuals read() {
        FunnelStages stages = workbook.stages();
        cells("Rep_Name", 1);
        int newCustomers = (int) number("Target_NewCustomers", 0, 1_000_000, true);
        double avgMargin = number("Target_AvgMargin", 0, Double.MAX_VALUE, false);
        double marginTarget = number("Target_Margin", 0, Double.MAX_VALUE, false);
        int start = (int) number("Input_StartMonth", 1, 12, true);
        int ramp = (int) number("Input_RampMonths", 0, 120, true);
        double[] rates = new double[stages.wonIndex()];
        double[] days = new double[stages.size()];
        for (int s = 0; s < stages.wonIndex(); s++) {
            rates[s] = number("Rate_" + stages.get(s).key(), 0, 1, false);
            days[s] = number("Input_AvgDays_" + stages.get(s).key(), 0, 100_000, false);
        }
        double[] seasonality = new double[12];
        List<NamedCell> season = cells("Input_Seasonality_M", 12);
        for (int m = 0; m < 12; m++) {
            seasonality[m] = value(season.get(m), "Input_Seasonality_M", 0, Double.MAX_VALUE, false, true);
        }
        RepTarget target = new RepTarget(sheet.rep(), newCustomers, avgMargin, marginTarget, "", start, ramp);
        RepPlan plan = FunnelPlanner.planRep(sheetWhere(), stages, target, rates, days, seasonality);

        Double[][] actual = new Double[stages.size()][12];
        for (int s = 0; s < stages.size(); s++) {
            String name = "Actual_" + stages.get(s).key() + "_M";
            List<NamedCell> row = cells(name, 12);
            for (int m = 0; m < 12; m++) {
                actual[s][m] = actual(row.get(m), stages.get(s).name(), m);
            }
        }
        PlanCheck.compare(sheetWhere(), sheet, plan, stages, issues);
        return new RepActuals(workbook.file(), sheet.sheet(), plan, actual);
    }

    private Double actual(NamedCell named, String stage, int month) {
        RawCell cell = named.cell();
        if (cell.isEmpty() && !cell.formula()) {
            return null;
        }
        String what = "the actual '%s' of %s".formatted(stage, MONTHS[month]);
        String expect = "type a whole number of 0 or more, or leave it empty";
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
        return cell.number();
    }

    private double number(String name, double min, double max, boolean whole) {
        return value(cells(name, 1).get(0), name, min, max, whole, false);
    }

    /** A plan input: a number in range; a formula is fine (its cached result counts). */
    private double value(NamedCell named, String name, double min, double max, boolean whole, boolean blankIsZero) {
        RawCell cell = named.cell();
        if (cell.kind() == RawCell.Kind.BLANK && blankIsZero) {
            return 0;
        }
        if (cell.kind() != RawCell.Kind.NUMBER) {
            throw new InputException(where(named), "%s holds %s; expected a number, the plan is recomputed from it"
                    .formatted(name, cell.describe()));
        }
        if (cell.date()) {
            throw new InputException(where(named), "%s holds a date (%s shown as a date); expected a number, the plan is recomputed from it"
                    .formatted(name, cell.describe()));
        }
        double value = cell.number();
        if (value < min || value > max || whole && value != Math.rint(value)) {
            throw new InputException(where(named), "%s is %s; expected %s from %s%s".formatted(name, cell.describe(),
                    whole ? "a whole number" : "a number", trim(min),
                    max < 1e9 ? " to " + trim(max) : " on"));
        }
        return value;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private List<NamedCell> cells(String name, int size) {
        if (!sheet.names().containsKey(name)) {
            throw new InputException(sheetWhere(), "the defined name %s is missing; funnelplan finds cells by their names, so restore it or use the workbook funnelplan wrote"
                    .formatted(name));
        }
        List<NamedCell> cells = sheet.names().get(name);
        if (cells == null) {
            throw new InputException(sheetWhere(), "the defined name %s no longer points to a cell (were its row or column deleted?); restore it"
                    .formatted(name));
        }
        if (cells.size() != size) {
            throw new InputException(sheetWhere(), "the defined name %s covers %d cells; expected %d (were cells inserted or deleted inside it?)"
                    .formatted(name, cells.size(), size));
        }
        return cells;
    }

    private String sheetWhere() {
        return workbook.file() + ", sheet " + sheet.sheet();
    }

    private String where(NamedCell cell) {
        return workbook.file() + ", sheet " + cell.sheet() + ", cell " + cell.address();
    }
}
