package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;

/**
 * One rep's funnel sheet: the targets block, the funnel table and the monthly grid, with the
 * sheet-scoped defined names, input validation and protection.
 */
final class RepSheet {
    private final SheetWriter out;
    private final int sheetIndex;
    private final Plan plan;
    private final RepPlan rep;
    private final DefinedNames names;
    private final RepSheetLayout layout;
    private final InputValidation validation;
    private final Labels words;

    private final boolean charts;

    RepSheet(SheetWriter out, int sheetIndex, Plan plan, RepPlan rep, DefinedNames names, boolean charts) {
        this.charts = charts;
        this.out = out;
        this.sheetIndex = sheetIndex;
        this.plan = plan;
        this.rep = rep;
        this.names = names;
        this.layout = new RepSheetLayout(plan.stages().size());
        this.validation = new InputValidation(out);
        this.words = out.labels();
    }

    void write(AssumptionsSheet assumptions) {
        out.text(TITLE, 0, words.format("plan.repTitle", plan.year(), rep.rep()), Style.TITLE);
        out.text(SUBTITLE, 0, words.get("input.hint"), Style.SUBTITLE);
        writeTargets();
        new FunnelTable(out, plan, rep, layout, this::name, validation).write(assumptions);
        new MonthlyGrid(out, plan, rep, layout, this::name, validation).write();
        validation.apply();
        new ProgressHighlights(out.sheet(), out.styles(), layout, plan.stages()).apply();
        if (charts) {
            new RepCharts(out.sheet(), sheetIndex, layout, plan.stages(), rep, words).write();
        }
        finishSheet();
        out.flush();
    }

    private void writeTargets() {
        var target = rep.target();
        label(REP, "rep.rep");
        out.text(REP, VALUE, rep.rep(), Style.LABEL);
        name("Rep_Name", REP, VALUE);
        label(TEAM, "rep.team");
        out.text(TEAM, VALUE, target.team(), Style.TEXT);

        label(NEW_CUSTOMERS, "rep.newCustomers");
        out.number(NEW_CUSTOMERS, VALUE, target.newCustomers(), Style.INPUT_WHOLE);
        name("Target_NewCustomers", NEW_CUSTOMERS, VALUE);
        validation.wholeAtLeastZero(NEW_CUSTOMERS, VALUE, VALUE);

        label(AVG_MARGIN, "rep.avgMargin");
        out.number(AVG_MARGIN, VALUE, target.avgMargin(), Style.INPUT_EURO);
        out.text(AVG_MARGIN, NOTE, words.get("rep.avgMargin.note"), Style.NOTE);
        name("Target_AvgMargin", AVG_MARGIN, VALUE);
        validation.decimalAtLeastZero(AVG_MARGIN, VALUE, VALUE);

        label(MARGIN_TARGET, "rep.marginTarget");
        out.number(MARGIN_TARGET, VALUE, rep.marginTarget(), Style.INPUT_EURO);
        if (target.marginTarget() == null) {
            out.text(MARGIN_TARGET, NOTE, words.get("rep.marginTarget.defaulted"), Style.NOTE);
        }
        name("Target_Margin", MARGIN_TARGET, VALUE);
        validation.decimalAtLeastZero(MARGIN_TARGET, VALUE, VALUE);

        label(PLAN_MARGIN, "rep.plannedMargin");
        out.formula(PLAN_MARGIN, VALUE, FunnelFormulas.inYearMargin("Target_AvgMargin", "Plan_" + wonKey() + "_M"),
                rep.inYearMargin(), Style.EURO);
        out.text(PLAN_MARGIN, NOTE, words.get("rep.plannedMargin.note"), Style.NOTE);
        name("Plan_InYearMargin", PLAN_MARGIN, VALUE);

        label(MARGIN_GAP, "rep.marginGap");
        out.formula(MARGIN_GAP, VALUE, "Plan_InYearMargin-Target_Margin", rep.inYearMargin() - rep.marginTarget(), Style.EURO);

        label(START_MONTH, "rep.startMonth");
        out.number(START_MONTH, VALUE, target.startMonth(), Style.INPUT_MONTH);
        out.text(START_MONTH, NOTE, words.get("rep.startMonth.note"), Style.NOTE);
        validation.month(START_MONTH, VALUE);
        name("Input_StartMonth", START_MONTH, VALUE);
        label(RAMP_MONTHS, "rep.rampMonths");
        out.number(RAMP_MONTHS, VALUE, target.rampMonths(), Style.INPUT_WHOLE);
        out.text(RAMP_MONTHS, NOTE, words.get("rep.rampMonths.note"), Style.NOTE);
        validation.wholeAtLeastZero(RAMP_MONTHS, VALUE, VALUE);
        name("Input_RampMonths", RAMP_MONTHS, VALUE);
        out.text(PIPELINE_NOTE, 0, words.get("rep.pipeline.note"), Style.NOTE);
    }

    private String wonKey() {
        return plan.stages().won().key();
    }

    private void label(int row, String key) {
        out.text(row, 0, words.get(key), Style.LABEL);
    }

    private void name(String name, int row, int col) {
        name(name, row, col, col);
    }

    private void name(String name, int row, int firstCol, int lastCol) {
        if (firstCol == lastCol) {
            names.sheetCell(sheetIndex, out.name(), name, row, firstCol);
        } else {
            names.sheetRow(sheetIndex, out.name(), name, row, firstCol, lastCol);
        }
    }

    /** Sheet-scoped name registration handed to the blocks. */
    interface Namer {
        void name(String name, int row, int firstCol, int lastCol);

        default void name(String name, int row, int col) {
            name(name, row, col, col);
        }
    }

    private void finishSheet() {
        XSSFSheet sheet = out.sheet();
        out.width(0, 30);
        out.width(VALUE, 12);
        for (int col = FIRST_MONTH; col <= LAST_MONTH; col++) {
            out.width(col, 10);
        }
        sheet.createFreezePane(1, FUNNEL_HEADER + 1);
        PrintPages.landscape(out, words.format("plan.repTitle", plan.year(), rep.rep()), true);
        // Protected without a password: inputs stay editable, formulas are safe from slips.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }
}
