package org.funnelplan.crm;

import java.time.LocalDate;

/** The history period an item counts in: the year ({@code 2025}) or quarter ({@code 2025-Q3}) of a date. */
public enum Period {
    YEAR,
    QUARTER;

    /** The period of an epoch day. */
    String of(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return this == YEAR ? Integer.toString(date.getYear())
                : date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}
