package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.funnelplan.contract.Capacity;
import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.RepPlan;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;
import org.funnelplan.xlsx.TextWidth;

/**
 * Marketing's lead sheet: the key figures (Lead_Rate, Leads_Needed, Leads_Available, Leads_Gap),
 * the hand-over agreement, live counts by status and by source, the leads needed per month, and
 * then the leads themselves as a streamed table.
 */
final class LeadSheet {
    static final int LEAD_RATE = 3;
    static final int NEEDED = 4;
    static final int AVAILABLE = 5;
    static final int GAP = 6;
    static final int SHARED_TARGET = 7;
    static final int ALIGNED = 8;
    static final int AGREEMENT = 10;
    static final int STATUS_HEADER = AGREEMENT + 6;
    static final int FIRST_STATUS = STATUS_HEADER + 1;
    static final int STATUS_TOTAL = FIRST_STATUS + LeadStatus.values().length;
    static final int SOURCE_HEADER = STATUS_TOTAL + 2;
    static final int FIRST_SOURCE = SOURCE_HEADER + 1;
    /** More sources than this are added up in one row: the summary must stay a summary. */
    static final int MAX_SOURCES = 20;
    static final int VALUE = 1;
    static final int COUNT = 2;
    /** Reps whose monthly lead rows are shown; larger teams get them folded away. */
    private static final int SHOWN_REP_ROWS = 20;
    private static final int MONTH_NOTE_ROWS = 3;
    /** The months block's columns: the label, the pipeline at start, twelve months and the leads needed. */
    static final int MONTH_BLOCK_COLUMNS = 15;

    private final SheetWriter out;
    private final MarketingPlan marketing;
    private final DefinedNames names;
    private final List<String> sources;
    private final Map<String, Long> bySource;
    private final boolean otherSources;

    LeadSheet(SheetWriter out, MarketingPlan marketing, DefinedNames names) {
        this.out = out;
        this.marketing = marketing;
        this.names = names;
        this.bySource = marketing.countBySource();
        List<String> all = new ArrayList<>(bySource.keySet());
        this.otherSources = all.size() > MAX_SOURCES;
        this.sources = otherSources ? all.subList(0, MAX_SOURCES) : all;
    }

    int sourceTotal() {
        return FIRST_SOURCE + sources.size() + (otherSources ? 1 : 0);
    }

    /** The months block's own title, to the right of the lead columns (a page of its own when printed). */
    int monthTitle() {
        return sourceTotal() + 2;
    }

    int monthHeader() {
        return monthTitle() + 1;
    }

    /** The row with the team's leads needed per month (only when the lead stage has avg_days). */
    int monthTotal() {
        return monthHeader() + 1;
    }

    int tableHeader() {
        return marketing.leadStageHasDays() ? monthTotal() + marketing.plan().reps().size() + 1 + MONTH_NOTE_ROWS + 1
                : monthHeader() + 2;
    }

    /** The note under the months block, a sentence a row (the last row takes the rest): one line would run past the printed page. */
    private String[] monthNotes() {
        String key = marketing.plan().reps().size() > SHOWN_REP_ROWS ? "leads.byMonth.folded" : "leads.byMonth.note";
        return out.labels().get(key).split("(?<=\\.) ", MONTH_NOTE_ROWS);
    }

