package org.funnelplan.testutil;

import static org.funnelplan.testutil.OoxmlValidator.MAIN_NS;
import static org.funnelplan.testutil.OoxmlValidator.REL_NS;
import static org.funnelplan.testutil.OoxmlValidator.child;
import static org.funnelplan.testutil.OoxmlValidator.children;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.formula.FormulaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Test utility for {@link OoxmlValidator}: one worksheet as Excel reads it, streamed. Rows and
 * cells in order and in range, a value that fits its {@code t=}, style indices that exist, text
 * and formulas within Excel's lengths, formulas that parse against the workbook's sheets and
 * names, the dimension that covers the cells, columns that do not overlap, no more page breaks than
 * Excel keeps, validation texts within
 * Excel's lengths, tables whose headers equal their header cells, and the drawing's charts.
 */
final class SheetRules {
    private static final Pattern CELL = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");
    private static final Pattern NUMBER = Pattern.compile("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");
    private static final String TABLE_REL = REL_NS + "/table";
    private static final String DRAWING_REL = REL_NS + "/drawing";
    private static final String CHART_REL = REL_NS + "/chart";
    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

    /** A rectangle of cells, 1-based and inclusive. */
    record Area(int firstRow, int firstCol, int lastRow, int lastCol) {
        static Area parse(String ref) {
            String[] ends = ref.split(":", -1);
            if (ends.length > 2) {
                return null;
            }
            int[] a = cell(ends[0]);
            int[] b = ends.length == 2 ? cell(ends[1]) : a;
            if (a == null || b == null || a[0] > b[0] || a[1] > b[1]) {
                return null;
            }
            return new Area(a[0], a[1], b[0], b[1]);
        }

        boolean overlaps(Area other) {
            return firstRow <= other.lastRow && other.firstRow <= lastRow && firstCol <= other.lastCol && other.firstCol <= lastCol;
        }

        String format() {
            String first = name(firstRow, firstCol);
            return firstRow == lastRow && firstCol == lastCol ? first : first + ":" + name(lastRow, lastCol);
        }
    }

    /** A table's header: the column names expected at the header row. */
    private record Header(String table, int row, int firstCol, List<String> names) {
    }

    private final ExcelRules book;
    private final OoxmlValidator pkg;
    private final String sheet;
    private final int index;
    private final String part;
    private final List<Header> headers = new ArrayList<>();
    private final List<Area> tables = new ArrayList<>();
    private final Set<Long> headerCells = new HashSet<>();
    private final Map<Long, String> headerTexts = new HashMap<>();
    private final List<Area> merged = new ArrayList<>();
    private int minRow = Integer.MAX_VALUE;
    private int minCol = Integer.MAX_VALUE;
    private int maxRow;
    private int maxCol;

    SheetRules(ExcelRules book, String sheet, int index, String part) {
        this.book = book;
        this.pkg = book.pkg;
        this.sheet = sheet;
        this.index = index;
        this.part = part;
    }

    void check() {
        for (OoxmlValidator.Relationship relationship : pkg.relationships(part).values()) {
            if (relationship.type().equals(TABLE_REL) && !relationship.external()) {
                table(relationship.target());
            }
        }
        String dimension = scan();
        String used = maxRow == 0 ? "A1" : new Area(minRow, minCol, maxRow, maxCol).format();
        Area declared = dimension == null ? null : Area.parse(dimension);
        if (dimension != null && (declared == null || !declared.format().equals(used))) {
            problem("<dimension ref=\"" + dimension + "\"/> but the cells span " + used);
        }
        for (Header header : headers) {
            for (int i = 0; i < header.names().size(); i++) {
                long at = key(header.row(), header.firstCol() + i);
                String cell = headerTexts.get(at);
                String name = ExcelRules.decoded(header.names().get(i));
                if (cell == null) {
                    problem("table " + header.table() + ": header cell " + name(header.row(), header.firstCol() + i)
                            + " holds no text, column '" + name + "'");
                } else if (!cell.equals(name)) {
                    problem("table " + header.table() + ": column name '" + escapedForMessage(name) + "' differs from its header cell "
                            + name(header.row(), header.firstCol() + i) + " '" + escapedForMessage(cell) + "'");
                }
            }
        }
        for (Area table : tables) {
            for (Area merge : merged) {
                if (table.overlaps(merge)) {
                    problem("a table overlaps the merged cells " + merge.format());
                }
            }
        }
    }

