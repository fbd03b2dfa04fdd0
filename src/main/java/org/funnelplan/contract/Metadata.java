package org.funnelplan.contract;

/**
 * The very hidden metadata sheet that lets funnelplan recognise its own workbooks (SPEC section 4):
 * its name, its keys and the schema version. Rows are key, value, value...: one row per key below,
 * then a {@link #STAGE} row per stage (name, key, {@link #MARKETING} or {@link #SALES}) and a
 * {@link #REP} row per rep (rep, sheet, team). {@code workbook.MetadataSheet} writes it,
 * {@code actuals.PlanMetadata} reads it.
 */
public final class Metadata {
    /** The sheet keeps one name in every language: the re-import looks for it. */
    public static final String SHEET = "funnelplan";
    /**
     * 2: adds the language and the reps' teams; a reader takes a version 1 workbook as English
     * without teams, and refuses a workbook of a later version than its own.
     */
    public static final int SCHEMA_VERSION = 2;
    /** Columns A–D: a key and up to three values. */
    public static final int COLUMNS = 4;

    public static final String SCHEMA_VERSION_KEY = "schema_version";
    public static final String PLAN_ID = "plan_id";
    public static final String YEAR = "year";
    public static final String HANDOVER = "handover";
    public static final String PRIOR_WEIGHT = "prior_weight";
    /** Since version 2; {@link Language#code()}. */
    public static final String LANGUAGE = "language";
    public static final String STAGE = "stage";
    public static final String REP = "rep";
    /** A stage row's fourth column: whose the stage is. */
    public static final String MARKETING = "marketing";
    public static final String SALES = "sales";

    private Metadata() {
    }
}