    void write(AssumptionsSheet assumptions, List<String> repSheets) {
        LeadTable table = new LeadTable(out, marketing.leads(), tableHeader());
        out.widths(widths());
        out.text(0, 0, out.labels().get("leads.title"), Style.TITLE);
        out.paragraph(1, 0, lastLeadColumn(), out.labels().get("leads.subtitle"), Style.SUBTITLE);
        keyFigures(assumptions);
        agreement();
        statuses(table);
        sources(table);
        months(repSheets);
        table.write();
        // Three parts, each on pages of its own: the summary, the months block, the lead list.
        int leadColumns = lastLeadColumn() + 1;
        double leadWidth = 0;
        for (int col = 0; col < leadColumns; col++) {
            leadWidth += out.sheet().getColumnWidth(col) / 256.0;
        }
        PrintPages pages = PrintPages.of(out, out.labels().format("plan.title", marketing.plan().year()))
                .titleRows(0, 0)
                .columns(monthsNeeded() + 1, 0)
                .keepTogether(monthsLabel(), monthsNeeded());
        if (leadWidth <= PrintPages.unitsAcross()) {
            pages.keepTogether(0, leadColumns); // with the empty column after it
        } else {
            pages.labelColumns(1); // a lead list too wide for a page is cut across pages, each with the ids
        }
        if (marketing.leadStageHasDays()) {
            pages.area(0, monthTitle() - 1, 0, leadColumns - 1)
                    .area(monthTitle(), tableHeader() - 2, monthsLabel(), monthsNeeded());
        } else {
            pages.area(0, monthTitle(), 0, leadColumns - 1);
        }
        pages.area(tableHeader(), table.lastRow(), 0, leadColumns - 1).apply(names);
        out.flush();
    }

    /** Widest the lead table's columns get: longer organisations and campaigns are cut off on screen, not pushed off the page. */
    private static final int[] MAX_LEAD_WIDTHS = {18, 28, 18, 14, 11, 16, 24, 18, 11};
    private static final int MAX_EXTRA_WIDTH = 13;

    /** Every column's width, set in one pass: the lead columns', then the months block's. */
    private int[] widths() {
        int[] widths = new int[monthsNeeded() + 1]; // the block ends at or after the lead list
        leadWidths(widths);
        monthWidths(widths);
        return widths;
    }

    /**
     * The lead columns as wide as what they hold, up to a limit, so the lead list fits across a page;
     * column A also holds the summary's labels, column B its values.
     */
    private void leadWidths(int[] widths) {
        Labels words = out.labels();
        String[] headers = words.list("leads.columns");
        int extras = marketing.leads().extraColumns().size();
        String[] names = new String[headers.length + extras];
        for (int col = 0; col < names.length; col++) {
            names[col] = col < headers.length ? headers[col] : marketing.leads().extraColumns().get(col - headers.length);
        }
        String[] longest = names.clone();
        for (var lead : marketing.leads().all()) {
            String[] values = {lead.id(), lead.organisation(), lead.source(), lead.segment(), lead.status().code(), lead.owner(),
                lead.campaign(), lead.nextStep(), lead.nextDate()};
            for (int col = 0; col < longest.length; col++) {
                String value = col < values.length ? values[col] : lead.extra().get(col - values.length);
                if (value.length() > longest[col].length()) {
                    longest[col] = value;
                }
            }
        }
        List<String> summary = new ArrayList<>();
        for (String key : List.of("leads.rate", "leads.needed", "leads.available", "leads.gap", "leads.sharedTarget", "leads.aligned",
                "leads.status", "leads.total")) {
            summary.add(words.get(key));
        }
        LeadStatus.byOwner().forEach(status -> summary.add(status.code()));
        for (int col = 0; col < longest.length; col++) {
            int max = col < MAX_LEAD_WIDTHS.length ? MAX_LEAD_WIDTHS[col] : MAX_EXTRA_WIDTH;
            int width = Math.min(max, TextWidth.labels(TextWidth.heading(names[col]), longest[col]));
            if (col == 0) {
                width = Math.max(width, TextWidth.labels(width, summary.toArray(String[]::new)));
            } else if (col == VALUE) {
                width = Math.max(width, 12); // € 190,000
            }
            widths[col] = width;
        }
    }

