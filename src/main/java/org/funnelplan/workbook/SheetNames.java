package org.funnelplan.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.funnelplan.xlsx.ExcelStrings;

/**
 * Sheet names for reps: Excel allows 31 characters, none of []:*?/\ or control characters, no
 * apostrophe at either end, not "History" (reserved for its change tracking) and no two equal
 * ignoring case; and {@code _xHHHH_} is an escape to Excel. So a name is cleaned, shortened and
 * numbered where needed. The metadata sheet keeps the rep ↔ sheet map, so the name on the tab
 * never has to be parsed back.
 */
final class SheetNames {
    private static final int MAX_LENGTH = 31;
    private final Set<String> taken = new HashSet<>(Set.of("history"));

    SheetNames(String... reserved) {
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    String forRep(String rep) {
        String base = tidy(withoutEscapes(rep).replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " "));
        if (base.isEmpty()) {
            base = "Rep";
        }
        String name = cut(base, MAX_LENGTH);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /** A cut can end the name on an apostrophe or a space (Maximiliaan van Oldenbarnevelt' Jr): both go. */
    private static String cut(String text, int length) {
        return tidy(RepFileNames.cut(text, length));
    }

    /**
     * Excel reads {@code _x0041_} in a sheet name as "A": the tab would not show the rep's name and
     * the formulas that quote it would miss the sheet. Such a sequence loses its underscore.
     */
    private static String withoutEscapes(String rep) {
        String text = rep;
        int from = 0;
        for (int i = text.indexOf("_x"); i >= 0; i = text.indexOf("_x", from)) {
            if (ExcelStrings.startsEscape(text, i)) {
                text = text.substring(0, i) + text.substring(i + 1);
                from = Math.max(0, i - 6); // the cut may join what was before into a new escape
            } else {
                from = i + 1;
            }
        }
        return text;
    }

    private static String tidy(String text) {
        return text.replaceAll("^['\\s]+|['\\s]+$", "");
    }
}
