package org.funnelplan.xlsx.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code [Content_Types].xml} says a part is: an {@code Override} for the part's name, else
 * the {@code Default} for its extension. Names and extensions compare ignoring case.
 */
public record ContentTypes(Map<String, String> byExtension, Map<String, String> byPart) {
    /** More entries than a 5,000-rep plan's parts is no genuine package. */
    private static final int MAX_ENTRIES = 100_000;

    public static ContentTypes read(XmlCursor xml) {
        Map<String, String> byExtension = new HashMap<>();
        Map<String, String> byPart = new HashMap<>();
        while (xml.next(0)) {
            if (xml.depth() == 1 && !xml.name().equals("Types")) {
                throw xml.broken("the root element is <%s>, not <Types>".formatted(xml.name()));
            }
            if (xml.depth() != 2) {
                continue;
            }
            if (byExtension.size() + byPart.size() >= MAX_ENTRIES) {
                throw xml.refused("lists more than %,d content types".formatted(MAX_ENTRIES));
            }
            String type = xml.attribute("ContentType");
            switch (xml.name()) {
                case "Default" -> put(byExtension, xml.attribute("Extension"), type);
                case "Override" -> put(byPart, xml.attribute("PartName"), type);
                default -> {
                }
            }
        }
        return new ContentTypes(byExtension, byPart);
    }

    private static void put(Map<String, String> map, String key, String type) {
        if (key != null && type != null) {
            map.putIfAbsent(key.trim().toLowerCase(Locale.ROOT), type.trim());
        }
    }

    /** @param part a part name starting with {@code /}; {@code null} when nothing gives its type */
    public String of(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        String type = byPart.get(lower);
        if (type != null) {
            return type;
        }
        int dot = lower.lastIndexOf('.');
        return dot < lower.lastIndexOf('/') ? null : byExtension.get(lower.substring(dot + 1));
    }
}
