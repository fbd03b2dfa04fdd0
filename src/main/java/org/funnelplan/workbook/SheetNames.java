package org.funnelplan.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names for reps: Excel allows 31 characters, none of []:*?/\ or control characters, no
 * apostrophe at either end, not "History" (reserved for its change tracking) and no two equal
 * ignoring case, so a name is cleaned, shortened and numbered where needed. The metadata sheet
 * keeps the rep ↔ sheet map, so the name on the tab never has to be parsed back.
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
        String base = tidy(rep.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", " ").replaceAll("\\s+", " "));
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

    private static String tidy(String text) {
        return text.replaceAll("^['\\s]+|['\\s]+$", "");
    }
}
