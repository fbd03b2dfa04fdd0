package org.funnelplan.crm;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A HubSpot deals export: one row per deal, a {@code Date entered "<stage> (<pipeline>)"} column
 * per stage of every pipeline. A deal's dates are those of its own pipeline's columns (the
 * {@code Pipeline} cell); without that cell, the pipeline of its latest date. HubSpot keeps one
 * date per stage: a deal that entered a stage again shows the later date there.
 */
final class HubSpotRows extends ExportRows {
    private final int id;
    private final int owner;
    private final int pipeline;
    private final List<HubSpotColumns.Column> columns;
    private final int[] stageOf;
    private final int[] days;
    private final boolean suffixed;
    private final Set<String> pipelinesWithoutColumns = new HashSet<>();

    HubSpotRows(Context context, ExportHeader header) {
        super(context, header);
        id = header.find("Record ID");
        owner = header.find("Deal owner");
        pipeline = header.find("Pipeline");
        columns = HubSpotColumns.dateEnteredColumns(header);
        stageOf = new int[columns.size()];
        int[] dateColumns = new int[columns.size()];
        boolean anySuffix = false;
        for (int c = 0; c < columns.size(); c++) {
            HubSpotColumns.Column column = columns.get(c);
            header.find(column.header()); // a stage column named twice is an error
            String chosen = items.chosenPipeline();
            boolean other = chosen != null && column.pipeline() != null
                    && !ExportItems.caseless(column.pipeline()).equals(ExportItems.caseless(chosen));
            stageOf[c] = other ? -1 : items.stage(column.stage()); // another pipeline's stages are not listed
            dateColumns[c] = column.index();
            anySuffix |= column.pipeline() != null;
        }
        suffixed = anySuffix;
        days = new int[columns.size()];
        dateColumns(dateColumns);
    }

    @Override
    boolean row(CsvStream.Record row) {
        String deal = required(row, id);
        if (deal == null) {
            return true;
        }
        counted();
        String pipelineName = pipeline < 0 ? "" : row.cell(pipeline);
        if (!pipelineName.isEmpty() && !items.wanted(pipelineName, CrmFormat.HUBSPOT, deal)) {
            return true;
        }
        int latest = -1;
        boolean any = false;
        for (int c = 0; c < columns.size(); c++) {
            days[c] = Item.NONE;
            HubSpotColumns.Column column = columns.get(c);
            boolean own = own(column, pipelineName);
            any |= own;
            if (own && !row.cell(column.index()).isEmpty()) {
                days[c] = day(row, column.index());
                if (days[c] != Item.NONE && (latest < 0 || days[c] >= days[latest])) {
                    latest = c;
                }
            }
        }
        if (!any) {
            if (pipelinesWithoutColumns.add(ExportItems.caseless(pipelineName))) {
                problems.add(row.where(), ("the deal's pipeline '%s' has no Date entered \"<stage> (%s)\" columns in the export;"
                        + " add the Date entered property of each of its stages to the export, or pick another pipeline with --pipeline")
                        .formatted(pipelineName, pipelineName));
            }
            return true;
        }
        if (pipelineName.isEmpty() && suffixed && latest >= 0) {
            pipelineName = ownPipeline(latest);
            if (!items.wanted(pipelineName, CrmFormat.HUBSPOT, deal)) {
                return true;
            }
        }
        Item item = items.wide(context.fileIndex(), CrmFormat.HUBSPOT, deal, row);
        if (item == null) {
            return true;
        }
        item.owner(items.rep(row.cell(owner)), 0);
        item.pipeline = pipelineName.isEmpty() ? -1 : items.pipelines.intern(pipelineName);
        for (int c = 0; c < columns.size(); c++) {
            HubSpotColumns.Column column = columns.get(c);
            if (days[c] != Item.NONE && stageOf[c] >= 0 && own(column, pipelineName)) {
                items.enter(item, stageOf[c], days[c], row, column.header());
            }
        }
        return true;
    }

    /** Whether a column holds dates of a deal in this pipeline ("" when the row names none). */
    private static boolean own(HubSpotColumns.Column column, String pipelineName) {
        return pipelineName.isEmpty() || column.pipeline() == null
                || ExportItems.caseless(column.pipeline()).equals(ExportItems.caseless(pipelineName));
    }

    /**
     * The pipeline of a deal whose row names none: {@code --pipeline} when it has a date there,
     * else the pipeline of its latest date (where the deal is now).
     */
    private String ownPipeline(int latest) {
        String chosen = items.chosenPipeline();
        if (chosen != null) {
            for (int c = 0; c < columns.size(); c++) {
                String p = columns.get(c).pipeline();
                if (days[c] != Item.NONE && p != null && ExportItems.caseless(p).equals(ExportItems.caseless(chosen))) {
                    return p;
                }
            }
        }
        return columns.get(latest).pipeline();
    }
}
