package org.funnelplan.workbook;

import java.util.List;

import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;

/**
 * The director's page: plan year, report month, the shared sales and marketing margin target, and
 * one row per rep with the team total on top.
 */
final class OverviewSheet {
    /** Plan to date counts January until a rep or director moves the report month on. */
    static final int DEFAULT_REPORT_MONTH = 1;

    private static final int PLAN_YEAR = 3;
    private static final int REPORT_MONTH = 4;
    private static final int SALES_TARGET = 5;
    private static final int MARKETING_TARGET = 6;
    private static final int ALIGNMENT = 7;
    private static final int PLANNED_MARGIN = 8;
    private static final int HEADER = 10;
    private static final int TOTAL = 11;
    private static final int FIRST_REP = 12;
    private static final int FIRST_VALUE_COL = 2;
    /** Alignment_OK: the two margin targets are equal to the cent. */
    private static final String ALIGNED = "ROUND(Sales_Margin_Target-Marketing_Margin_Target,2)=0";
    /** Columns of the rep table holding the sales margin target and the planned in-year margin. */
    private static final int MARGIN_TARGET_COL = FIRST_VALUE_COL + 2;
    private static final int PLANNED_MARGIN_COL = FIRST_VALUE_COL + 3;

    private final SheetWriter out;
    private final Plan plan;
    private final DefinedNames names;
    private final Labels words;

    OverviewSheet(SheetWriter out, Plan plan, DefinedNames names) {
        this.out = out;
        this.plan = plan;
        this.names = names;
        this.words = out.labels();
    }

    void write(List<String> repSheets) {
        out.text(0, 0, words.format("plan.title", plan.year()), Style.TITLE);
        out.text(1, 0, words.get("input.hint"), Style.SUBTITLE);
        writeSummary();
        writeRepTable(repSheets);
        out.sheet().createFreezePane(1, FIRST_REP);
        out.width(0, 30);
        for (int col = 1; col < FIRST_VALUE_COL + OverviewColumns.of(plan.stages(), words).size(); col++) {
            out.width(col, 13);
        }
        PrintPages.landscape(out, words.format("plan.title", plan.year()), false);
        out.flush();
    }

    private void writeSummary() {
        String total = Ref.abs(TOTAL, MARGIN_TARGET_COL);
        label(PLAN_YEAR, "overview.planYear");
        out.number(PLAN_YEAR, 1, plan.year(), Style.TEXT);
        workbookName("Plan_Year", PLAN_YEAR);

        label(REPORT_MONTH, "overview.reportMonth");
        out.number(REPORT_MONTH, 1, DEFAULT_REPORT_MONTH, Style.INPUT_MONTH);
        note(REPORT_MONTH, "overview.reportMonth.note");
        workbookName("Report_Month", REPORT_MONTH);
        InputValidation validation = new InputValidation(out);
        validation.month(REPORT_MONTH, 1);

        label(SALES_TARGET, "overview.salesTarget");
        out.formula(SALES_TARGET, 1, total, plan.salesMarginTarget(), Style.EURO);
        note(SALES_TARGET, "overview.salesTarget.note");
        workbookName("Sales_Margin_Target", SALES_TARGET);

        label(MARKETING_TARGET, "overview.marketingTarget");
        out.number(MARKETING_TARGET, 1, plan.salesMarginTarget(), Style.INPUT_EURO);
        note(MARKETING_TARGET, "overview.marketingTarget.note");
        workbookName("Marketing_Margin_Target", MARKETING_TARGET);
        validation.decimalAtLeastZero(MARKETING_TARGET, 1, 1);
        validation.apply();

        label(ALIGNMENT, "overview.aligned");
        out.formula(ALIGNMENT, 1, ALIGNED, true, Style.BOOLEAN);
        note(ALIGNMENT, "overview.aligned.note");
        workbookName("Alignment_OK", ALIGNMENT);
        highlightAlignment();

        label(PLANNED_MARGIN, "overview.plannedMargin");
        out.formula(PLANNED_MARGIN, 1, Ref.abs(TOTAL, PLANNED_MARGIN_COL), plan.teamInYearMargin(), Style.EURO);
    }

