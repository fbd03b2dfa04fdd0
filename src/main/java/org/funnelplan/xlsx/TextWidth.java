package org.funnelplan.xlsx;

/**
 * How wide a column must be, in Excel's character units, for a text in the plan's Arial fonts:
 * a heading wraps between words, so its longest word must fit, and a label must fit whole. Widths
 * are estimated per letter (Arial's narrow i, l, t, wide m, w, capitals) with room to spare, as
 * Excel's columns come out some 6% narrower than LibreOffice's for the same width. The plan and the
 * variance report both use it.
 */
public final class TextWidth {
    /** Cell padding and the gap between Excel's and LibreOffice's column widths. */
    private static final double PADDING = 1.3;
    private static final double EXCEL_NARROWER = 1.06;

    private TextWidth() {
    }

    /** Units for a bold 10 pt heading that may wrap: its longest word fits on a line. */
    public static int heading(String text) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            widest = Math.max(widest, units(word));
        }
        return fit(widest);
    }

    /** Units for a bold 10 pt label on one line. */
    public static int label(String text) {
        return fit(units(text));
    }

    /** Units for a 10 pt note on one line (italic, not bold: some nine tenths of a heading's letters, and its indent). */
    public static int note(String text) {
        return fit(units(text) * 0.92 + 1);
    }

    /** The lines a 10 pt text takes when it wraps in a column {@code width} units wide. */
    public static int lines(String text, int width) {
        double room = Math.max(1, width - PADDING - 1);
        int lines = 0;
        double line = 0;
        for (String word : text.split("\\s+")) {
            double units = units(word) * EXCEL_NARROWER;
            if (lines == 0 || line + 0.6 + units > room) {
                lines++;
                line = units;
            } else {
                line += 0.6 + units;
            }
        }
        return Math.max(1, lines);
    }

    /** The widest of a base width and what each heading needs. */
    public static int headings(int base, String... texts) {
        int width = base;
        for (String text : texts) {
            width = Math.max(width, heading(text));
        }
        return width;
    }

    /** The widest of a base width and what each label needs. */
    public static int labels(int base, String... texts) {
        int width = base;
        for (String text : texts) {
            width = Math.max(width, label(text));
        }
        return width;
    }

    private static int fit(double units) {
        return units == 0 ? 0 : (int) Math.ceil(units * EXCEL_NARROWER + PADDING);
    }

    /** Bold Arial 10 pt, in widths of a digit of the 10 pt default font. */
    private static double units(String text) {
        double units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljtfrI.,:;'!|()[] -".indexOf(c) >= 0) {
                units += 0.6;
            } else if (c == 'm' || c == 'w') {
                units += 1.55;
            } else if (c == 'M' || c == 'W' || c == '—' || c == '€') {
                units += 1.7;
            } else if (Character.isUpperCase(c)) {
                units += 1.25;
            } else {
                units += 1.05;
            }
        }
        return units;
    }
}
