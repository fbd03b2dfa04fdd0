package org.funnelplan.crm;

import java.util.Locale;

/**
 * A Pipedrive deals export: one row per deal with the stage it reached ({@code Deal - Stage}),
 * its status ({@code Open}, {@code Won}, {@code Lost}) and when it was created. There are no
 * per-stage dates: a deal counts in the period it was created, and has no days at a stage.
 * Pipedrive has no won or lost stage, so the statuses {@code Won} and {@code Lost} stand in the
 * stage map for them ({@code Won,won}, {@code Lost,lost}); a won deal reached every plan stage.
 */
final class PipedriveRows extends ExportRows {
    /** The statuses as the stage map names them. */
    static final String WON = "Won";
    static final String LOST = "Lost";
    private final int id;
    private final int owner;
    private final int pipeline;
    private final int stage;
    private final int status;
    private final int created;

    PipedriveRows(Context context, ExportHeader header) {
        super(context, header);
        id = header.find("Deal - ID");
        owner = header.find("Deal - Owner");
        pipeline = header.find("Deal - Pipeline");
        stage = header.find("Deal - Stage");
        status = header.find("Deal - Status");
        created = header.find("Deal - Deal created");
        dateColumns(created);
    }

    @Override
    boolean row(CsvStream.Record row) {
        String deal = required(row, id);
        String stageName = required(row, stage);
        String statusText = required(row, status);
        String createdText = required(row, created);
        if (deal == null || stageName == null || statusText == null || createdText == null) {
            return true;
        }
        counted();
        Item.Status dealStatus = switch (statusText.toLowerCase(Locale.ROOT)) {
            case "open" -> Item.Status.OPEN;
            case "won" -> Item.Status.WON;
            case "lost" -> Item.Status.LOST;
            default -> null;
        };
        if (dealStatus == null) {
            problems.add(row.where(), "column %s: '%s' is not a status Pipedrive exports; expected Open, Won or Lost"
                    .formatted(header.name(status), statusText));
            return true;
        }
        String pipelineName = pipeline < 0 ? "" : row.cell(pipeline);
        if (!items.wanted(pipelineName, CrmFormat.PIPEDRIVE, deal)) {
            return true;
        }
        int day = day(row, created);
        Item item = items.wide(context.fileIndex(), CrmFormat.PIPEDRIVE, deal, row);
        if (item == null || day == Item.NONE) {
            return true;
        }
        item.owner(items.rep(row.cell(owner)), day);
        item.pipeline = pipelineName.isEmpty() ? -1 : items.pipelines.intern(pipelineName);
        item.status = dealStatus;
        item.created = day;
        int dealStage = items.stage(stageName);
        items.pipedriveStages.set(dealStage);
        items.enter(item, dealStage, day, row, header.name(stage));
        if (dealStatus != Item.Status.OPEN) { // the status is a stage of the map too: Won,won and Lost,lost
            int statusStage = items.stage(dealStatus == Item.Status.WON ? WON : LOST);
            items.pipedriveStatuses.set(statusStage);
            items.enter(item, statusStage, day, row, header.name(status));
        }
        return true;
    }
}
