package org.funnelplan.xlsx.read;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of a workbook show numbers as dates or times, read once from xl/styles.xml:
 * the number format of each {@code <xf>} of {@code <cellXfs>} (a cell's {@code s} attribute is an
 * index into them) and the custom format codes of {@code <numFmts>}.
 *
 * <p>Needed because a rep typing {@code 3/4} into a count gets a date: the cell keeps the serial
 * number (46085) with a date format, and whole-number validation lets it through.
 */
public final class CellFormats {
    public static final CellFormats NONE = new CellFormats(new BitSet());

    private final BitSet dateStyles;

    private CellFormats(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    /** Whether the cell style with index {@code style} (the {@code s} of a {@code <c>}) formats numbers as dates. */
    boolean isDate(int style) {
        return style >= 0 && dateStyles.get(style);
    }

    /** Excel allows about 64,000 cell formats; more is no genuine workbook. */
    static final int MAX_STYLES = 100_000;

    public static CellFormats read(XmlCursor xml) {
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        while (xml.next(1)) {
            // numFmt also appears inside dxfs (conditional formats) and xf inside cellStyleXfs: neither counts.
            if (xml.depth() != 2 || !(xml.name().equals("numFmts") || xml.name().equals("cellXfs"))) {
                continue;
            }
            boolean numFmts = xml.name().equals("numFmts");
            while (xml.next(2)) {
                if (xml.depth() != 3) {
                    continue;
                }
                if (codes.size() + styleFormats.size() >= MAX_STYLES) {
                    throw xml.refused("has more than %,d cell formats".formatted(MAX_STYLES));
                }
                if (numFmts && xml.name().equals("numFmt")) {
                    codes.put(id(xml, xml.attribute("numFmtId")), xml.attribute("formatCode"));
                } else if (!numFmts && xml.name().equals("xf")) {
                    String id = xml.attribute("numFmtId");
                    styleFormats.add(id == null ? 0 : id(xml, id));
                }
            }
        }
        BitSet dates = new BitSet();
        Map<Integer, Boolean> known = new HashMap<>();
        for (int style = 0; style < styleFormats.size(); style++) {
            int format = styleFormats.get(style);
            if (known.computeIfAbsent(format, f -> isDateFormat(f, codes.get(f)))) {
                dates.set(style);
            }
        }
        return new CellFormats(dates);
    }

    /**
     * A custom code decides when the workbook has one for the id; otherwise the built-in format
     * of that id. Ids 27-36 and 50-58 are East Asian built-in date formats (ECMA-376 18.8.30) that
     * POI has no code for.
     */
    static boolean isDateFormat(int id, String code) {
        if (code == null) {
            if (id >= 27 && id <= 36 || id >= 50 && id <= 58) {
                return true;
            }
            code = BuiltinFormats.getBuiltinFormat(id);
            if (code == null) {
                return false;
            }
        }
        return DateUtil.isADateFormat(id, code);
    }

    private static int id(XmlCursor xml, String value) {
        int id = value == null ? -1 : CellXml.index(value);
        if (id < 0) {
            throw xml.broken("a number format has the id '%s', which is no number".formatted(value));
        }
        return id;
    }
}
