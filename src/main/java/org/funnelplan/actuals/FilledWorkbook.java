package org.funnelplan.actuals;

import java.util.List;
import java.util.Map;

import org.funnelplan.model.FunnelStages;

/**
 * What a funnelplan workbook (master or per-rep) holds after a rep filled it in: its identity from
 * the metadata sheet, and per rep sheet the cells behind the defined names.
 *
 * @param reportMonth the workbook's Report_Month input, or {@code null} when it holds no month
 */
public record FilledWorkbook(String file, String planId, int year, FunnelStages stages, Integer reportMonth,
                             List<RepSheetCells> reps) {

    public FilledWorkbook {
        reps = List.copyOf(reps);
    }

    /**
     * One rep's sheet: the cells behind each sheet-scoped name, in the name's order (a 1×12
     * name has twelve).
     */
    public record RepSheetCells(String rep, String sheet, Map<String, List<NamedCell>> names) {
    }

    /** A cell found through a name, with where it is for messages. */
    record NamedCell(String sheet, String address, RawCell cell) {
    }
}
