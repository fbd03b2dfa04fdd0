package org.funnelplan.csv;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The number formats input files may use. In a {@code ;} file {@code ,} is the decimal mark and
 * {@code .} may only group thousands; in a {@code ,} file it is the other way round. Only money
 * columns take currency signs, {@code EUR} and grouping; whole-number columns take digits only.
 * NaN, infinities, hex and exponents are refused, and so is anything above {@link #MAX}.
 */
final class Numbers {
    /** Larger numbers are surely a mistake, and lose precision as doubles. */
    static final BigDecimal MAX = new BigDecimal("1e15");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NEGATIVE_DIGITS = Pattern.compile("[-\u2212]\\s*\\d+");
    private static final Pattern PLAIN_POINT = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern PLAIN_COMMA = Pattern.compile("\\d+(,\\d*)?|,\\d+");
    private static final Pattern GROUPED_POINT = Pattern.compile("\\d{1,3}([, \u00A0\u202F])\\d{3}(\\1\\d{3})*(\\.\\d*)?");
    private static final Pattern GROUPED_COMMA = Pattern.compile("\\d{1,3}([. \u00A0\u202F])\\d{3}(\\1\\d{3})*(,\\d*)?");
    private static final Pattern EXPONENT = Pattern.compile("[-+]?[\\d.,]+[eE][-+]?\\d+");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("^(?:[€$£]|EUR)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(?:[€$£]|EUR)$", Pattern.CASE_INSENSITIVE);

    /** Why a cell is not the number its column needs; the caller adds file, line and column. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message, null, false, false);
        }
    }

    private Numbers() {
    }

    /** Digits only, between min and max. */
    static long whole(String text, long min, long max) throws Problem {
        String t = text.strip();
        if (NEGATIVE_DIGITS.matcher(t).matches()) {
            throw new Problem("must be ≥ %d; expected %s, got '%s'".formatted(min, expectedWhole(min, max), text));
        }
        if (!DIGITS.matcher(t).matches()) {
            throw new Problem("expected %s, got '%s'".formatted(expectedWhole(min, max), text));
        }
        int firstDigit = 0;
        while (firstDigit < t.length() - 1 && t.charAt(firstDigit) == '0') {
            firstDigit++;
        }
        long value = t.length() - firstDigit > 18 ? Long.MAX_VALUE : Long.parseLong(t, firstDigit, t.length(), 10);
        if (value < min || value > max) {
            throw new Problem("'%s' is out of range; expected %s".formatted(text, expectedWhole(min, max))
                    + (max > 1000 ? " and at most %d".formatted(max) : ""));
        }
        return value;
    }

    // Messages are only built for a bad value: a 250,000-lead file has a million good ones.
    private static String expectedWhole(long min, long max) {
        return max <= 1000 ? "a whole number from %d to %d".formatted(min, max) : "a whole number ≥ %d (digits only)".formatted(min);
    }

    /** A plain decimal ≥ 0: {@code 2.5} in a {@code ,} file, {@code 2,5} in a {@code ;} file. */
    static double decimal(String text, char delimiter) throws Problem {
        boolean comma = delimiter == ';';
        Supplier<String> expected = () -> "a number ≥ 0 like %s (the decimal mark is '%s' in a '%s' file)"
                .formatted(comma ? "2,5" : "2.5", comma ? ',' : '.', delimiter);
        String t = text.strip();
        boolean negative = t.startsWith("-") || t.startsWith("\u2212");
        if (negative) {
            t = t.substring(1).strip();
        }
        if (!(comma ? PLAIN_COMMA : PLAIN_POINT).matcher(t).matches()) {
            throw notANumber(text, t, expected);
        }
        return checked(text, new BigDecimal(comma ? t.replace(',', '.') : t), negative, expected);
    }

    /**
     * An amount ≥ 0, optionally with a currency sign or {@code EUR} before or after and thousands
     * grouping: {@code € 1.234,50} in a {@code ;} file, {@code "$1,234.50"} in a {@code ,} file.
     */
    static double money(String text, char delimiter) throws Problem {
        boolean comma = delimiter == ';';
        Supplier<String> expected = () -> "an amount ≥ 0 like %s (the decimal mark is '%s' in a '%s' file)"
                .formatted(comma ? "1234,50 or € 1.234,50" : "1234.50 or € 1,234.50", comma ? ',' : '.', delimiter);
        String t = text.strip();
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("\u2212")) {
            negative = true;
            t = t.substring(1).strip();
        }
        t = CURRENCY_BEFORE.matcher(t).replaceFirst("");
        if (!negative && (t.startsWith("-") || t.startsWith("\u2212"))) {
            negative = true;
            t = t.substring(1).strip();
        }
        t = CURRENCY_AFTER.matcher(t).replaceFirst("");
        String number;
        if ((comma ? PLAIN_COMMA : PLAIN_POINT).matcher(t).matches()) {
            number = t;
        } else if ((comma ? GROUPED_COMMA : GROUPED_POINT).matcher(t).matches()) {
            number = t.replaceAll(comma ? "[. \u00A0\u202F]" : "[, \u00A0\u202F]", "");
        } else {
            throw notANumber(text, t, expected);
        }
        return checked(text, new BigDecimal(comma ? number.replace(',', '.') : number), negative, expected);
    }

    private static Problem notANumber(String text, String stripped, Supplier<String> expected) {
        if (EXPONENT.matcher(stripped).matches()) {
            return new Problem("exponents are not accepted; expected %s, got '%s'".formatted(expected.get(), text));
        }
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (lower.equals("nan") || lower.startsWith("inf") || lower.equals("∞") || lower.startsWith("0x")) {
            return new Problem("expected %s, got '%s', which is not a usable number".formatted(expected.get(), text));
        }
        return new Problem("expected %s, got '%s'".formatted(expected.get(), text));
    }

    private static double checked(String text, BigDecimal value, boolean negative, Supplier<String> expected) throws Problem {
        if (negative && value.signum() != 0) {
            throw new Problem("must be ≥ 0; expected %s, got '%s'".formatted(expected.get(), text));
        }
        if (value.compareTo(MAX) > 0) {
            throw new Problem("'%s' is out of range; expected %s and at most 1e15".formatted(text, expected.get()));
        }
        return value.doubleValue();
    }
}