    /**
     * Green when aligned, red when not. The rules test the two targets, not the Alignment_OK cell:
     * LibreOffice 7.4 recalculates a formula cell with a cached TRUE/FALSE when it first paints it,
     * and a conditional format reading that cell then crashes its PDF export ("Unspecified
     * Application Error") unless the workbook was recalculated on load.
     */
    private void highlightAlignment() {
        String cell = Ref.rel(ALIGNMENT, 1);
        alignmentRule(cell, "NOT(" + ALIGNED + ")", Styles.Highlight.RED, 1);
        alignmentRule(cell, ALIGNED, Styles.Highlight.GREEN, 2);
    }

    private void alignmentRule(String cell, String formula, Styles.Highlight highlight, int priority) {
        CTConditionalFormatting formatting = out.sheet().getCTWorksheet().addNewConditionalFormatting();
        formatting.setSqref(List.of(cell));
        CTCfRule rule = formatting.addNewCfRule();
        rule.setType(STCfType.EXPRESSION);
        rule.setPriority(priority);
        rule.setDxfId(out.styles().highlight(highlight));
        rule.addFormula(formula);
    }

    private void writeRepTable(List<String> repSheets) {
        List<OverviewColumns> columns = OverviewColumns.of(plan.stages(), words);
        out.tallRow(HEADER);
        out.text(HEADER, 0, words.get("overview.rep"), Style.HEADER);
        out.text(HEADER, 1, words.get("overview.team"), Style.HEADER);
        out.text(TOTAL, 0, words.get("overview.teamTotal"), Style.TOTAL_LABEL);
        out.text(TOTAL, 1, "", Style.TOTAL_LABEL);
        int lastRep = FIRST_REP + plan.reps().size() - 1;
        for (int c = 0; c < columns.size(); c++) {
            OverviewColumns column = columns.get(c);
            int col = FIRST_VALUE_COL + c;
            out.text(HEADER, col, column.header(), Style.HEADER_RIGHT);
            if (column.totalStyle() == null) {
                out.text(TOTAL, col, "", Style.TOTAL_LABEL);
            } else {
                double sum = plan.reps().stream().mapToDouble(column.value()).sum();
                String formula = lastRep < FIRST_REP ? "0" : FormulaText.fill("SUM(%s:%s)", Ref.rel(FIRST_REP, col), Ref.rel(lastRep, col));
                out.formula(TOTAL, col, formula, sum, column.totalStyle());
            }
            if (column.total() != null) {
                workbookName(column.total(), TOTAL, col);
            }
        }
        for (int i = 0; i < plan.reps().size(); i++) {
            RepPlan rep = plan.reps().get(i);
            String sheet = repSheets.get(i);
            int row = FIRST_REP + i;
            out.formula(row, 0, link(sheet, RepSheetLayout.REP), rep.rep(), Style.LABEL);
            out.text(row, 1, rep.target().team(), Style.TEXT);
            for (int c = 0; c < columns.size(); c++) {
                OverviewColumns column = columns.get(c);
                out.formula(row, FIRST_VALUE_COL + c, Ref.onSheet(sheet, Ref.abs(column.cell()[0], column.cell()[1])),
                        column.value().applyAsDouble(rep), column.style());
            }
        }
    }

    private static String link(String sheet, int targetsRow) {
        return Ref.onSheet(sheet, Ref.abs(targetsRow, RepSheetLayout.VALUE));
    }

    private void label(int row, String key) {
        out.text(row, 0, words.get(key), Style.LABEL);
    }

    private void note(int row, String key) {
        out.text(row, 2, words.get(key), Style.NOTE);
    }

    private void workbookName(String name, int row) {
        workbookName(name, row, 1);
    }

    private void workbookName(String name, int row, int col) {
        names.workbookCell(name, out.name(), row, col);
    }
}
