package org.funnelplan.model;

import java.math.BigDecimal;
import java.math.MathContext;

/** Spreadsheet arithmetic the model must share with the workbook. */
public final class FunnelMath {
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);
    /** Spreadsheets hold 15 significant digits: a volume beyond this is no longer a whole number there. */
    public static final double MAX_VOLUME = 1e15;

    private FunnelMath() {
    }

    /**
     * ROUNDUP(x, 0) as spreadsheets compute it: they carry 15 significant digits, so
     * 20 / 0.2 is 100, not the 100.00000000000001 that plain doubles make of it.
     */
    public static long roundUp(double x) {
        if (x == 0) {
            return 0;
        }
        double approx = new BigDecimal(x).round(SPREADSHEET_PRECISION).doubleValue();
        return (long) Math.ceil(approx);
    }

    /** Items needed at a stage to feed the next: ROUNDUP(next / rate, 0), 0 when none are needed. */
    public static long required(long next, double rate) {
        return next == 0 ? 0 : roundUp(next / rate);
    }
}
