package org.funnelplan.actuals;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * Streams one worksheet part with StAX and keeps only the wanted cells; reading stops after the
 * last wanted row, so rows below (or a whole sheet nobody asked for) cost nothing.
 */
final class SheetCells {
    private SheetCells() {
    }

    /**
     * @param wanted keys of {@link RawCell#key(int, int)}, or {@code null} for every cell
     * @param formats the workbook's cell styles, to tell numbers shown as dates
     * @return the wanted cells that the sheet has, by key; absent ones were never written (blank)
     */
    static Map<Long, RawCell> read(InputStream in, Set<Long> wanted, CellFormats formats) throws IOException, XMLStreamException {
        Map<Long, RawCell> cells = new HashMap<>();
        int lastRow = Integer.MAX_VALUE;
        if (wanted != null) {
            lastRow = wanted.stream().mapToInt(k -> (int) (k >>> 20)).max().orElse(-1);
            if (lastRow < 0) {
                return cells;
            }
        }
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            int row = -1;
            int col = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (element.equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? row + 1 : Integer.parseInt(r.trim()) - 1;
                    col = -1;
                    if (row > lastRow) {
                        break;
                    }
                } else if (element.equals("c")) {
                    String r = xml.getAttributeValue(null, "r");
                    if (r != null) {
                        CellReference ref = new CellReference(r);
                        row = ref.getRow();
                        col = ref.getCol();
                    } else {
                        col++;
                    }
                    if (wanted == null || wanted.contains(RawCell.key(row, col))) {
                        cells.put(RawCell.key(row, col), cell(xml, row, col, formats));
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new XMLStreamException("bad row, cell or style number: " + e.getMessage());
        } finally {
            xml.close();
        }
        return cells;
    }

    /** Reads a {@code <c>} element up to its end tag. */
    private static RawCell cell(XMLStreamReader xml, int row, int col, CellFormats formats) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        int style = s == null ? 0 : Integer.parseInt(s.trim());
        boolean formula = false;
        String value = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                switch (xml.getLocalName()) {
                    case "f" -> {
                        formula = true;
                        xml.getElementText();
                        depth--;
                    }
                    case "v" -> {
                        value = xml.getElementText();
                        depth--;
                    }
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> {
                        skip(xml);
                        depth--;
                    }
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null) {
                            inline.append(text);
                        }
                        depth--;
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        type = type == null ? "n" : type;
        if (type.equals("inlineStr")) {
            return new RawCell(row, col, RawCell.Kind.TEXT, 0, inline == null ? "" : inline.toString(), -1, formula);
        }
        if (value == null) {
            return new RawCell(row, col, RawCell.Kind.BLANK, 0, null, -1, formula);
        }
        return switch (type) {
            case "s" -> new RawCell(row, col, RawCell.Kind.SHARED_STRING, 0, null, Integer.parseInt(value.trim()), formula);
            case "str", "d" -> new RawCell(row, col, RawCell.Kind.TEXT, 0, value, -1, formula);
            case "b" -> new RawCell(row, col, RawCell.Kind.BOOLEAN, value.trim().equals("1") ? 1 : 0, null, -1, formula);
            case "e" -> new RawCell(row, col, RawCell.Kind.ERROR, 0, value, -1, formula);
            default -> number(row, col, value, formula, formats.isDate(style));
        };
    }

    private static RawCell number(int row, int col, String value, boolean formula, boolean date) {
        try {
            return new RawCell(row, col, RawCell.Kind.NUMBER, Double.parseDouble(value.trim()), null, -1, formula, date);
        } catch (NumberFormatException e) {
            return new RawCell(row, col, RawCell.Kind.TEXT, 0, value, -1, formula);
        }
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