    /**
     * The months block has columns of its own, right of the lead table's: the lead columns are as
     * wide as organisations and campaigns, the twelve months are even. Over the last lead columns,
     * where a lead list reaching Excel's last columns leaves the block no room of its own, the
     * months' widths win.
     */
    private void monthWidths(int[] widths) {
        Labels words = out.labels();
        List<String> labels = new ArrayList<>(List.of(words.get("leads.total")));
        marketing.plan().reps().forEach(rep -> labels.add(rep.rep()));
        if (monthsLabel() - 1 > lastLeadColumn()) {
            widths[monthsLabel() - 1] = 3;
        }
        widths[monthsLabel()] = Math.min(40, TextWidth.labels(TextWidth.heading(words.get("leads.byMonth")), labels.toArray(String[]::new)));
        int month = TextWidth.headings(9, words.months());
        widths[monthsPipeline()] = TextWidth.headings(month, words.get("leads.pipelineAtStart"));
        for (int m = 1; m <= 12; m++) {
            widths[monthColumn(m)] = month;
        }
        widths[monthsNeeded()] = TextWidth.headings(month, words.get("leads.neededColumn"));
    }

    private void keyFigures(AssumptionsSheet assumptions) {
        FunnelStages stages = marketing.plan().stages();
        List<String> rates = new ArrayList<>();
        for (int s = 0; s < stages.handoverIndex(); s++) {
            rates.add(assumptions.teamRateRef(s));
        }
        figure(LEAD_RATE, out.labels().get("leads.rate"), MarketingFormulas.leadRate(rates), marketing.leadRate(), Style.PERCENT,
                out.labels().get("leads.rate.note"), PlanNames.LEAD_RATE);
        figure(NEEDED, out.labels().get("leads.needed"), MarketingFormulas.leadsNeeded(stages.get(0).key()), marketing.leadsNeeded(),
                Style.WHOLE, out.labels().format("leads.needed.note", stages.get(0).name(), CellReference.convertNumToColString(monthsLabel())),
                PlanNames.LEADS_NEEDED);
        List<String> counts = new ArrayList<>();
        List<LeadStatus> statuses = LeadStatus.byOwner();
        for (int i = 0; i < statuses.size(); i++) {
            if (statuses.get(i).isMarketing()) {
                counts.add(Ref.rel(FIRST_STATUS + i, COUNT));
            }
        }
        figure(AVAILABLE, out.labels().get("leads.available"), MarketingFormulas.leadsAvailable(counts), marketing.leadsAvailable(),
                Style.WHOLE, out.labels().get("leads.available.note"), PlanNames.LEADS_AVAILABLE);
        figure(GAP, out.labels().get("leads.gap"), MarketingFormulas.leadsGap(), marketing.leadsGap(), Style.TOTAL_WHOLE,
                out.labels().get("leads.gap.note"), PlanNames.LEADS_GAP);
        out.text(SHARED_TARGET, 0, out.labels().get("leads.sharedTarget"), Style.LABEL);
        out.formula(SHARED_TARGET, VALUE, PlanNames.MARKETING_MARGIN_TARGET, marketing.plan().salesMarginTarget(), Style.EURO);
        out.text(SHARED_TARGET, COUNT, out.labels().get("leads.sharedTarget.note"), Style.NOTE);
        out.text(ALIGNED, 0, out.labels().get("leads.aligned"), Style.LABEL);
        out.formula(ALIGNED, VALUE, PlanNames.ALIGNMENT_OK, true, Style.BOOLEAN);
    }

    private void figure(int row, String label, String formula, double cached, Style style, String note, String name) {
        out.text(row, 0, label, style == Style.TOTAL_WHOLE ? Style.TOTAL_LABEL : Style.LABEL);
        out.formula(row, VALUE, formula, cached, style);
        out.text(row, COUNT, note, Style.NOTE);
        names.workbookCell(name, out.name(), row, VALUE);
    }

    private void agreement() {
        out.text(AGREEMENT, 0, out.labels().get("leads.agreement"), Style.LABEL);
        String[] lines = out.labels().agreement(marketing.plan().stages().handover().name());
        for (int i = 0; i < lines.length; i++) {
            out.text(AGREEMENT + 1 + i, 0, "• " + lines[i], Style.TEXT);
        }
    }

