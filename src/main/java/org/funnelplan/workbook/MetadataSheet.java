package org.funnelplan.workbook;

import java.util.List;

import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.Plan;

/**
 * The very hidden sheet that lets funnelplan recognise its own workbooks: schema version, plan id,
 * year, the stages and which sheet belongs to which rep. Rows are key, value, value...
 */
final class MetadataSheet {
    static final int SCHEMA_VERSION = 1;

    private final SheetWriter out;

    MetadataSheet(SheetWriter out) {
        this.out = out;
    }

    void write(Plan plan, String planId, List<String> repSheets) {
        int row = 0;
        row = pair(row, "schema_version", String.valueOf(SCHEMA_VERSION));
        row = pair(row, "plan_id", planId);
        row = pair(row, "year", String.valueOf(plan.year()));
        FunnelStages stages = plan.stages();
        row = pair(row, "handover", stages.handover().name());
        row = pair(row, "prior_weight", String.valueOf(plan.priorWeight()));
        for (int s = 0; s < stages.size(); s++, row++) {
            out.text(row, 0, "stage", Style.META);
            out.text(row, 1, stages.get(s).name(), Style.META);
            out.text(row, 2, stages.get(s).key(), Style.META);
            out.text(row, 3, stages.isMarketing(s) ? "marketing" : "sales", Style.META);
        }
        for (int i = 0; i < plan.reps().size(); i++, row++) {
            out.text(row, 0, "rep", Style.META);
            out.text(row, 1, plan.reps().get(i).rep(), Style.META);
            out.text(row, 2, repSheets.get(i), Style.META);
        }
        out.flush();
    }

    private int pair(int row, String key, String value) {
        out.text(row, 0, key, Style.META);
        out.text(row, 1, value, Style.META);
        return row + 1;
    }
}