    private void problem(String text) {
        pkg.problem(part + " ('" + sheet + "'): " + text);
    }

    private static String escapedForMessage(String text) {
        return text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    private String scan() {
        String dimension = null;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        int row = 0;
        int col = 0;
        int lastCol = 0;
        int lastColumnDefined = 0;
        int validations = -1;
        int validationCount = 0;
        int tableParts = -1;
        int tablePartCount = 0;
        String breaks = null;
        int breakCount = 0;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(pkg.bytes(part)));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    problem("has a DOCTYPE");
                }
                if (event != XMLStreamConstants.START_ELEMENT || !MAIN_NS.equals(xml.getNamespaceURI())) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "dimension" -> dimension = xml.getAttributeValue(null, "ref");
                    case "col" -> lastColumnDefined = column(xml, lastColumnDefined);
                    case "rowBreaks", "colBreaks" -> {
                        breaks = xml.getLocalName();
                        breakCount = 0;
                    }
                    case "brk" -> {
                        if (++breakCount == ExcelRules.MAX_PAGE_BREAKS + 1) {
                            problem(breaks + " holds more than Excel's " + ExcelRules.MAX_PAGE_BREAKS + " page breaks");
                        }
                    }
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        int number = r == null ? row + 1 : Integer.parseInt(r);
                        if (number <= row || number > ExcelRules.MAX_ROWS) {
                            problem("row " + number + " after row " + row + ", or past Excel's last row " + ExcelRules.MAX_ROWS);
                        }
                        styleIndex(xml.getAttributeValue(null, "s"), "row " + number);
                        row = number;
                        lastCol = 0;
                    }
                    case "c" -> {
                        col = cell(xml, row, lastCol);
                        lastCol = col;
                    }
                    case "mergeCell" -> {
                        Area area = area(xml.getAttributeValue(null, "ref"), "mergeCell");
                        if (area != null) {
                            for (Area other : merged) {
                                if (other.overlaps(area)) {
                                    problem("merged cells " + area.format() + " overlap " + other.format());
                                }
                            }
                            merged.add(area);
                        }
                    }
                    case "conditionalFormatting" -> sqref(xml.getAttributeValue(null, "sqref"), "conditionalFormatting");
                    case "cfRule" -> {
                        String dxf = xml.getAttributeValue(null, "dxfId");
                        if (dxf != null && Long.parseLong(dxf) >= book.dxfs) {
                            problem("cfRule dxfId " + dxf + " is out of range (" + book.dxfs + " dxfs)");
                        }
                        conditionFormulas(xml);
                    }
                    case "dataValidations" -> validations = count(xml);
                    case "dataValidation" -> {
                        validationCount++;
                        validation(xml);
                    }
                    case "drawing" -> drawing(pkg.target(part, xml.getAttributeValue(REL_NS, "id"), DRAWING_REL));
                    case "tableParts" -> tableParts = count(xml);
                    case "tablePart" -> {
                        tablePartCount++;
                        pkg.target(part, xml.getAttributeValue(REL_NS, "id"), TABLE_REL);
                    }
                    case "oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter" -> {
                        String name = xml.getLocalName();
                        if (xml.getElementText().length() > 255) {
                            problem(name + " is longer than 255 characters");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            problem("cannot be read: " + e);
        }
        if (validations >= 0 && validations != validationCount) {
            problem("dataValidations count=" + validations + " but it holds " + validationCount);
        }
        long tableRelationships = pkg.relationships(part).values().stream().filter(r -> r.type().equals(TABLE_REL)).count();
        if ((tableParts >= 0 && tableParts != tablePartCount) || tablePartCount != tableRelationships) {
            problem("tableParts count=" + tableParts + ", " + tablePartCount + " tablePart, " + tableRelationships + " table relationships");
        }
        return dimension;
    }

    private int count(XMLStreamReader xml) {
        String count = xml.getAttributeValue(null, "count");
        return count == null ? -1 : Integer.parseInt(count);
    }

    private int column(XMLStreamReader xml, int lastDefined) {
        int min = Integer.parseInt(xml.getAttributeValue(null, "min"));
        int max = Integer.parseInt(xml.getAttributeValue(null, "max"));
        if (min < 1 || max < min || max > ExcelRules.MAX_COLUMNS || min <= lastDefined) {
            problem("<col min=\"" + min + "\" max=\"" + max + "\"> is out of range, reversed or overlaps the one before");
        }
        String width = xml.getAttributeValue(null, "width");
        if (width != null && Double.parseDouble(width) > 255) {
            problem("column " + min + " is wider than 255 characters");
        }
        styleIndex(xml.getAttributeValue(null, "style"), "column " + min);
        return max;
    }

    private int cell(XMLStreamReader xml, int row, int lastCol) throws XMLStreamException {
        String ref = xml.getAttributeValue(null, "r");
        int col = lastCol + 1;
        if (ref != null) {
            Matcher m = CELL.matcher(ref);
            if (!m.matches() || Integer.parseInt(m.group(2)) != row) {
                problem("cell " + ref + " in row " + row);
            } else {
                col = ExcelRules.column(m.group(1));
            }
        }
        String where = "cell " + name(row, col);
        if (col <= lastCol || col > ExcelRules.MAX_COLUMNS) {
            problem(where + " after column " + lastCol + ", or past Excel's last column XFD");
        }
        minRow = Math.min(minRow, row);
        maxRow = Math.max(maxRow, row);
        minCol = Math.min(minCol, col);
        maxCol = Math.max(maxCol, col);
        styleIndex(xml.getAttributeValue(null, "s"), where);
        String type = xml.getAttributeValue(null, "t");
        type = type == null ? "n" : type;
        String value = null;
        String formula = null;
        String inline = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = xml.getElementText();
                    case "f" -> formula = xml.getElementText();
                    case "is" -> inline = inlineText(xml);
                    default -> {
                    }
                }
            }
        }
        String text = switch (type) {
            case "n" -> {
                if (value != null && (!NUMBER.matcher(value).matches() || !Double.isFinite(Double.parseDouble(value)))) {
                    problem(where + ": <v>" + value + "</v> is not a number");
                }
                yield null;
            }
            case "s" -> {
                if (value == null || !value.matches("[0-9]{1,9}") || Integer.parseInt(value) >= book.sharedStrings.size()) {
                    problem(where + ": t=\"s\" with <v>" + value + "</v>, not one of the " + book.sharedStrings.size() + " shared strings");
                    yield null;
                }
                yield book.sharedStrings.get(Integer.parseInt(value));
            }
            case "b" -> {
                if (value != null && !value.equals("0") && !value.equals("1")) {
                    problem(where + ": t=\"b\" with <v>" + value + "</v>");
                }
                yield null;
            }
            case "e" -> {
                if (value != null && !ERRORS.contains(value)) {
                    problem(where + ": t=\"e\" with <v>" + value + "</v>, not an error value");
                }
                yield null;
            }
            case "str" -> value == null ? "" : ExcelRules.decoded(value);
            case "inlineStr" -> {
                if (inline == null || value != null) {
                    problem(where + ": t=\"inlineStr\" needs an <is> and no <v>");
                }
                yield inline == null ? null : ExcelRules.decoded(inline);
            }
            default -> {
                problem(where + ": t=\"" + type + "\" is not a cell type Excel 2007–2016 reads");
                yield null;
            }
        };
        if (inline != null && !type.equals("inlineStr")) {
            problem(where + ": an <is> in a cell of t=\"" + type + "\"");
        }
        if (text != null && text.length() > ExcelRules.MAX_TEXT) {
            problem(where + ": text longer than 32,767 characters");
        }
        if (formula != null && !formula.isEmpty()) {
            formula(formula, FormulaType.CELL, where);
        }
        long key = key(row, col);
        if (headerCells.contains(key) && text != null) {
            headerTexts.put(key, text);
        }
        return col;
    }

    /** The text of an {@code <is>} or {@code <si>}: its {@code <t>} or its runs' {@code <t>}, phonetic runs left out. */
    private static String inlineText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        boolean phonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic = true;
                }
                if (xml.getLocalName().equals("t") && !phonetic) {
                    text.append(xml.getElementText());
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic = false;
                }
                depth--;
            }
        }
        return text.toString();
    }

    /** The same for a DOM {@code <si>}. */
    static String text(Element item) {
        StringBuilder text = new StringBuilder();
        NodeList ts = item.getElementsByTagNameNS(MAIN_NS, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            Node t = ts.item(i);
            if (!"rPh".equals(t.getParentNode().getLocalName())) {
                text.append(t.getTextContent());
            }
        }
        return text.toString();
    }

    private void styleIndex(String s, String where) {
        if (s != null && Long.parseLong(s) >= book.cellXfs) {
            problem(where + ": style " + s + " is out of range (" + book.cellXfs + " cellXfs)");
        }
    }

    private void formula(String formula, FormulaType type, String where) {
        if (formula.length() > 8192) {
            problem(where + ": formula longer than 8,192 characters");
            return;
        }
        String problem = book.formulaProblem(formula, type, index);
        if (problem != null) {
            problem(where + ": formula " + formula + ": " + problem);
        }
    }

    private void conditionFormulas(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cfRule")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("formula")) {
                formula(xml.getElementText(), FormulaType.CELL, "conditional format"); // POI has no parser for CONDFORMAT; the syntax is a cell's
            }
        }
    }

    private void validation(XMLStreamReader xml) throws XMLStreamException {
        String where = "dataValidation " + xml.getAttributeValue(null, "sqref");
        sqref(xml.getAttributeValue(null, "sqref"), "dataValidation");
        length(xml, "promptTitle", 32, where);
        length(xml, "errorTitle", 32, where);
        length(xml, "prompt", 255, where);
        length(xml, "error", 225, where);
        boolean list = "list".equals(xml.getAttributeValue(null, "type"));
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("dataValidation")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().startsWith("formula")) {
                String formula = xml.getElementText();
                if (list && formula.startsWith("\"")) {
                    if (formula.length() - 2 > 255 || !formula.endsWith("\"")) {
                        problem(where + ": a list of more than 255 characters, or not quoted: " + formula);
                    }
                } else {
                    formula(formula, list ? FormulaType.DATAVALIDATION_LIST : FormulaType.CELL, where);
                }
            }
        }
    }

    private void length(XMLStreamReader xml, String attribute, int max, String where) {
        String value = xml.getAttributeValue(null, attribute);
        if (value != null && value.length() > max) {
            problem(where + ": " + attribute + " is longer than Excel's " + max + " characters");
        }
    }

    private void sqref(String sqref, String what) {
        if (sqref == null || sqref.isBlank()) {
            problem(what + " without sqref");
            return;
        }
        for (String ref : sqref.trim().split("\\s+")) {
            area(ref, what);
        }
    }

    private Area area(String ref, String what) {
        Area area = ref == null ? null : Area.parse(ref);
        if (area == null) {
            problem(what + " ref '" + ref + "' is not a range of cells");
        }
        return area;
    }

    private void table(String tablePart) {
        Document doc = pkg.dom(tablePart);
        if (doc == null) {
            return;
        }
        Element table = doc.getDocumentElement();
        String name = table.getAttribute("displayName");
        String where = tablePart + " (table " + name + ")";
        for (String attribute : List.of("name", "displayName")) {
            String value = table.getAttribute(attribute);
            String problem = ExcelRules.nameProblem(value);
            if (problem != null || value.contains(" ")) {
                pkg.problem(where + ": " + attribute + " '" + value + "' " + (problem == null ? "holds a space" : problem));
            }
        }
        if (!book.tableIds.add(Long.parseLong(table.getAttribute("id")))) {
            pkg.problem(where + ": table id " + table.getAttribute("id") + " is used by another table");
        }
        if (!book.tableNames.add(ExcelRules.key(name)) || book.definedNames.contains(ExcelRules.key(name))) {
            pkg.problem(where + ": the name is taken by another table or a defined name");
        }
        Area area = Area.parse(table.getAttribute("ref"));
        if (area == null) {
            pkg.problem(where + ": ref '" + table.getAttribute("ref") + "' is not a range");
            return;
        }
        for (Area other : tables) {
            if (other.overlaps(area)) {
                pkg.problem(where + ": overlaps another table on the sheet");
            }
        }
        tables.add(area);
        int headerRows = table.hasAttribute("headerRowCount") ? Integer.parseInt(table.getAttribute("headerRowCount")) : 1;
        int totalRows = table.hasAttribute("totalsRowCount") ? Integer.parseInt(table.getAttribute("totalsRowCount")) : 0;
        if (area.lastRow() - area.firstRow() + 1 < headerRows + totalRows + 1) {
            pkg.problem(where + ": no data row");
        }
        Element autoFilter = child(table, MAIN_NS, "autoFilter");
        String filtered = new Area(area.firstRow(), area.firstCol(), area.lastRow() - totalRows, area.lastCol()).format();
        if (autoFilter != null && !filtered.equals(autoFilter.getAttribute("ref"))) {
            pkg.problem(where + ": autoFilter ref " + autoFilter.getAttribute("ref") + " is not the table's " + filtered);
        }
        Element columnsElement = child(table, MAIN_NS, "tableColumns");
        List<Element> columns = columnsElement == null ? List.of() : children(columnsElement, MAIN_NS, "tableColumn");
        int width = area.lastCol() - area.firstCol() + 1;
        if (columns.size() != width || (columnsElement != null && columnsElement.hasAttribute("count")
                && Integer.parseInt(columnsElement.getAttribute("count")) != width)) {
            pkg.problem(where + ": " + columns.size() + " tableColumn for a table " + width + " columns wide");
        }
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        List<String> headerNames = new ArrayList<>();
        for (Element column : columns) {
            String columnName = column.getAttribute("name");
            if (!ids.add(column.getAttribute("id"))) {
                pkg.problem(where + ": tableColumn id " + column.getAttribute("id") + " repeated");
            }
            String decoded = ExcelRules.decoded(columnName);
            if (decoded.isEmpty() || !names.add(decoded.toLowerCase(Locale.ROOT))) {
                pkg.problem(where + ": column name '" + decoded + "' is empty or repeats another ignoring case");
            }
            headerNames.add(columnName);
        }
        if (headerRows > 0) {
            headers.add(new Header(name, area.firstRow(), area.firstCol(), headerNames));
            for (int i = 0; i < headerNames.size(); i++) {
                headerCells.add(key(area.firstRow(), area.firstCol() + i));
            }
        }
    }

    private void drawing(String drawingPart) {
        Document doc = drawingPart == null ? null : pkg.dom(drawingPart);
        if (doc == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        NodeList shapes = doc.getElementsByTagNameNS(DRAWING_NS, "cNvPr");
        for (int i = 0; i < shapes.getLength(); i++) {
            if (!ids.add(((Element) shapes.item(i)).getAttribute("id"))) {
                pkg.problem(drawingPart + ": shape id " + ((Element) shapes.item(i)).getAttribute("id") + " repeated");
            }
        }
        NodeList charts = doc.getElementsByTagNameNS(CHART_NS, "chart");
        for (int i = 0; i < charts.getLength(); i++) {
            String chart = pkg.target(drawingPart, ((Element) charts.item(i)).getAttributeNS(REL_NS, "id"), CHART_REL);
            Document chartDoc = chart == null ? null : pkg.dom(chart);
            if (chartDoc == null) {
                continue;
            }
            NodeList formulas = chartDoc.getElementsByTagNameNS(CHART_NS, "f");
            for (int f = 0; f < formulas.getLength(); f++) {
                String formula = formulas.item(f).getTextContent();
                String problem = book.formulaProblem(formula, FormulaType.NAMEDRANGE, -1);
                if (problem != null) {
                    pkg.problem(chart + ": series formula " + formula + ": " + problem);
                }
            }
        }
    }

    private static long key(int row, int col) {
        return (long) row << 16 | col;
    }

    private static int[] cell(String ref) {
        Matcher m = CELL.matcher(ref.replace("$", ""));
        if (!m.matches()) {
            return null;
        }
        int row = Integer.parseInt(m.group(2));
        int col = ExcelRules.column(m.group(1));
        return row > ExcelRules.MAX_ROWS || col > ExcelRules.MAX_COLUMNS ? null : new int[] {row, col};
    }

    static String name(int row, int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + row;
    }
}
