package org.funnelplan.actuals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;

/**
 * Which cell styles of a workbook show numbers as dates or times, read once from xl/styles.xml
 * with StAX: the number format of each {@code <xf>} of {@code <cellXfs>} (a cell's {@code s}
 * attribute is an index into them) and the custom format codes of {@code <numFmts>}.
 *
 * <p>Needed because a rep typing {@code 3/4} into a count gets a date: the cell keeps the serial
 * number (46085) with a date format, and whole-number validation lets it through.
 */
final class CellFormats {
    static final CellFormats NONE = new CellFormats(new BitSet());

    private final BitSet dateStyles;

    private CellFormats(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    /** Whether the cell style with index {@code style} (the {@code s} of a {@code <c>}) formats numbers as dates. */
    boolean isDate(int style) {
        return style >= 0 && dateStyles.get(style);
    }

    static CellFormats read(InputStream in) throws IOException, XMLStreamException {
        Map<Integer, String> codes = new HashMap<>();
        List<Integer> styleFormats = new ArrayList<>();
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            String section = "";
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals(section)) {
                        section = "";
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    // numFmt also appears inside dxfs (conditional formats) and xf inside cellStyleXfs: neither counts.
                    case "numFmts", "cellXfs" -> section = xml.getLocalName();
                    case "numFmt" -> {
                        if (section.equals("numFmts")) {
                            codes.put(id(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
                        }
                    }
                    case "xf" -> {
                        if (section.equals("cellXfs")) {
                            String id = xml.getAttributeValue(null, "numFmtId");
                            styleFormats.add(id == null ? 0 : id(id));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new XMLStreamException("the styles have a bad number format id: " + e.getMessage());
        } finally {
            xml.close();
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

    private static int id(String value) {
        return Integer.parseInt(value == null ? "" : value.trim());
    }
}
