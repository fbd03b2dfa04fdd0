package org.funnelplan.contract;

/**
 * The ranges of the plan's inputs that the input readers, the workbook's data validation and the
 * re-import must agree on, so what a rep may type is what {@code variance} reads back.
 */
public final class Limits {
    /** The largest actual count a sheet takes: any date since 2009 is a larger serial number, so a date typed as 3/4 is refused. */
    public static final int MAX_ACTUAL = 39_999;
    /** A rep's {@code new_customers}, in the targets CSV and on the rep sheet. */
    public static final int MAX_CUSTOMERS = 1_000_000;
    /** A rep's {@code ramp_months}. */
    public static final int MAX_RAMP_MONTHS = 120;

    private Limits() {
    }
}
