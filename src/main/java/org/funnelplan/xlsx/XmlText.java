package org.funnelplan.xlsx;

import java.util.Arrays;

/**
 * The one XML escaper of the writing side, for the text the plan writes itself: chart parts,
 * defined names and package parts ({@link #escaped}) and the streamed cells of {@link SheetRows}
 * ({@link Bytes#escaped}). What a character becomes is decided in one place, {@link #replacement};
 * the cells' flavour differs only in the {@link Mode} it asks for.
 */
final class XmlText {
    private XmlText() {
    }

    /** How a text is escaped; every mode writes the four markup characters as entities. */
    enum Mode {
        /**
         * Attributes and elements of the plan's own parts: control characters XML 1.0 cannot hold
         * as '?', as XMLBeans writes them; tabs and line breaks as they are.
         */
        MARKUP,
        /**
         * A formula or cell text as Excel reads it: line breaks, tabs and the no-break space as
         * character references, every character XML 1.0 cannot carry as '?' ({@link ExcelStrings#asCell}).
         */
        FORMULA,
        /** As {@link #FORMULA}, and a literal {@code _x0041_} with its underscore escaped, or Excel would read it as "A". */
        CELL_TEXT
    }

    /** {@code text} escaped as {@link Mode#MARKUP}. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = replacement(text, i, Mode.MARKUP);
            if (replacement != null) {
                out.append(text, from, i).append(replacement);
                from = i + 1;
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    /** The ASCII characters every mode writes as themselves: letters, digits, space and most punctuation. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = ' '; c < PLAIN.length; c++) {
            PLAIN[c] = c != '<' && c != '>' && c != '&' && c != '"' && c != '_';
        }
    }

    /** What the character at {@code i} is written as, or {@code null} for itself. */
    static String replacement(String text, int i, Mode mode) {
        char c = text.charAt(i);
        if (c < PLAIN.length ? PLAIN[c] : c < '\u00A0') {
            return null; // the hot path of a cell's text
        }
        switch (c) {
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '&':
                return "&amp;";
            case '"':
                return "&quot;";
            default:
                break;
        }
        if (mode == Mode.MARKUP) {
            return c < ' ' && c != '\t' && c != '\n' && c != '\r' ? "?" : null;
        }
        return switch (c) {
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            case '\u00A0' -> "&#xa0;";
            case '_' -> mode == Mode.CELL_TEXT && ExcelStrings.startsEscape(text, i) ? ExcelStrings.UNDERSCORE : null;
            default -> ExcelStrings.fitsXml(c) ? null : "?";
        };
    }

    /**
     * XML written straight as UTF-8 into a growing byte array: no StringBuilder, String and
     * encoded copy of every piece, and no cell reference or number made as a String first.
     * The bytes are those {@code String.getBytes(UTF_8)} gives for the same text (a lone
     * surrogate as '?').
     */
    static final class Bytes {
        private byte[] bytes;
        private int length;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        int length() {
            return length;
        }

        /** The array written into: its first {@link #length} bytes are the text. */
        byte[] array() {
            return bytes;
        }

        void clear() {
            length = 0;
        }

        /** Hands the array over (it is not written again) and starts a new one of {@code capacity}. */
        byte[] take(int capacity) {
            byte[] taken = bytes;
            bytes = new byte[capacity];
            length = 0;
            return taken;
        }

        /** Markup the writer spells itself: ASCII only. */
        Bytes ascii(String text) {
            int n = text.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                bytes[length++] = (byte) text.charAt(i);
            }
            return this;
        }

        Bytes ascii(char c) {
            ensure(1);
            bytes[length++] = (byte) c;
            return this;
        }

        /** A whole number in decimal, as {@code Long.toString} writes it. */
        Bytes digits(long value) {
            if (value == Long.MIN_VALUE) {
                return ascii(Long.toString(value));
            }
            ensure(20);
            if (value < 0) {
                bytes[length++] = '-';
                value = -value;
            }
            int end = length + digitCount(value);
            int at = end;
            do {
                bytes[--at] = (byte) ('0' + (int) (value % 10));
                value /= 10;
            } while (value != 0);
            length = end;
            return this;
        }

        /** Excel's column letters of a 0-based column: A, B, …, Z, AA, … */
        Bytes column(int col) {
            ensure(3);
            int start = length;
            int n = col + 1;
            while (n > 0) {
                int rest = (n - 1) % 26;
                bytes[length++] = (byte) ('A' + rest);
                n = (n - 1) / 26;
            }
            for (int i = start, j = length - 1; i < j; i++, j--) {
                byte b = bytes[i];
                bytes[i] = bytes[j];
                bytes[j] = b;
            }
            return this;
        }

        /** {@code text} escaped as {@code mode} asks. */
        Bytes escaped(String text, Mode mode) {
            int n = text.length();
            ensure(n);
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < PLAIN.length && PLAIN[c]) {
                    if (length == bytes.length) {
                        ensure(n - i);
                    }
                    bytes[length++] = (byte) c;
                    continue;
                }
                String replacement = replacement(text, i, mode);
                if (replacement != null) {
                    ascii(replacement);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    utf8(Character.toCodePoint(c, text.charAt(++i)));
                } else {
                    utf8(Character.isSurrogate(c) ? '?' : c);
                }
            }
            return this;
        }

        private void utf8(int codePoint) {
            ensure(4);
            if (codePoint < 0x80) {
                bytes[length++] = (byte) codePoint;
            } else if (codePoint < 0x800) {
                bytes[length++] = (byte) (0xC0 | codePoint >> 6);
                bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else if (codePoint < 0x10000) {
                bytes[length++] = (byte) (0xE0 | codePoint >> 12);
                bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                bytes[length++] = (byte) (0xF0 | codePoint >> 18);
                bytes[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | codePoint & 0x3F);
            }
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
            }
        }

        private static int digitCount(long value) {
            int count = 1;
            while (value >= 10) {
                value /= 10;
                count++;
            }
            return count;
        }
    }
}
