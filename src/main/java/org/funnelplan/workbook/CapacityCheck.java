package org.funnelplan.workbook;

import java.util.Locale;

import org.funnelplan.contract.Capacity;
import org.funnelplan.model.InputException;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;

/**
 * Refuses a plan that does not fit before its workbook is begun, against the limits of
 * {@link Capacity}: the lead table past Excel's last row or column, or the rep sheets more than the
 * heap has left beside the leads.
 */
final class CapacityCheck {
    private CapacityCheck() {
    }

    static void check(MarketingPlan marketing) {
        Plan plan = marketing.plan();
        if (marketing.hasLeads()) {
            String file = marketing.leads().source();
            int own = marketing.leads().extraColumns().size();
            if (own > Capacity.maxOwnLeadColumns()) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "the header names %,d columns of your own, but Excel's %,d columns hold the lead table's %d and at most %,d more",
                        own, Capacity.EXCEL_COLUMNS, Capacity.LEAD_TABLE_COLUMNS, Capacity.maxOwnLeadColumns()));
            }
            int header = new LeadSheet(null, marketing, null).tableHeader();
            long fit = Capacity.EXCEL_ROWS - 1L - header;
            if (marketing.leads().size() > fit) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "%,d leads, but Excel's %,d rows hold at most %,d below the lead sheet's %,d rows of summary and the"
                                + " table's header; lead %,d (%s) is the first that does not fit; split the file",
                        marketing.leads().size(), Capacity.EXCEL_ROWS, fit, header, fit + 1, marketing.leads().all().get((int) fit).organisation()));
            }
        }
        int reps = plan.reps().size();
        long needed = reps * Capacity.repBytes(plan.stages().size());
        if (needed > Capacity.budget() - used(false) && needed > Capacity.budget() - used(true)) {
            String what = String.format(Locale.ROOT, "%,d reps with %d stages need about %s of Java heap to write their sheets",
                    reps, plan.stages().size(), Capacity.megabytes(needed));
            String besides = marketing.hasLeads() ? String.format(Locale.ROOT, " beside the %,d leads already read", marketing.leads().size()) : "";
            throw new InputException(marketing.hasLeads() ? marketing.leads().source() : "the plan",
                    what + besides + ", more than the " + Capacity.megabytes(Math.max(0, Capacity.budget() - used(false)))
                            + " a " + Capacity.heap() + " Java heap has left for them; " + Capacity.moreMemory());
        }
    }

    /** The heap in use; after a collection when {@code collect}, which is only asked for near the limit. */
    private static long used(boolean collect) {
        Runtime runtime = Runtime.getRuntime();
        if (collect) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
