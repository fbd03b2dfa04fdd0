package org.funnelplan.xlsx;

/** The size of an Excel sheet: no row past 1,048,576, no column past 16,384 (XFD). */
public final class ExcelGrid {
    public static final int ROWS = 1_048_576;
    public static final int COLUMNS = 16_384;

    private ExcelGrid() {
    }
}
