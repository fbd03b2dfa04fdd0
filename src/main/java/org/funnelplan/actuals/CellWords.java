package org.funnelplan.actuals;

import java.text.NumberFormat;

import org.funnelplan.contract.Language;
import org.funnelplan.xlsx.read.RawCell;

/**
 * What a cell holds, in the words of the message it goes into: {@code text 'abc'} or
 * {@code tekst 'abc'}, {@code 2.5} or {@code 2,5} as the rep typed it in their spreadsheet.
 */
final class CellWords {
    private CellWords() {
    }

    static Worded describe(RawCell cell) {
        return switch (cell.kind()) {
            // A formula saved without its result (openpyxl does that): the cell is not empty, it was never calculated.
            case BLANK -> Worded.of(cell.formula() ? "cell.uncalculated" : "cell.nothing");
            case NUMBER -> value(cell.number());
            case TEXT, SHARED_STRING -> Worded.of("cell.text", clip(cell.text()));
            case BOOLEAN -> Worded.of(cell.number() != 0 ? "cell.true" : "cell.false");
            case ERROR -> Worded.of("cell.error", cell.text());
            case UNREADABLE -> Worded.of("cell.unreadable." + cell.why().name(), cell.text());
        };
    }

    /** A number as a cell shows it, without grouping: {@code 46085}, {@code 2.5} / {@code 2,5}. */
    static Worded value(double number) {
        String english = number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : String.valueOf(number);
        return words -> words.language() == Language.NL ? english.replace('.', ',') : english;
    }

    /** A bound of a range: whole numbers grouped as the language groups them ({@code 1,000,000} / {@code 1.000.000}). */
    static Worded number(double number) {
        if (number != Math.rint(number) || Math.abs(number) > Long.MAX_VALUE) {
            return value(number);
        }
        return words -> NumberFormat.getIntegerInstance(words.language().locale()).format((long) number);
    }

    /** A plan figure as the CSVs write it: at most four decimals, in the language's decimal mark. */
    static Worded figure(double number) {
        String english = Numbers4.format(number);
        return words -> words.language() == Language.NL ? english.replace('.', ',') : english;
    }

    private static String clip(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
