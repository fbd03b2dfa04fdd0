package org.funnelplan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.funnelplan.model.Plan;

/**
 * The workbook a director hands to one rep: the same sheets, defined names and plan id as the
 * master, but only this rep's funnel sheet, assumptions and overview row, so no rep sees another's.
 * The team rates stay, as the rep's marketing stages follow them. It opens on the rep's sheet, the
 * first tab, where the report month is typed.
 */
public final class PerRepWorkbook {
    private PerRepWorkbook() {
    }

    /** The plan narrowed to one rep: team totals become that rep's own figures. */
    public static Plan onlyRep(Plan plan, int rep) {
        return new Plan(plan.year(), plan.stages(), plan.priorWeight(), plan.teamRates(), List.of(plan.reps().get(rep)),
                plan.seasonality(), List.of());
    }

    public static void write(Plan plan, int rep, WorkbookOptions options, OutputStream out) throws IOException {
        PlanWorkbook.write(org.funnelplan.model.MarketingPlan.of(onlyRep(plan, rep), null, null), options, true, out);
    }
}