    private void statuses(LeadTable table) {
        header(STATUS_HEADER, out.labels().get("leads.status"), out.labels().get("leads.owner"), out.labels().get("leads.leads"));
        Map<LeadStatus, Long> counts = marketing.countByStatus();
        String statusRange = table.range(LeadTable.STATUS);
        String organisations = table.range(LeadTable.ORGANISATION);
        List<LeadStatus> statuses = LeadStatus.byOwner();
        for (int i = 0; i < statuses.size(); i++) {
            LeadStatus status = statuses.get(i);
            int row = FIRST_STATUS + i;
            out.text(row, 0, status.code(), Style.TEXT);
            out.text(row, 1, out.labels().statusOwner(status.owner()), Style.TEXT);
            out.formula(row, COUNT, MarketingFormulas.countStatus(statusRange, Ref.rel(row, 0), status == LeadStatus.LEAD,
                    organisations), counts.get(status), Style.WHOLE);
        }
        total(STATUS_TOTAL, organisations);
    }

    private void sources(LeadTable table) {
        header(SOURCE_HEADER, out.labels().get("leads.source"), "", out.labels().get("leads.leads"));
        String sourceRange = table.range(LeadTable.SOURCE);
        String organisations = table.range(LeadTable.ORGANISATION);
        long shown = 0;
        for (int i = 0; i < sources.size(); i++) {
            int row = FIRST_SOURCE + i;
            String source = sources.get(i);
            long count = bySource.get(source);
            shown += count;
            if (source.isEmpty()) {
                out.text(row, 0, out.labels().get("leads.noSource"), Style.NOTE);
                out.formula(row, COUNT, MarketingFormulas.countEmpty(sourceRange, organisations), count, Style.WHOLE);
            } else {
                out.text(row, 0, source, Style.CODE);
                out.formula(row, COUNT, MarketingFormulas.countSource(sourceRange, Ref.rel(row, 0)), count, Style.WHOLE);
            }
        }
        int total = sourceTotal();
        if (otherSources) {
            out.text(total - 1, 0, out.labels().get("leads.otherSources"), Style.NOTE);
            out.formula(total - 1, COUNT, FormulaText.fill("%s-SUM(%s:%s)", Ref.rel(total, COUNT), Ref.rel(FIRST_SOURCE, COUNT),
                    Ref.rel(total - 2, COUNT)), marketing.leads().size() - shown, Style.WHOLE);
        }
        total(total, organisations);
    }

    private void total(int row, String organisations) {
        out.text(row, 0, out.labels().get("leads.total"), Style.TOTAL_LABEL);
        out.text(row, 1, "", Style.TOTAL_LABEL);
        out.formula(row, COUNT, FormulaText.fill("COUNTA(%s)", organisations), marketing.leads().size(), Style.TOTAL_WHOLE);
    }

    private void header(int row, String... labels) {
        for (int col = 0; col < labels.length; col++) {
            out.text(row, col, labels[col], col == COUNT ? Style.HEADER_RIGHT : Style.HEADER);
        }
    }

    /** The lead table's last column: the SPEC's lead columns, then the user's own. */
    int lastLeadColumn() {
        return LeadTable.FIRST_EXTRA + marketing.leads().extraColumns().size() - 1;
    }

    /**
     * The months block's label column: one empty column right of the lead table's last, so the
     * block has columns of its own. A lead list with so many columns of the user's own that the
     * block would pass Excel's last column (XFD) gets it in the sheet's last columns instead,
     * above the list's last ones: the block's rows are above the table's, only the widths are shared.
     */
    int monthsLabel() {
        return Math.min(lastLeadColumn() + 2, Capacity.EXCEL_COLUMNS - MONTH_BLOCK_COLUMNS);
    }

    /** Column of the pipeline at start in the leads-per-month block; the months follow, then the total. */
    int monthsPipeline() {
        return monthsLabel() + 1;
    }

