package org.funnelplan.xlsx.read;

/**
 * Cell text as Excel means it (ST_Xstring): {@code _xHHHH_} is the character HHHH. Excel writes a
 * carriage return as {@code _x000D_}, and a literal {@code _x0041_} typed in a cell as
 * {@code _x005F_x0041_}, as funnelplan's writer does; read raw, a rep named {@code Jan_x0041_}
 * would come back as {@code Jan_x005F_x0041_}.
 */
final class ExcelText {
    private ExcelText() {
    }

    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            int code = at + 6 < text.length() && text.charAt(at + 6) == '_' ? hex(text, at + 2) : -1;
            if (code < 0) {
                out.append(text, from, at + 1);
                from = at + 1;
            } else {
                out.append(text, from, at).append((char) code);
                from = at + 7;
            }
            at = text.indexOf("_x", from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The four hex digits at {@code i} as a number, or -1. */
    private static int hex(String text, int i) {
        int code = 0;
        for (int j = i; j < i + 4; j++) {
            int digit = Character.digit(text.charAt(j), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
