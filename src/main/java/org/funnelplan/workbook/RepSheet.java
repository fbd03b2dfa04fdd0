package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.TextWidth;

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

    /** The rate source wraps in a column this wide, December's. */
    private static final int SOURCE_WIDTH = 14;

    private final boolean charts;
    private final boolean ownWorkbook;

    /**
     * @param ownWorkbook the rep's own workbook (--per-rep): this sheet holds the Report_Month input,
     *                    which in the master sits on the overview
     */
    RepSheet(SheetWriter out, int sheetIndex, Plan plan, RepPlan rep, DefinedNames names, boolean charts, boolean ownWorkbook) {
        this.charts = charts;
        this.ownWorkbook = ownWorkbook;
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
        widths();
        out.paragraph(SUBTITLE, 0, LAST_FUNNEL_COLUMN, words.get("input.hint"), Style.SUBTITLE);
        writeReportMonth();
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

    /** The month "to date" runs to, where the rep sees it: a rep types it here in their own workbook. */
    private void writeReportMonth() {
        label(REPORT_MONTH, "overview.reportMonth");
        if (ownWorkbook) {
            out.number(REPORT_MONTH, VALUE, OverviewSheet.DEFAULT_REPORT_MONTH, Style.INPUT_MONTH);
            validation.month(REPORT_MONTH, VALUE);
            names.workbookCell(PlanNames.REPORT_MONTH, out.name(), REPORT_MONTH, VALUE);
            out.text(REPORT_MONTH, NOTE, words.get("rep.reportMonth.note"), Style.NOTE);
        } else {
            out.formula(REPORT_MONTH, VALUE, PlanNames.REPORT_MONTH, OverviewSheet.DEFAULT_REPORT_MONTH, Style.WHOLE);
            out.text(REPORT_MONTH, NOTE, words.get("rep.reportMonth.overview"), Style.NOTE);
        }
    }

    private void writeTargets() {
        var target = rep.target();
        label(REP, "rep.rep");
        out.text(REP, VALUE, rep.rep(), Style.LABEL);
        name(PlanNames.REP_NAME, REP, VALUE);
        label(TEAM, "rep.team");
        out.text(TEAM, VALUE, target.team(), Style.TEXT);

        label(NEW_CUSTOMERS, "rep.newCustomers");
        out.number(NEW_CUSTOMERS, VALUE, target.newCustomers(), Style.INPUT_WHOLE);
        name(PlanNames.TARGET_NEW_CUSTOMERS, NEW_CUSTOMERS, VALUE);
        validation.wholeAtLeastZero(NEW_CUSTOMERS, VALUE, VALUE);

        label(AVG_MARGIN, "rep.avgMargin");
        out.number(AVG_MARGIN, VALUE, target.avgMargin(), Style.INPUT_EURO);
        out.text(AVG_MARGIN, NOTE, words.get("rep.avgMargin.note"), Style.NOTE);
        name(PlanNames.TARGET_AVG_MARGIN, AVG_MARGIN, VALUE);
        validation.decimalAtLeastZero(AVG_MARGIN, VALUE, VALUE);

        label(MARGIN_TARGET, "rep.marginTarget");
        out.number(MARGIN_TARGET, VALUE, rep.marginTarget(), Style.INPUT_EURO);
        if (target.marginTarget() == null) {
            out.text(MARGIN_TARGET, NOTE, words.get("rep.marginTarget.defaulted"), Style.NOTE);
        }
        name(PlanNames.TARGET_MARGIN, MARGIN_TARGET, VALUE);
        validation.decimalAtLeastZero(MARGIN_TARGET, VALUE, VALUE);

        label(PLAN_MARGIN, "rep.plannedMargin");
        out.formula(PLAN_MARGIN, VALUE, FunnelFormulas.inYearMargin(PlanNames.TARGET_AVG_MARGIN, PlanNames.planMonths(wonKey())),
                rep.inYearMargin(), Style.EURO);
        out.text(PLAN_MARGIN, NOTE, words.get("rep.plannedMargin.note"), Style.NOTE);
        name(PlanNames.PLAN_IN_YEAR_MARGIN, PLAN_MARGIN, VALUE);

        label(MARGIN_GAP, "rep.marginGap");
        out.formula(MARGIN_GAP, VALUE, PlanNames.PLAN_IN_YEAR_MARGIN + "-" + PlanNames.TARGET_MARGIN, rep.inYearMargin() - rep.marginTarget(), Style.EURO);

        label(START_MONTH, "rep.startMonth");
        out.number(START_MONTH, VALUE, target.startMonth(), Style.INPUT_MONTH);
        out.text(START_MONTH, NOTE, words.get("rep.startMonth.note"), Style.NOTE);
        validation.month(START_MONTH, VALUE);
        name(PlanNames.INPUT_START_MONTH, START_MONTH, VALUE);
        label(RAMP_MONTHS, "rep.rampMonths");
        out.number(RAMP_MONTHS, VALUE, target.rampMonths(), Style.INPUT_WHOLE);
        out.text(RAMP_MONTHS, NOTE, words.get("rep.rampMonths.note"), Style.NOTE);
        validation.wholeAtLeastZero(RAMP_MONTHS, VALUE, VALUE);
        name(PlanNames.INPUT_RAMP_MONTHS, RAMP_MONTHS, VALUE);
        out.paragraph(PIPELINE_NOTE, 0, LAST_FUNNEL_COLUMN, words.get("rep.pipeline.note"), Style.NOTE_WRAPPED);
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
        sheet.createFreezePane(1, FUNNEL_HEADER + 1);
        // Page 1 the targets and the funnel, page 2 the months and the charts, each under the sheet's title.
        PrintPages.of(out, words.format("plan.repTitle", plan.year(), rep.rep()))
                .titleRows(TITLE, TITLE)
                .labelColumns(1)
                .columns(LAST_FUNNEL_COLUMN + 1, 0)
                .breakBeforeRow(layout.phasingNote())
                .apply(names);
        // Protected without a password: inputs stay editable, formulas are safe from slips. A rep may
        // insert rows and columns for notes of their own; the formulas around them stay locked.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockInsertColumns(false);
        sheet.enableLocking();
    }

    /**
     * Columns as wide as their headings' longest words, so no heading breaks inside a word: column A
     * takes the labels, B the owner and the values, C..N the funnel's headings and the months.
     */
    private void widths() {
        String[] headings = words.list("funnel.headers");
        String[] months = words.months();
        List<String> labels = new ArrayList<>();
        for (String key : List.of("overview.reportMonth", "rep.rep", "rep.team", "rep.newCustomers", "rep.avgMargin",
                "rep.marginTarget", "rep.plannedMargin", "rep.marginGap", "rep.startMonth", "rep.rampMonths",
                "months.seasonality", "months.ramp", "months.weight")) {
            labels.add(words.get(key));
        }
        for (int s = 0; s < plan.stages().size(); s++) {
            labels.add(words.format("months.plan", plan.stages().get(s).name()));
            labels.add(words.format("months.actual", plan.stages().get(s).name()));
        }
        out.width(0, TextWidth.labels(TextWidth.heading(headings[STAGE]), labels.toArray(String[]::new)));
        out.width(VALUE, TextWidth.headings(11, headings[OWNER], words.get("months.year")));
        for (int col = FIRST_MONTH; col <= LAST_MONTH; col++) {
            out.width(col, TextWidth.headings(col == RATE_SOURCE ? SOURCE_WIDTH : 9, headings[col], months[col - FIRST_MONTH]));
        }
    }
}
