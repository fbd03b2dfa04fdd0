package org.funnelplan.crm;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date cell as CRMs and spreadsheets write it, split into its parts: year first
 * ({@code 2025-03-14}, always read so) or two parts and a four-digit year ({@code 14-3-2025},
 * {@code 3/14/2025}, {@code 14.03.2025}), read day or month first. A time after the date
 * ({@code 10:22}, {@code T10:22:00Z}, {@code , 10:22 AM}) is checked and ignored: only the
 * calendar date counts. Hand-parsed, as an export of 200,000 deals holds over a million dates.
 *
 * @param first  the year-first date's month, or the first of the two parts
 * @param second the year-first date's day, or the second of the two parts
 */
record DateText(boolean yearFirst, int first, int second, int year) {

    /** The parts of {@code text}, or null when it is no date of a shape funnelplan reads. */
    static DateText split(String text) {
        int n = text.length();
        int[] at = {0};
        int a = digits(text, at, 1, 4);
        if (a < 0 || at[0] >= n) {
            return null;
        }
        int firstLength = at[0];
        boolean yearFirst = firstLength == 4;
        if (firstLength == 3) {
            return null;
        }
        char separator = text.charAt(at[0]);
        if (separator != '-' && separator != '/' && separator != '.') {
            return null;
        }
        at[0]++;
        int b = digits(text, at, 1, 2);
        if (b < 0 || at[0] >= n || text.charAt(at[0]) != separator) {
            return null;
        }
        at[0]++;
        int c = yearFirst ? digits(text, at, 1, 2) : digits(text, at, 4, 4);
        if (c < 0 || !timeOfDay(text, at[0])) {
            return null;
        }
        return yearFirst ? new DateText(true, b, c, a) : new DateText(false, a, b, c);
    }

    /** The order this date proves: a first part above 12 is a day, a second part above 12 too; null when either fits. */
    DateOrder proves() {
        if (yearFirst || first > 12 == second > 12) {
            return null;
        }
        return first > 12 ? DateOrder.DMY : DateOrder.MDY;
    }

    /** The epoch day, with {@code order} for a date that is not year first. */
    int epochDay(DateOrder order) throws DateTimeException {
        int month = yearFirst || order == DateOrder.MDY ? first : second;
        int day = yearFirst || order == DateOrder.MDY ? second : first;
        if (year < 1900 || year > 2999) {
            throw new DateTimeException("year " + year);
        }
        return Math.toIntExact(LocalDate.of(year, month, day).toEpochDay());
    }

    /** Whether the date is a calendar date when read in {@code order}. */
    boolean readsAs(DateOrder order) {
        try {
            epochDay(order);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Reads min..max digits at {@code at[0]}, moving it on; -1 when there are too few or too many. */
    private static int digits(String text, int[] at, int min, int max) {
        int i = at[0];
        int value = 0;
        while (i < text.length() && i - at[0] <= max) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                break;
            }
            value = value * 10 + (ch - '0');
            i++;
        }
        int count = i - at[0];
        if (count < min || count > max) {
            return -1;
        }
        at[0] = i;
        return value;
    }

    /** Nothing, or a time of day: {@code 10:22}, {@code T10:22:00.000Z}, {@code , 10:22 AM}, {@code 10:22:00+01:00}. */
    private static boolean timeOfDay(String text, int from) {
        int n = text.length();
        if (from == n) {
            return true;
        }
        int[] at = {from};
        char ch = text.charAt(from);
        if (ch == 'T') {
            at[0]++;
        } else if (ch == ' ' || ch == ',') {
            while (at[0] < n && (text.charAt(at[0]) == ' ' || text.charAt(at[0]) == ',')) {
                at[0]++;
            }
        } else {
            return false;
        }
        int hours = digits(text, at, 1, 2);
        if (hours < 0 || at[0] >= n || text.charAt(at[0]) != ':') {
            return false;
        }
        at[0]++;
        int minutes = digits(text, at, 2, 2);
        if (minutes < 0 || minutes > 59) {
            return false;
        }
        if (at[0] < n && text.charAt(at[0]) == ':') {
            at[0]++;
            int seconds = digits(text, at, 2, 2);
            if (seconds < 0 || seconds > 60) {
                return false;
            }
            if (at[0] < n && (text.charAt(at[0]) == '.' || text.charAt(at[0]) == ',')) {
                at[0]++;
                if (digits(text, at, 1, 9) < 0) {
                    return false;
                }
            }
        }
        String rest = text.substring(at[0]).strip().toUpperCase(java.util.Locale.ROOT);
        boolean twelveHour = rest.startsWith("AM") || rest.startsWith("PM");
        if (twelveHour) {
            rest = rest.substring(2).strip();
        }
        if (twelveHour ? hours < 1 || hours > 12 : hours > 24) {
            return false;
        }
        return rest.isEmpty() || rest.equals("Z") || rest.equals("UTC") || rest.equals("GMT") || rest.matches("[+-]\\d{2}(:?\\d{2})?");
    }
}
