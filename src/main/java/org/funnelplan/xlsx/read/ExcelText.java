package org.funnelplan.xlsx.read;

/**
 * Cell text as Excel means it (ST_Xstring): {@code _xHHHH_} is the character HHHH. Excel writes a
 * carriage return as {@code _x000D_}, and a literal {@code _x0041_} typed in a cell as
 * {@code _x005F_x0041_}, as funnelplan's writer does; read raw, a rep named {@code Jan_x0041_}
 * would come back as {@code Jan_x005F_x0041_}.
 */
public final class ExcelText {
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
            int code = escaped(text, at);
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

    /**
     * The character of the escape {@code _xHHHH_} that starts at {@code i}, or -1 where none does;
     * the writer escapes the underscore of what this reads as one.
     */
    public static int escaped(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return -1;
        }
        int code = 0;
        for (int j = i + 2; j < i + 6; j++) {
            int digit = Character.digit(text.charAt(j), 16);
            if (digit < 0) {
                return -1;
            }
            code = code * 16 + digit;
        }
        return code;
    }
}
