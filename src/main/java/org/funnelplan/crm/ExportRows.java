package org.funnelplan.crm;

import java.nio.file.Path;

/** Reads the data rows of one export file, of one format, into the pool of items. */
abstract class ExportRows {
    /** What every format's reader works with. */
    record Context(Path file, int fileIndex, ExportItems items, DateOrder dateOrder, CrmProblems.Collector problems) {
    }

    final Context context;
    final ExportHeader header;
    final ExportItems items;
    final CrmProblems.Collector problems;
    private FileDates dates;
    private int count;

    ExportRows(Context context, ExportHeader header) {
        this.context = context;
        this.header = header;
        this.items = context.items();
        this.problems = context.problems();
    }

    static ExportRows of(CrmFormat format, Context context, ExportHeader header) {
        return switch (format) {
            case HUBSPOT -> new HubSpotRows(context, header);
            case PIPEDRIVE -> new PipedriveRows(context, header);
            case SALESFORCE, STAGE_LOG -> new StageChangeRows(format, context, header);
        };
    }

    /** @return {@code false} at the end of the data: a report's footer has begun */
    abstract boolean row(CsvStream.Record row);

    /** The file's date columns, read in one date order. */
    final void dateColumns(int... columns) {
        dates = new FileDates(context.file(), context.dateOrder(), columns, problems);
    }

    /** The epoch day of a date cell, or {@link Item#NONE} after reporting an unreadable one. */
    final int day(CsvStream.Record row, int column) {
        return dates.day(row.cell(column), row, header.name(column));
    }

    final DateOrder dateOrder() {
        return dates.order();
    }

    /** The cell, or null after reporting it as empty. */
    final String required(CsvStream.Record row, int column) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            problems.add(row.where(), "column %s is empty; every row needs one".formatted(header.name(column)));
            return null;
        }
        return text;
    }

    /** Counts an item of this file (a row of a one-row-per-item export, also of a pipeline left out). */
    final void counted() {
        count++;
    }

    /** Items of this file (for a one-row-per-change export: those first seen in it, of the pipeline read). */
    final int count() {
        return count;
    }
}
