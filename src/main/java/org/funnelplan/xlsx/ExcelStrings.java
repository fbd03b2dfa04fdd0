package org.funnelplan.xlsx;

import org.funnelplan.xlsx.read.ExcelText;

/**
 * Text as Excel stores it (ST_Xstring, the type of cell text, formulas and table column names).
 * Excel reads {@code _xHHHH_} as the character HHHH, so a literal one keeps its meaning only with
 * its underscore written as {@code _x005F_}; and XML turns a tab or line break in an attribute into
 * a space, so there Excel writes them as {@code _x0009_}, {@code _x000A_}, {@code _x000D_}.
 */
public final class ExcelStrings {
    static final String UNDERSCORE = "_x005F_";

    private ExcelStrings() {
    }

    /** The text a cell holds once written: control characters XML 1.0 cannot carry become '?'. */
    public static String asCell(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!fitsXml(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '?');
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean fitsXml(char c) {
        return (c >= ' ' || c == '\t' || c == '\n' || c == '\r') && c != '\uFFFE' && c != '\uFFFF';
    }

    /** Whether the '_' at {@code i} starts something Excel would read as an escape: {@code _x} four hex digits {@code _}. */
    public static boolean startsEscape(String text, int i) {
        return ExcelText.escaped(text, i) >= 0;
    }

    /** The value of an attribute such as a table column's name that Excel reads back as {@code text}. */
    public static String attribute(String text) {
        String cell = asCell(text);
        StringBuilder out = new StringBuilder(cell.length() + 8);
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            switch (c) {
                case '\t' -> out.append("_x0009_");
                case '\n' -> out.append("_x000A_");
                case '\r' -> out.append("_x000D_");
                default -> out.append(startsEscape(cell, i) ? UNDERSCORE : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
