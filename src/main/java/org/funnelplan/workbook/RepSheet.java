package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.streaming.SXSSFSheet;
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

    private final boolean charts;

    RepSheet(SheetWriter out, int sheetIndex, Plan plan, RepPlan rep, DefinedNames names, boolean charts) {
        this.charts = charts;
        this.out = out;
        this.sheetIndex = sheetIndex;
        this.plan = plan;
        this.rep = rep;
        this.names = names;
        this.layout = new RepSheetLayout(plan.stages().size());
        this.validation = new InputValidation(out.sheet());
    }

    void write(AssumptionsSheet assumptions) {
        out.text(TITLE, 0, "New-business plan %d — %s".formatted(plan.year(), rep.rep()), Style.TITLE);
        out.text(SUBTITLE, 0, Labels.INPUT_HINT, Style.SUBTITLE);
        writeTargets();
        new FunnelTable(out, plan, rep, layout, this::name, validation).write(assumptions);
        new MonthlyGrid(out, plan, rep, layout, this::name, validation).write();
        validation.apply();
        new ProgressHighlights(out.sheet().getSheetConditionalFormatting(), layout, plan.stages()).apply();
        if (charts) {
            new RepCharts(out.sheet().getWorkbook().getXSSFWorkbook().getSheet(out.name()), layout, plan.stages(), rep).write();
        }
        finishSheet();
        out.flush();
    }

    private void writeTargets() {
        var target = rep.target();
        label(REP, "Rep");
        out.text(REP, VALUE, rep.rep(), Style.LABEL);
        name("Rep_Name", REP, VALUE);
        label(TEAM, "Team");
        out.text(TEAM, VALUE, target.team(), Style.TEXT);

        label(NEW_CUSTOMERS, "New customers to win");
        out.number(NEW_CUSTOMERS, VALUE, target.newCustomers(), Style.INPUT_WHOLE);
        name("Target_NewCustomers", NEW_CUSTOMERS, VALUE);
        validation.wholeAtLeastZero(NEW_CUSTOMERS, VALUE, VALUE);

        label(AVG_MARGIN, "Gross margin per new customer");
        out.number(AVG_MARGIN, VALUE, target.avgMargin(), Style.INPUT_EURO);
        out.text(AVG_MARGIN, NOTE, "over the customer's first 12 months", Style.NOTE);
        name("Target_AvgMargin", AVG_MARGIN, VALUE);
        validation.decimalAtLeastZero(AVG_MARGIN, VALUE, VALUE);

        label(MARGIN_TARGET, "In-year gross margin target");
        out.number(MARGIN_TARGET, VALUE, rep.marginTarget(), Style.INPUT_EURO);
        if (target.marginTarget() == null) {
            out.text(MARGIN_TARGET, NOTE, "not in the targets file: set to the planned in-year margin", Style.NOTE);
        }
        name("Target_Margin", MARGIN_TARGET, VALUE);
        validation.decimalAtLeastZero(MARGIN_TARGET, VALUE, VALUE);

        label(PLAN_MARGIN, "Planned in-year gross margin");
        out.formula(PLAN_MARGIN, VALUE, FunnelFormulas.inYearMargin("Target_AvgMargin", "Plan_" + wonKey() + "_M"),
                rep.inYearMargin(), Style.EURO);
        out.text(PLAN_MARGIN, NOTE, "customers won late in the year earn little margin in it", Style.NOTE);
        name("Plan_InYearMargin", PLAN_MARGIN, VALUE);

        label(MARGIN_GAP, "Planned minus target");
        out.formula(MARGIN_GAP, VALUE, "Plan_InYearMargin-Target_Margin", rep.inYearMargin() - rep.marginTarget(), Style.EURO);

        label(START_MONTH, "Start month (1–12)");
        out.number(START_MONTH, VALUE, target.startMonth(), Style.INPUT_MONTH);
        validation.month(START_MONTH, VALUE);
        name("Input_StartMonth", START_MONTH, VALUE);
        label(RAMP_MONTHS, "Ramp-up months");
        out.number(RAMP_MONTHS, VALUE, target.rampMonths(), Style.INPUT_WHOLE);
        out.text(RAMP_MONTHS, NOTE, "months a new rep needs to reach full productivity (0: none)", Style.NOTE);
        validation.wholeAtLeastZero(RAMP_MONTHS, VALUE, VALUE);
        name("Input_RampMonths", RAMP_MONTHS, VALUE);
    }

    private String wonKey() {
        return plan.stages().won().key();
    }

    private void label(int row, String text) {
        out.text(row, 0, text, Style.LABEL);
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
        SXSSFSheet sheet = out.sheet();
        out.width(0, 30);
        out.width(VALUE, 12);
        for (int col = FIRST_MONTH; col <= LAST_MONTH; col++) {
            out.width(col, 10);
        }
        sheet.createFreezePane(1, FUNNEL_HEADER + 1);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.getHeader().setCenter("New-business plan %d — %s".formatted(plan.year(), rep.rep()));
        sheet.getFooter().setRight("Page &P of &N");
        // Protected without a password: inputs stay editable, formulas are safe from slips.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.enableLocking();
    }
}
