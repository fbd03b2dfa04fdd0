package org.funnelplan.workbook;

import java.util.List;

import org.funnelplan.contract.Metadata;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.Plan;

/**
 * The very hidden sheet that lets funnelplan recognise its own workbooks: schema version, plan id,
 * year, language, the stages and which sheet belongs to which rep (and the rep's team), in the
 * rows {@link Metadata} lays down. The re-import speaks the plan's language and groups reps by these teams.
 */
final class MetadataSheet {
    private final SheetWriter out;

    MetadataSheet(SheetWriter out) {
        this.out = out;
    }

    void write(Plan plan, String planId, List<String> repSheets) {
        int row = 0;
        row = pair(row, Metadata.SCHEMA_VERSION_KEY, String.valueOf(Metadata.SCHEMA_VERSION));
        row = pair(row, Metadata.PLAN_ID, planId);
        row = pair(row, Metadata.YEAR, String.valueOf(plan.year()));
        FunnelStages stages = plan.stages();
        row = pair(row, Metadata.HANDOVER, stages.handover().name());
        row = pair(row, Metadata.PRIOR_WEIGHT, String.valueOf(plan.priorWeight()));
        row = pair(row, Metadata.LANGUAGE, out.labels().language().code());
        for (int s = 0; s < stages.size(); s++, row++) {
            out.text(row, 0, Metadata.STAGE, Style.META);
            out.text(row, 1, stages.get(s).name(), Style.META);
            out.text(row, 2, stages.get(s).key(), Style.META);
            out.text(row, 3, stages.isMarketing(s) ? Metadata.MARKETING : Metadata.SALES, Style.META);
        }
        for (int i = 0; i < plan.reps().size(); i++, row++) {
            out.text(row, 0, Metadata.REP, Style.META);
            out.text(row, 1, plan.reps().get(i).rep(), Style.META);
            out.text(row, 2, repSheets.get(i), Style.META);
            if (!plan.reps().get(i).target().team().isEmpty()) {
                out.text(row, 3, plan.reps().get(i).target().team(), Style.META);
            }
        }
        out.flush();
    }

    private int pair(int row, String key, String value) {
        out.text(row, 0, key, Style.META);
        out.text(row, 1, value, Style.META);
        return row + 1;
    }
}
