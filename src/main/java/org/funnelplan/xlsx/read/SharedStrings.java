package org.funnelplan.xlsx.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Picks single entries out of the shared strings part without loading it: a master with a
 * quarter of a million leads keeps all their text there, and only a few entries are wanted. The
 * others are skipped unread; reading stops after the last wanted entry.
 */
public final class SharedStrings {
    /** What an Excel cell holds at most. */
    static final int MAX_CELL_TEXT = 32_767;
    /** All wanted entries together: rep names and metadata are a few hundred kB in the largest plan. */
    static final long MAX_KEPT = 16L << 20;

    private SharedStrings() {
    }

    /** @return the wanted entries the part has, by index; a wanted index that is absent is beyond the part's last entry */
    public static Map<Integer, String> read(XmlCursor xml, Set<Integer> wanted) {
        Map<Integer, String> found = new HashMap<>();
        int last = wanted.stream().mapToInt(Integer::intValue).max().orElse(-1);
        long kept = 0;
        int index = -1;
        while (index < last && xml.next(1)) {
            if (xml.depth() != 2 || !xml.name().equals("si")) {
                continue;
            }
            index++;
            if (wanted.contains(index)) {
                String text = text(xml);
                kept += text.length();
                if (kept > MAX_KEPT) {
                    throw xml.refused("holds more than %,d characters in the cells funnelplan reads".formatted(MAX_KEPT));
                }
                found.put(index, text);
            }
        }
        return found;
    }

    /**
     * The text of one {@code <si>} or {@code <is>}: its {@code <t>}, or the {@code <t>} of each run,
     * without the phonetic guide ({@code <rPh>}) that Japanese text may carry; Excel's {@code _xHHHH_} decoded.
     */
    static String text(XmlCursor xml) {
        int item = xml.depth();
        int phonetic = Integer.MAX_VALUE; // depth of an open <rPh>
        StringBuilder text = new StringBuilder();
        while (xml.next(item)) {
            if (xml.depth() <= phonetic) {
                phonetic = Integer.MAX_VALUE;
            }
            switch (xml.name()) {
                case "rPh" -> phonetic = Math.min(phonetic, xml.depth());
                case "t" -> {
                    String t = ExcelText.decode(xml.text(MAX_CELL_TEXT));
                    if (phonetic == Integer.MAX_VALUE) {
                        if (text.length() + t.length() > MAX_CELL_TEXT) {
                            throw xml.refused("holds a text of more than %,d characters, more than an Excel cell holds".formatted(MAX_CELL_TEXT));
                        }
                        text.append(t);
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }
}
