package org.funnelplan.crm;

import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.InputException;

/**
 * Reads several exports, each of its own format (detected from its header), into one pool of
 * items, streaming: per item only its owner, pipeline and a date per CRM stage are kept. Row
 * problems are collected over all files and reported together.
 */
final class ExportReader {
    private ExportReader() {
    }

    /**
     * @param pipeline  {@code --pipeline}, or null
     * @param dateOrder {@code --date-order}, or null to take it from each file
     */
    static ExportItems read(List<Path> files, String pipeline, DateOrder dateOrder, List<String> warnings,
            CrmProblems.Collector problems) {
        ExportItems items = new ExportItems(pipeline, problems);
        for (Path file : files) {
            int index = items.file(file.toString());
            ExportRows.Context context = new ExportRows.Context(file, index, items, dateOrder, problems);
            ExportRows[] rows = new ExportRows[1];
            CrmFormat[] format = new CrmFormat[1];
            CsvStream.read(file, warnings, "a header with the export's column names", new CsvStream.Records() {
                private ExportHeader header;

                @Override
                public void header(CsvStream.Record record) {
                    header = new ExportHeader(record);
                    format[0] = header.format();
                    rows[0] = ExportRows.of(format[0], context, header);
                }

                @Override
                public boolean row(CsvStream.Record record) {
                    int beyond = record.firstFilledFrom(header.width());
                    if (beyond > 0) {
                        problems.add(record.where(), ("field %d ('%s') is beyond the header, which names %d columns; a cell that"
                                + " holds the delimiter must be in quotes (re-export the file, or name the column)")
                                .formatted(beyond, record.cell(beyond - 1), header.width()));
                        return true;
                    }
                    return rows[0].row(record);
                }
            });
            items.fileRead(new ExportFile(file.toString(), format[0], rows[0].count(), rows[0].dateOrder()));
        }
        checkPipelineChosen(items, files);
        return items;
    }

    /** {@code --pipeline} must name a pipeline of the exports. */
    private static void checkPipelineChosen(ExportItems items, List<Path> files) {
        String chosen = items.chosenPipeline();
        if (chosen == null || items.pipelines.find(chosen) >= 0) {
            return;
        }
        String where = files.size() == 1 ? files.get(0).toString() : String.join(", ", files.stream().map(Path::toString).toList());
        if (items.pipelines.size() == 0) {
            throw new InputException(where, "--pipeline %s: the export names no pipelines; leave --pipeline out".formatted(chosen));
        }
        throw new InputException(where, "--pipeline %s: no such pipeline; the export's pipelines are %s"
                .formatted(chosen, String.join(", ", items.pipelines.all())));
    }
}
