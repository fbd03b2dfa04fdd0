package org.funnelplan.actuals;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as the variance and history files write them: {@code .} decimals, at most four, no grouping. */
public final class Numbers4 {
    private Numbers4() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.toPlainString();
    }

    public static String format(Double value) {
        return value == null ? "" : format(value.doubleValue());
    }
}
