package org.funnelplan.actuals;

import java.util.List;
import java.util.Map;

import org.funnelplan.contract.Language;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.xlsx.read.RawCell;

/**
 * What a funnelplan workbook (master or per-rep) holds after a rep filled it in: its identity from
 * the metadata sheet, and per rep sheet the cells behind the defined names.
 *
 * @param language    the plan's language, from the metadata (English for a workbook of the first version)
 * @param reportMonth the workbook's Report_Month input, or {@code null} when it holds no month
 * @param problems    what is wrong with single reps of an otherwise readable workbook (a rep's
 *                    sheet missing, two reps given one sheet), each naming file and sheet; those
 *                    reps are not in {@code reps}
 */
record FilledWorkbook(String file, String planId, int year, Language language, FunnelStages stages, Integer reportMonth,
                             List<RepSheetCells> reps, List<Worded> problems) {

    public FilledWorkbook {
        reps = List.copyOf(reps);
        problems = List.copyOf(problems);
    }

    /**
     * One rep's sheet: the cells behind each sheet-scoped name, in the name's order (a 1×12
     * name has twelve).
     *
     * @param team   the rep's team as the plan's targets gave it, "" for none
     * @param names  by name; {@code null} for a name that points nowhere usable (its reason in {@code broken})
     * @param broken why a name of {@code names} is {@code null}, for example "refers to whole columns C:N"
     */
    public record RepSheetCells(String rep, String sheet, String team, Map<String, List<NamedCell>> names, Map<String, Worded> broken) {
    }

    /** A cell found through a name, with where it is for messages. */
    record NamedCell(String sheet, String address, RawCell cell) {
    }
}
