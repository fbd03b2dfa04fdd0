package org.funnelplan.xlsx;

import org.apache.poi.ss.util.CellReference;

/** A1-style references as formulas and defined names write them. */
public final class Ref {
    private Ref() {
    }

    /** {@code $C$5} for row 4, column 2 (both 0-based). */
    public static String abs(int row, int col) {
        return "$" + CellReference.convertNumToColString(col) + "$" + (row + 1);
    }

    /** {@code C5}. */
    public static String rel(int row, int col) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    /** {@code $C$5:$N$5}. */
    public static String absRange(int row, int firstCol, int lastCol) {
        return abs(row, firstCol) + ":" + abs(row, lastCol);
    }

    /** {@code 'Anna de Vries'!$C$5}: sheet names are always quoted, quotes inside doubled. */
    public static String onSheet(String sheet, String ref) {
        return quote(sheet) + "!" + ref;
    }

    public static String quote(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }
}
