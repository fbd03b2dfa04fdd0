package org.funnelplan.workbook;

/**
 * Where things sit on a rep's funnel sheet (0-based rows and columns). The overview refers to these
 * cells; the re-import never does: it finds cells through the defined names.
 */
final class RepSheetLayout {
    static final int TITLE = 0;
    static final int SUBTITLE = 1;
    /** Report_Month at hand: the input itself in a rep's own workbook, the overview's in the master. */
    static final int REPORT_MONTH = 2;

    // Targets block: label in column A, value in B, note in C.
    static final int REP = 3;
    static final int TEAM = 4;
    static final int NEW_CUSTOMERS = 5;
    static final int AVG_MARGIN = 6;
    static final int MARGIN_TARGET = 7;
    static final int PLAN_MARGIN = 8;
    static final int MARGIN_GAP = 9;
    static final int START_MONTH = 10;
    static final int RAMP_MONTHS = 11;
    /** Says how the funnel table's columns add up, under the targets. */
    static final int PIPELINE_NOTE = 12;
    static final int VALUE = 1;
    static final int NOTE = 2;

    // Funnel table: one row per stage, top first.
    static final int FUNNEL_HEADER = 13;
    static final int STAGE = 0;
    static final int OWNER = 1;
    static final int RATE = 2;
    static final int WIN_PROBABILITY = 3;
    static final int REQUIRED = 4;
    static final int AVG_DAYS = 5;
    static final int LAG = 6;
    static final int PRE_YEAR = 7;
    static final int PLAN_TO_DATE = 8;
    static final int ACTUAL_TO_DATE = 9;
    static final int VARIANCE_TO_DATE = 10;
    static final int ACTUAL_RATE = 11;
    /** How many months of the stage the rep has filled in: the progress colours wait for the first. */
    static final int MONTHS_REPORTED = 12;
    /** Last, so its text may run on to the right. */
    static final int RATE_SOURCE = 13;
    static final int LAST_FUNNEL_COLUMN = RATE_SOURCE;

    // Monthly grid: label in A, year total in B, January..December in C..N.
    static final int YEAR_TOTAL = 1;
    static final int FIRST_MONTH = 2;
    static final int LAST_MONTH = FIRST_MONTH + 11;

    private final int stages;

    RepSheetLayout(int stages) {
        this.stages = stages;
    }

    int stageRow(int stage) {
        return FUNNEL_HEADER + 1 + stage;
    }

    /** Under the won stage: the 12-month margin value of the customers won, plan and actual to date. */
    int marginWonRow() {
        return stageRow(stages);
    }

    /** Says what phases the months: seasonality the wins, the cycle time the work before them. */
    int phasingNote() {
        return marginWonRow() + 1;
    }

    int monthHeader() {
        return marginWonRow() + 2;
    }

    int seasonalityRow() {
        return monthHeader() + 1;
    }

    int rampRow() {
        return monthHeader() + 2;
    }

    int weightRow() {
        return monthHeader() + 3;
    }

    int planRow(int stage) {
        return weightRow() + 1 + 2 * stage;
    }

    int actualRow(int stage) {
        return planRow(stage) + 1;
    }

    int lastRow() {
        return actualRow(stages - 1);
    }

    static int monthColumn(int month) {
        return FIRST_MONTH + month - 1;
    }
}
