package org.funnelplan.contract;

import java.util.Locale;

/**
 * What one plan can hold, as the input readers and the workbook writer both count it. Excel's
 * sheets end at row 1,048,576 and column 16,384 (XFD). And the plan is written in Java's heap
 * ({@code java -Xmx}), which holds the leads as read and, while the workbook is written, some
 * 70–120 KB per rep sheet (POI keeps each sheet's settings, charts and names until the end). Input
 * that does not fit is refused before anything is written, in one line that says what the limit
 * is, rather than ending in an OutOfMemoryError halfway.
 *
 * <p>Measured with G1 on 5 stages: 2,000 reps ran in a 220 MB heap and not in 160 MB; 5,000 ran in
 * 512 MB only with 473 MB live, the collector busy most of the time; 10 stages cost a quarter more
 * than 5. A plan may fill {@value #FILL_PERCENT}% of the heap: above that G1 spends more time
 * collecting than writing.
 */
public final class Capacity {
    /** Excel's grid (the xlsx layer's {@code ExcelGrid} has the same two numbers for itself). */
    public static final int EXCEL_ROWS = 1_048_576;
    public static final int EXCEL_COLUMNS = 16_384;
    /** The lead table's own columns (organisation, id, source, ..., next_date), before the user's own. */
    public static final int LEAD_TABLE_COLUMNS = 9;
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

    /** Columns of the user's own a lead table can have beside its own {@value #LEAD_TABLE_COLUMNS}. */
    public static int maxOwnLeadColumns() {
        return EXCEL_COLUMNS - LEAD_TABLE_COLUMNS;
    }

    /** The most heap a plan may fill in this JVM, JVM and POI included. */
    public static long budget() {
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
}
