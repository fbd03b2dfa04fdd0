package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.List;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;
import org.funnelplan.xlsx.TextWidth;

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
    private static final int FIRST_VALUE_COL = 2;
    /** Alignment_OK: the two margin targets are equal to the cent. */
    private static final String ALIGNED = "ROUND(" + PlanNames.SALES_MARGIN_TARGET + "-" + PlanNames.MARKETING_MARGIN_TARGET + ",2)=0";
    /** Columns of the rep table holding the sales margin target and the planned in-year margin. */
    private static final int MARGIN_TARGET_COL = FIRST_VALUE_COL + 2;
    private static final int PLANNED_MARGIN_COL = FIRST_VALUE_COL + 3;
    /** Longer rep and team names are cut off on screen rather than pushing the figures off the page. */
    private static final int MAX_LABEL_WIDTH = 40;
    private static final int MAX_TEAM_WIDTH = 24;

    private final SheetWriter out;
    private final Plan plan;
    private final DefinedNames names;
    private final Labels words;
    private final boolean repsOwn;
    private final List<OverviewColumns> columns;
    /** The team rows under the team total; none in a rep's own workbook, where the rep is the team. */
    private final TeamRows teams;
    private final int firstRep;

    /** @param repsOwn a rep's own workbook: the report month is typed on the rep's sheet, not here */
    OverviewSheet(SheetWriter out, Plan plan, DefinedNames names, boolean repsOwn) {
        this.out = out;
        this.plan = plan;
        this.names = names;
        this.words = out.labels();
        this.repsOwn = repsOwn;
        this.columns = OverviewColumns.of(plan.stages(), words);
        this.teams = new TeamRows(out, plan, columns, TOTAL + 1, FIRST_VALUE_COL, !repsOwn);
        this.firstRep = TOTAL + 1 + teams.count();
    }

    void write(List<String> repSheets) {
        widths();
        out.text(0, 0, words.format("plan.title", plan.year()), Style.TITLE);
        // Across the rep and team columns only, which every page repeats: cut off nowhere.
        out.paragraph(1, 0, FIRST_VALUE_COL - 1, words.get("input.hint"), Style.SUBTITLE);
        writeSummary(repSheets);
        writeTotals();
        int lastRep = firstRep + plan.reps().size() - 1;
        // Top to bottom: rows above the last 200 written are on disk already (a 1,000-rep team).
        teams.write(firstRep, Math.max(firstRep, lastRep));
        writeRepRows(repSheets);
        int chartRow = lastRep + 2;
        teams.chart(chartRow, out.sheet().getWorkbook().getSheetIndex(out.sheet()), column("overview.wonPlanToDate"),
                column("overview.wonActualToDate"));
        out.sheet().createFreezePane(1, TOTAL + 1);
        PrintPages pages = PrintPages.of(out, words.format("plan.title", plan.year()))
                .titleRows(0, HEADER)
                .labelColumns(FIRST_VALUE_COL)
                .columns(FIRST_VALUE_COL + columns.size(), 0);
        // Cut between the targets, the to-date figures and each stage's three columns, never inside them.
        int wonPlan = column("overview.wonPlanToDate");
        pages.keepTogether(FIRST_VALUE_COL, wonPlan - 1).keepTogether(wonPlan, wonPlan + 3);
        for (int col = wonPlan + 4; col < FIRST_VALUE_COL + columns.size(); col += 3) {
            pages.keepTogether(col, Math.min(col + 2, FIRST_VALUE_COL + columns.size() - 1));
        }
        if (teams.count() > 0) {
            pages.breakBeforeRow(chartRow); // the chart on a page of its own, whole
        }
        pages.apply(names);
        out.flush();
    }

    /** Rep names and the summary's labels fit in A, team names in B, every heading's longest word in its column. */
    private void widths() {
        List<String> labels = new ArrayList<>(List.of(words.get("overview.teamTotal"), words.get("overview.noTeam")));
        for (String key : List.of("overview.planYear", "overview.reportMonth", "overview.salesTarget", "overview.marketingTarget",
                "overview.aligned", "overview.plannedMargin")) {
            labels.add(words.get(key));
        }
        List<String> teamNames = new ArrayList<>(List.of(words.get("overview.teamSubtotal")));
        for (RepPlan rep : plan.reps()) {
            labels.add(rep.rep());
            teamNames.add(rep.target().team());
        }
        out.width(0, Math.min(MAX_LABEL_WIDTH, TextWidth.labels(TextWidth.heading(words.get("overview.rep")), labels.toArray(String[]::new))));
        out.width(1, Math.min(MAX_TEAM_WIDTH, TextWidth.labels(TextWidth.heading(words.get("overview.team")), teamNames.toArray(String[]::new))));
        for (int c = 0; c < columns.size(); c++) {
            out.width(FIRST_VALUE_COL + c, TextWidth.headings(11, columns.get(c).header()));
        }
    }

    private int column(String key) {
        String header = words.get(key);
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).header().equals(header)) {
                return FIRST_VALUE_COL + c;
            }
        }
        throw new IllegalStateException("no overview column " + header);
    }

    private void writeSummary(List<String> repSheets) {
        String total = Ref.abs(TOTAL, MARGIN_TARGET_COL);
        label(PLAN_YEAR, "overview.planYear");
        out.number(PLAN_YEAR, 1, plan.year(), Style.TEXT);
        workbookName(PlanNames.PLAN_YEAR, PLAN_YEAR);

        label(REPORT_MONTH, "overview.reportMonth");
        InputValidation validation = new InputValidation(out);
        if (repsOwn) {
            out.formula(REPORT_MONTH, 1, PlanNames.REPORT_MONTH, DEFAULT_REPORT_MONTH, Style.WHOLE);
            out.text(REPORT_MONTH, 2, words.format("overview.reportMonth.onRepSheet", repSheets.get(0)), Style.NOTE);
        } else {
            out.number(REPORT_MONTH, 1, DEFAULT_REPORT_MONTH, Style.INPUT_MONTH);
            note(REPORT_MONTH, "overview.reportMonth.note");
            workbookName(PlanNames.REPORT_MONTH, REPORT_MONTH);
            validation.month(REPORT_MONTH, 1);
        }

        label(SALES_TARGET, "overview.salesTarget");
        out.formula(SALES_TARGET, 1, total, plan.salesMarginTarget(), Style.EURO);
        note(SALES_TARGET, "overview.salesTarget.note");
        workbookName(PlanNames.SALES_MARGIN_TARGET, SALES_TARGET);

        label(MARKETING_TARGET, "overview.marketingTarget");
        out.number(MARKETING_TARGET, 1, plan.salesMarginTarget(), Style.INPUT_EURO);
        note(MARKETING_TARGET, "overview.marketingTarget.note");
        workbookName(PlanNames.MARKETING_MARGIN_TARGET, MARKETING_TARGET);
        validation.decimalAtLeastZero(MARKETING_TARGET, 1, 1);
        validation.apply();

        label(ALIGNMENT, "overview.aligned");
        out.formula(ALIGNMENT, 1, ALIGNED, true, Style.BOOLEAN);
        // A live note: what TRUE or FALSE means, and what to do about FALSE.
        out.formula(ALIGNMENT, 2, FormulaText.fill("IF(%s,%s,%s)", PlanNames.ALIGNMENT_OK, quoted(words.get("overview.aligned.yes")),
                quoted(words.get("overview.aligned.no"))), words.get("overview.aligned.yes"), Style.NOTE);
        workbookName(PlanNames.ALIGNMENT_OK, ALIGNMENT);
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

    /** The heading row and the team total above the team and rep rows. */
    private void writeTotals() {
        List<String> headings = new ArrayList<>(List.of(words.get("overview.rep"), words.get("overview.team")));
        columns.forEach(column -> headings.add(column.header()));
        out.headingRow(HEADER, 0, headings.toArray(String[]::new));
        out.text(HEADER, 0, words.get("overview.rep"), Style.HEADER);
        out.text(HEADER, 1, words.get("overview.team"), Style.HEADER);
        out.text(TOTAL, 0, words.get("overview.teamTotal"), Style.TOTAL_LABEL);
        out.text(TOTAL, 1, "", Style.TOTAL_LABEL);
        int lastRep = firstRep + plan.reps().size() - 1;
        for (int c = 0; c < columns.size(); c++) {
            OverviewColumns column = columns.get(c);
            int col = FIRST_VALUE_COL + c;
            out.text(HEADER, col, column.header(), Style.HEADER_RIGHT);
            if (column.totalStyle() == null) {
                out.text(TOTAL, col, "", Style.TOTAL_LABEL);
            } else {
                double sum = plan.reps().stream().mapToDouble(column.value()).sum();
                String formula = lastRep < firstRep ? "0" : FormulaText.fill("SUM(%s:%s)", Ref.rel(firstRep, col), Ref.rel(lastRep, col));
                out.formula(TOTAL, col, formula, sum, column.totalStyle());
            }
            if (column.total() != null) {
                workbookName(column.total(), TOTAL, col);
            }
        }
    }

    private void writeRepRows(List<String> repSheets) {
        for (int i = 0; i < plan.reps().size(); i++) {
            RepPlan rep = plan.reps().get(i);
            String sheet = repSheets.get(i);
            int row = firstRep + i;
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

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
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
