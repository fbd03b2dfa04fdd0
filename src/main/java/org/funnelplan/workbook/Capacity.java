package org.funnelplan.workbook;

import java.util.Locale;

import org.funnelplan.model.InputException;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;
import org.funnelplan.xlsx.ExcelGrid;

/**
 * What one plan can hold. Excel's sheets end at row 1,048,576 and column 16,384 (XFD). And the plan
 * is written in Java's heap ({@code java -Xmx}), which holds the leads as read and, while the
 * workbook is written, some 70–120 KB per rep sheet (POI keeps each sheet's settings, charts and
 * names until the end). Input that does not fit is refused before anything is written, in one
 * line that says what the limit is, rather than ending in an OutOfMemoryError halfway.
 *
 * <p>Measured with G1 on 5 stages: 2,000 reps ran in a 220 MB heap and not in 160 MB; 5,000 ran in
 * 512 MB only with 473 MB live, the collector busy most of the time; 10 stages cost a quarter more
 * than 5. A plan may fill {@value #FILL_PERCENT}% of the heap: above that G1 spends more time
 * collecting than writing.
 */
public final class Capacity {
    public static final int EXCEL_ROWS = ExcelGrid.ROWS;
    public static final int EXCEL_COLUMNS = ExcelGrid.COLUMNS;
    static final int FILL_PERCENT = 70;
    /** The JVM, POI and the parts every workbook has, before the first rep. */
    private static final long BASE_BYTES = 20L << 20;
    /** Heap per rep sheet while the workbook is written: a fixed part and a part per stage. */
    private static final long REP_BYTES = 64L << 10;
    private static final long STAGE_BYTES = 6L << 10;
    /** The targets file is read before the history says how many stages there are: a funnel of this many is assumed. */
    private static final int ASSUMED_STAGES = 6;

    private Capacity() {
    }

    /** Columns of the user's own a lead table can have beside its own {@value LeadTable#FIRST_EXTRA}. */
    public static int maxOwnLeadColumns() {
        return EXCEL_COLUMNS - LeadTable.FIRST_EXTRA;
    }

    /** The most heap a plan may fill in this JVM, JVM and POI included. */
    private static long budget() {
        return Runtime.getRuntime().maxMemory() / 100 * FILL_PERCENT;
    }

    /** What the leads, or the reps' sheets, may take of it: the budget less what every run has in use. */
    public static long usable() {
        return budget() - BASE_BYTES;
    }

    /** What writing one rep's sheet takes. */
    public static long repBytes(int stages) {
        return REP_BYTES + STAGE_BYTES * stages;
    }

    /** The most reps whose sheets fit in this JVM, for a funnel of six stages. */
    public static int maxReps() {
        return (int) Math.max(1, Math.min(EXCEL_ROWS, usable() / repBytes(ASSUMED_STAGES)));
    }

    /** {@code 512 MB}. */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.max(1, Math.round(bytes / (double) (1 << 20))));
    }

    /** What the user can do about a plan that is too big for the heap. */
    public static String moreMemory() {
        return "start Java with more memory (java -Xmx2g -jar funnelplan.jar ...) or split the plan";
    }

    /** The heap as -Xmx set it, for messages. */
    public static String heap() {
        return megabytes(Runtime.getRuntime().maxMemory());
    }

    /**
     * Refuses a plan that would not fit, before its workbook is begun: the lead table past Excel's
     * last row or column, or the rep sheets more than the heap has left beside the leads.
     */
    static void check(MarketingPlan marketing) {
        Plan plan = marketing.plan();
        if (marketing.hasLeads()) {
            String file = marketing.leads().source();
            int own = marketing.leads().extraColumns().size();
            if (own > maxOwnLeadColumns()) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "the header names %,d columns of your own, but Excel's %,d columns hold the lead table's %d and at most %,d more",
                        own, EXCEL_COLUMNS, LeadTable.FIRST_EXTRA, maxOwnLeadColumns()));
            }
            int header = new LeadSheet(null, marketing, null).tableHeader();
            long fit = EXCEL_ROWS - 1L - header;
            if (marketing.leads().size() > fit) {
                throw new InputException(file, String.format(Locale.ROOT,
                        "%,d leads, but Excel's %,d rows hold at most %,d below the lead sheet's %,d rows of summary and the"
                                + " table's header; lead %,d (%s) is the first that does not fit; split the file",
                        marketing.leads().size(), EXCEL_ROWS, fit, header, fit + 1, marketing.leads().all().get((int) fit).organisation()));
            }
        }
        int reps = plan.reps().size();
        long needed = reps * repBytes(plan.stages().size());
        if (needed > budget() - used(false) && needed > budget() - used(true)) {
            String what = String.format(Locale.ROOT, "%,d reps with %d stages need about %s of Java heap to write their sheets",
                    reps, plan.stages().size(), megabytes(needed));
            String besides = marketing.hasLeads() ? String.format(Locale.ROOT, " beside the %,d leads already read", marketing.leads().size()) : "";
            throw new InputException(marketing.hasLeads() ? marketing.leads().source() : "the plan",
                    what + besides + ", more than the " + megabytes(Math.max(0, budget() - used(false)))
                            + " a " + heap() + " Java heap has left for them; " + moreMemory());
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
