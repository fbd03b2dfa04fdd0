package org.funnelplan.actuals;

import java.util.List;

import org.funnelplan.contract.Language;
import org.funnelplan.model.FunnelStages;

/**
 * Every rep's plan and actuals from one plan's workbooks.
 *
 * @param language            the plan's language: the words of the report, the console and the CSVs' default format
 * @param workbookReportMonth the Report_Month typed in the first workbook that has one, or {@code null}
 * @param warnings            bad cells skipped with --lenient, and cached values that disagree with the recomputed plan
 */
public record TeamActuals(String planId, int year, Language language, FunnelStages stages, List<RepActuals> reps,
                          Integer workbookReportMonth, List<String> warnings) {

    public TeamActuals {
        reps = List.copyOf(reps);
        warnings = List.copyOf(warnings);
    }

    /** The last month with any actual typed in, over all reps; 0 when none. */
    public int lastReportedMonth() {
        for (int m = 12; m >= 1; m--) {
            for (RepActuals rep : reps) {
                if (rep.reported(m)) {
                    return m;
                }
            }
        }
        return 0;
    }

    /** {@code requested} when given, else the last month with any actual, else the workbook's Report_Month, else 1. */
    public int reportMonth(Integer requested) {
        if (requested != null) {
            return requested;
        }
        int last = lastReportedMonth();
        if (last > 0) {
            return last;
        }
        return workbookReportMonth != null ? workbookReportMonth : 1;
    }
}
