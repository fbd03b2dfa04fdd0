package org.funnelplan.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One step of the funnel, for example {@code contacted} or {@code quoted}.
 *
 * @param name as written in the history
 * @param key  the name in lower case with every run of other characters than a–z and 0–9
 *             replaced by {@code _}; used in the workbook's defined names ({@code Plan_<key>})
 */
public record Stage(String name, String key) {
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]+");

    public static Stage named(String name) {
        return new Stage(name.trim(), keyOf(name));
    }

    static String keyOf(String name) {
        return NOT_KEY.matcher(name.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    @Override
    public String toString() {
        return name;
    }
}
