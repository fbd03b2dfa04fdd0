package org.funnelplan.xlsx.read;

import java.util.regex.Pattern;

/**
 * The values of a sheet's XML, read as the schema defines them: a cell reference ({@code C27}),
 * a row number, a number in a {@code <v>} (xsd:double without INF and NaN, which no spreadsheet
 * writes; not Java's Double.parseDouble, which also takes {@code 0x1p3} and {@code Infinity}).
 */
public final class CellXml {
    public static final int MAX_ROW = 1_048_576;
    public static final int MAX_COLUMN = 16_384;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,5})?");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private CellXml() {
    }

    /** @return the 0-based row and column packed as {@link RawCell#key}, or -1 when {@code ref} is no cell */
    public static long cellKey(String ref) {
        int i = 0;
        int col = 0;
        int n = ref.length();
        while (i < n && i < 3 && Character.isLetter(ref.charAt(i)) && ref.charAt(i) < 128) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || col > MAX_COLUMN) {
            return -1;
        }
        int row = row(ref.substring(i));
        return row < 0 ? -1 : RawCell.key(row, col - 1);
    }

    /** @return the 0-based row of a row number {@code 1}–{@code 1048576}, or -1 */
    static int row(String number) {
        if (!DIGITS.matcher(number).matches() || number.charAt(0) == '0') {
            return -1;
        }
        int row = Integer.parseInt(number);
        return row > MAX_ROW ? -1 : row - 1;
    }

    /** A non-negative index such as a style or shared string number, or -1. */
    static int index(String number) {
        String t = number.strip();
        return DIGITS.matcher(t).matches() ? Integer.parseInt(t) : -1;
    }

    /** The number a {@code <v>} holds; {@code NaN} when it holds none a spreadsheet writes, infinite when out of range. */
    static double number(String value) {
        String t = value.strip();
        if (t.length() > 400 || !DECIMAL.matcher(t).matches()) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    /** A1 address of a key, for messages. */
    public static String address(long key) {
        int row = (int) (key >>> 20);
        int col = (int) (key & 0xFFFFF);
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }
}