    int monthsNeeded() {
        return monthsPipeline() + 13;
    }

    int monthColumn(int month) {
        return monthsPipeline() + month;
    }

    /**
     * Leads needed per month, after the pipeline each rep must have at the start: one row per rep
     * linking to the rep sheet's PreYear_<lead> and Plan_<lead>_M, summed to the rep's leads needed;
     * the team row adds up the reps, its total is Leads_Needed.
     */
    private void months(List<String> repSheets) {
        int header = monthHeader();
        int label = monthsLabel();
        Labels words = out.labels();
        if (!marketing.leadStageHasDays()) {
            out.text(monthTitle(), 0, words.get("leads.byMonth.missing"), Style.NOTE);
            return;
        }
        out.text(monthTitle(), label, words.get("leads.byMonth.title"), Style.TITLE);
        out.text(header, label, words.get("leads.byMonth"), Style.HEADER);
        out.text(header, monthsPipeline(), words.get("leads.pipelineAtStart"), Style.HEADER_RIGHT);
        for (int m = 1; m <= 12; m++) {
            out.text(header, monthColumn(m), words.months()[m - 1], Style.HEADER_RIGHT);
        }
        out.text(header, monthsNeeded(), words.get("leads.neededColumn"), Style.HEADER_RIGHT);
        List<String> headings = new ArrayList<>(List.of(words.get("leads.byMonth"), words.get("leads.pipelineAtStart")));
        headings.addAll(List.of(words.months()));
        headings.add(words.get("leads.neededColumn"));
        out.headingRow(header, label, headings.toArray(String[]::new));

        List<RepPlan> reps = marketing.plan().reps();
        int total = monthTotal();
        int firstRep = total + 1;
        int lastRep = total + reps.size();
        double[] team = marketing.leadsNeededByMonth();
        out.text(total, label, words.get("leads.total"), Style.TOTAL_LABEL);
        teamSum(total, monthsPipeline(), firstRep, lastRep, marketing.leadsPipelineAtStart());
        for (int m = 1; m <= 12; m++) {
            teamSum(total, monthColumn(m), firstRep, lastRep, team[m - 1]);
        }
        teamSum(total, monthsNeeded(), firstRep, lastRep, marketing.leadsNeeded());
        RepSheetLayout layout = new RepSheetLayout(marketing.plan().stages().size());
        boolean folded = reps.size() > SHOWN_REP_ROWS;
        out.sheet().setRowSumsBelow(false);
        for (int i = 0; i < reps.size(); i++) {
            int row = firstRep + i;
            RepPlan rep = reps.get(i);
            out.text(row, label, rep.rep(), Style.TEXT);
            out.formula(row, monthsPipeline(), Ref.onSheet(repSheets.get(i), Ref.abs(layout.stageRow(0), RepSheetLayout.PRE_YEAR)),
                    rep.preYear()[0], Style.DECIMAL);
            for (int m = 1; m <= 12; m++) {
                out.formula(row, monthColumn(m), Ref.onSheet(repSheets.get(i), Ref.abs(layout.planRow(0), RepSheetLayout.monthColumn(m))),
                        rep.activity()[0][m - 1], Style.DECIMAL);
            }
            out.formula(row, monthsNeeded(), FormulaText.fill("SUM(%s:%s)", Ref.rel(row, monthsPipeline()), Ref.rel(row, monthColumn(12))),
                    rep.required()[0], Style.DECIMAL);
            out.groupRow(row, folded);
        }
        String[] notes = monthNotes();
        for (int i = 0; i < notes.length; i++) {
            out.text(lastRep + 1 + i, label, notes[i], Style.NOTE);
        }
    }

    private void teamSum(int row, int col, int firstRep, int lastRep, double cached) {
        out.formula(row, col, FormulaText.fill("SUM(%s:%s)", Ref.rel(firstRep, col), Ref.rel(lastRep, col)), cached, Style.TOTAL_DECIMAL);
    }
}
