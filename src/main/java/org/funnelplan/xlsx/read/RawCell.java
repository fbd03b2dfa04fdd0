package org.funnelplan.xlsx.read;

/**
 * One cell as the sheet XML has it: its kind, its value (for a formula the cached result) and
 * whether a formula produced it.
 *
 * @param text         the text of {@link Kind#TEXT} and {@link Kind#ERROR}; for {@link Kind#UNREADABLE} what
 *                     the XML holds instead of a value, and {@code why} says what is wrong with it
 * @param sharedString index into the shared strings for {@link Kind#SHARED_STRING}, else -1
 * @param date         a {@link Kind#NUMBER} whose cell style (the {@code s} attribute) shows it as a date
 *                     or time: what a spreadsheet makes of {@code 3/4} typed into a count
 */
public record RawCell(int row, int col, Kind kind, double number, String text, int sharedString, boolean formula, boolean date,
                      Unreadable why) {
    /** UNREADABLE: a value no spreadsheet writes ({@code NaN}, {@code 1e309}, a shared string that is not there). */
    public enum Kind { BLANK, NUMBER, TEXT, SHARED_STRING, BOOLEAN, ERROR, UNREADABLE }

    /**
     * Why an UNREADABLE cell is, in English; the reading layer puts it in the plan's language by
     * the name. {@code %s} is what the XML holds.
     */
    public enum Unreadable {
        NOT_A_NUMBER("'%s', which is not a number a spreadsheet writes (a damaged or edited file?)"),
        BEYOND_A_SPREADSHEET("'%s', a number beyond what a spreadsheet can hold"),
        NOT_A_STRING_NUMBER("'%s' where the XML needs a shared string number (a damaged file?)"),
        NOT_TRUE_OR_FALSE("'%s' where the XML needs TRUE or FALSE (a damaged file?)"),
        NO_SUCH_STRING("a reference to shared string %s, which the workbook does not have (a damaged file?)");

        private final String english;

        Unreadable(String english) {
            this.english = english;
        }

        public String english(String value) {
            return english.formatted(value);
        }
    }

    public RawCell(int row, int col, Kind kind, double number, String text, int sharedString, boolean formula, boolean date) {
        this(row, col, kind, number, text, sharedString, formula, date, null);
    }

    RawCell(int row, int col, Kind kind, double number, String text, int sharedString, boolean formula) {
        this(row, col, kind, number, text, sharedString, formula, false);
    }

    public static RawCell blank(int row, int col) {
        return new RawCell(row, col, Kind.BLANK, 0, null, -1, false);
    }

    /** @param value what the XML holds instead (clipped), the {@code %s} of {@code why} */
    public static RawCell unreadable(int row, int col, Unreadable why, String value, boolean formula) {
        return new RawCell(row, col, Kind.UNREADABLE, 0, value, -1, formula, false, why);
    }

    public RawCell withText(String resolved) {
        return new RawCell(row, col, Kind.TEXT, 0, resolved, -1, formula);
    }

    /** Empty, or text of spaces only: nothing was typed. */
    public boolean isEmpty() {
        return kind == Kind.BLANK || kind == Kind.TEXT && text.isBlank() && !formula;
    }

    public static long key(int row, int col) {
        return (long) row << 20 | col;
    }

    /** How a user reads the value, for messages: {@code 12}, {@code text 'twelve'}, {@code TRUE}. */
    public String describe() {
        return switch (kind) {
            case BLANK -> "nothing";
            case NUMBER -> (number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : String.valueOf(number));
            case TEXT, SHARED_STRING -> "text '" + (text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
            case BOOLEAN -> number != 0 ? "TRUE" : "FALSE";
            case ERROR -> "the error " + text;
            case UNREADABLE -> why.english(text);
        };
    }
}
