package org.funnelplan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.contract.Language;
import org.funnelplan.contract.Metadata;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.NamedWorkbook;
import org.funnelplan.xlsx.SheetRows;
import org.funnelplan.xlsx.StreamingWorkbook;

/**
 * Writes a {@link Plan} as an Excel workbook: overview, assumptions, one funnel sheet per rep, marketing's
 * lead and campaign sheets when given, and a very hidden metadata sheet. Every derived number is a live
 * formula; the workbook recalculates on open.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("plan.xlsx"))) {
 *     PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
 * }
 * }</pre>
 *
 * Rows are streamed sheet by sheet ({@link StreamingWorkbook}) and defined names are added in one
 * pass at the end, so a thousand reps cost about a thousand times one rep, not a million.
 */
public final class PlanWorkbook {
    /** Rows kept in memory per sheet before they go to the temporary file. */
    private static final int ROW_WINDOW = 200;

    private PlanWorkbook() {
    }

    public static void write(Plan plan, WorkbookOptions options, OutputStream out) throws IOException {
        write(MarketingPlan.of(plan, null, null), options, out);
    }

    /**
     * The plan with marketing's sheets: a lead sheet when leads are given, a campaign sheet when
     * campaigns are. A plan too big for Excel or for the heap is refused first ({@link Capacity}).
     */
    public static void write(MarketingPlan marketing, WorkbookOptions options, OutputStream out) throws IOException {
        CapacityCheck.check(marketing);
        write(marketing, options, false, out);
    }

    /**
     * @param repsOwn a rep's own workbook (a plan of one rep): it opens on the rep's sheet, the
     *                first tab, which holds the report month
     */
    static void write(MarketingPlan marketing, WorkbookOptions options, boolean repsOwn, OutputStream out) throws IOException {
        DefinedNames names = new DefinedNames();
        try (StreamingWorkbook workbook = new StreamingWorkbook(new NamedWorkbook(names), ROW_WINDOW)) {
            writeSheets(workbook, marketing, options, repsOwn, names);
            workbook.write(out);
        }
    }

    private static void writeSheets(StreamingWorkbook workbook, MarketingPlan marketing, WorkbookOptions options,
                                    boolean repsOwn, DefinedNames names) {
        Plan plan = marketing.plan();
        XSSFWorkbook template = workbook.template();
        Labels words = Labels.of(options.language());
        Styles styles = new Styles(template, words);
        List<String> repSheets = repSheetNames(plan, options.language());
        List<SheetRows> repRows = new ArrayList<>();
        if (repsOwn) {
            repRows.add(workbook.createSheet(repSheets.get(0)));
        }
        SheetWriter overview = new SheetWriter(workbook.createSheet(words.get("sheet.overview")), styles, words);
        SheetWriter assumptionsOut = new SheetWriter(workbook.createSheet(words.get("sheet.assumptions")), styles, words);
        AssumptionsSheet assumptions = new AssumptionsSheet(assumptionsOut, plan, names);
        boolean charts = options.charts();

        for (int i = 0; i < plan.reps().size(); i++) {
            SheetRows sheet = repsOwn ? repRows.get(i) : workbook.createSheet(repSheets.get(i));
            new RepSheet(new SheetWriter(sheet, styles, words), template.getSheetIndex(sheet.sheet()), plan, plan.reps().get(i),
                    names, charts, repsOwn).write(assumptions);
            if (options.password() != null) {
                sheet.sheet().protectSheet(options.password());
            }
        }
        new OverviewSheet(overview, plan, names, repsOwn).write(repSheets);
        assumptions.write();
        if (marketing.hasLeads()) {
            new LeadSheet(new SheetWriter(workbook.createSheet(words.get("sheet.leads")), styles, words), marketing, names)
                    .write(assumptions, repSheets);
        }
        if (marketing.hasCampaigns()) {
            new CampaignSheet(new SheetWriter(workbook.createSheet(words.get("sheet.campaigns")), styles, words), marketing, names).write();
        }

        SheetRows meta = workbook.createSheet(Metadata.SHEET);
        new MetadataSheet(new SheetWriter(meta, styles, words)).write(plan, options.planId(), repSheets);
        template.setSheetVisibility(template.getSheetIndex(meta.sheet()), SheetVisibility.VERY_HIDDEN);

        template.setActiveSheet(0);
        template.setSelectedTab(0);
        template.setForceFormulaRecalculation(true);
        var properties = template.getProperties();
        properties.getCoreProperties().setTitle(words.format("plan.title", plan.year()));
        properties.getCoreProperties().setSubjectProperty(words.get("plan.subject"));
        properties.getCoreProperties().setCreator("funnelplan");
        if (options.company() != null) {
            properties.getExtendedProperties().getUnderlyingProperties().setCompany(options.company());
        }
    }

    /** The sheet name of each rep, in the plan's order. */
    static List<String> repSheetNames(Plan plan, Language language) {
        SheetNames sheetNames = new SheetNames(Labels.of(language).fixedSheets().toArray(String[]::new));
        List<String> names = new ArrayList<>();
        for (RepPlan rep : plan.reps()) {
            names.add(sheetNames.forRep(rep.rep()));
        }
        return names;
    }
}
