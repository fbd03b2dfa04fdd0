package org.funnelplan.workbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names for the per-rep workbooks, safe on Windows, macOS and Linux: no {@code <>:"/\|?*} or
 * control characters, no leading dots (hidden on macOS), no trailing dots or spaces (dropped by
 * Windows), no reserved device names (CON, PRN, AUX, NUL, COM1–9, LPT1–9), at most
 * {@value #MAX_BASE_LENGTH} characters before {@code .xlsx}, and no two equal ignoring case (both
 * file systems usually ignore it), numbered {@code (2)}, {@code (3)}… where needed.
 */
public final class RepFileNames {
    static final int MAX_BASE_LENGTH = 80;
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}\\u0080-\\u009F\\u200B-\\u200F\\u2028-\\u202E\\uFEFF]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    private RepFileNames() {
    }

    /** One {@code .xlsx} file name per rep, in the same order. */
    public static List<String> of(List<String> reps) {
        Set<String> taken = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String rep : reps) {
            String base = base(rep);
            String name = base;
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = trimEnd(cut(base, MAX_BASE_LENGTH - suffix.length())) + suffix;
            }
            names.add(name + ".xlsx");
        }
        return names;
    }

    static String base(String rep) {
        String text = Normalizer.normalize(rep, Normalizer.Form.NFC);
        text = FORBIDDEN.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("^[.\\s]+", "");
        text = trimEnd(cut(text, MAX_BASE_LENGTH));
        if (text.isEmpty()) {
            text = "rep";
        }
        if (RESERVED.matcher(text).matches()) {
            text = "_" + text;
        }
        return text;
    }

    /** At most {@code length} characters, never splitting a surrogate pair. */
    /** The first {@code length} chars, never half a character (an emoji is two chars). */
    static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String trimEnd(String text) {
        return text.replaceAll("[.\\s]+$", "");
    }
}
