package org.funnelplan.workbook;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * The rows of one sheet, written as {@code <sheetData>} XML to a temporary file while the plan is
 * built. The last {@code window} rows stay open for writing in any order; older ones go to the
 * file, so a 250,000-lead sheet costs a window of rows in memory. Everything else about the sheet
 * (columns, panes, validation, highlights, printing) lives on its XSSF sheet, POI's template.
 *
 * <p>POI's SXSSF does the same job, but sets up AWT fonts for column auto-sizing on every sheet
 * (a tenth of a second before the first one), keeps an object per cell and writes each character
 * through a code-point iterator; a plan never auto-sizes and knows each cell's type as it writes it.
 */
final class SheetRows implements Closeable {
    private enum Kind { TEXT, NUMBER, BLANK, FORMULA_NUMBER, FORMULA_TEXT, FORMULA_BOOLEAN }

    /** One written cell; {@code text} is the string value or the formula, {@code number} the (cached) number. */
    private record Cell(Kind kind, int style, String text, double number, String cachedText) {
    }

    private static final class Row {
        private Cell[] cells = new Cell[16];
        private int lastCol = -1;
        private float height = -1;
        private boolean hidden;
        private int outlineLevel;

        void put(int col, Cell cell) {
            if (col >= cells.length) {
                Cell[] grown = new Cell[Math.max(col + 1, cells.length * 2)];
                System.arraycopy(cells, 0, grown, 0, cells.length);
                cells = grown;
            }
            cells[col] = cell;
            lastCol = Math.max(lastCol, col);
        }
    }

    private final XSSFSheet sheet;
    private final int window;
    private final TreeMap<Integer, Row> open = new TreeMap<>();
    private int lastWritten = -1;
    private Path file;
    private Writer xml;

    SheetRows(XSSFSheet sheet, int window) {
        this.sheet = sheet;
        this.window = window;
    }

    /** POI's sheet behind these rows: its settings are saved with the workbook. */
    XSSFSheet sheet() {
        return sheet;
    }

    void text(int row, int col, String text, int style) {
        row(row).put(col, new Cell(Kind.TEXT, style, text, 0, null));
    }

    void number(int row, int col, double value, int style) {
        row(row).put(col, new Cell(Kind.NUMBER, style, null, value, null));
    }

    void blank(int row, int col, int style) {
        row(row).put(col, new Cell(Kind.BLANK, style, null, 0, null));
    }

    void formula(int row, int col, String formula, double cached, int style) {
        row(row).put(col, new Cell(Kind.FORMULA_NUMBER, style, formula, cached, null));
    }

    void formula(int row, int col, String formula, String cached, int style) {
        row(row).put(col, new Cell(Kind.FORMULA_TEXT, style, formula, 0, cached));
    }

    void formula(int row, int col, String formula, boolean cached, int style) {
        row(row).put(col, new Cell(Kind.FORMULA_BOOLEAN, style, formula, cached ? 1 : 0, null));
    }

    void height(int row, float points) {
        row(row).height = points;
    }

    void hide(int row) {
        row(row).hidden = true;
    }

    /** One more outline level for the row, and the sheet's outline depth to match, as Excel's Group does. */
    void group(int row) {
        Row r = row(row);
        r.outlineLevel++;
        CTWorksheet worksheet = sheet.getCTWorksheet();
        CTSheetFormatPr format = worksheet.isSetSheetFormatPr() ? worksheet.getSheetFormatPr() : worksheet.addNewSheetFormatPr();
        if (r.outlineLevel > format.getOutlineLevelRow()) {
            format.setOutlineLevelRow((short) r.outlineLevel);
        }
    }

    /** Writes all open rows to the file. */
    void flush() {
        while (!open.isEmpty()) {
            writeLowest();
        }
    }

    /** Copies the finished {@code <sheetData>} content, rows only, into {@code out}. */
    void copyTo(OutputStream out) throws IOException {
        flush();
        if (xml == null) {
            return;
        }
        xml.flush();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    @Override
    public void close() throws IOException {
        open.clear();
        if (xml != null) {
            xml.close();
            Files.deleteIfExists(file);
            xml = null;
        }
    }

    private Row row(int index) {
        Row row = open.get(index);
        if (row != null) {
            return row;
        }
        if (index <= lastWritten) {
            throw new IllegalStateException("row %d of sheet '%s' was already written".formatted(index + 1, sheet.getSheetName()));
        }
        row = new Row();
        open.put(index, row);
        while (open.size() > window) {
            writeLowest();
        }
        return row;
    }

    private void writeLowest() {
        Map.Entry<Integer, Row> lowest = open.pollFirstEntry();
        try {
            write(lowest.getKey(), lowest.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastWritten = lowest.getKey();
    }

    private void write(int index, Row row) throws IOException {
        if (xml == null) {
            file = Files.createTempFile("funnelplan-sheet", ".xml");
            xml = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }
        String number = Integer.toString(index + 1);
        xml.write("<row r=\"");
        xml.write(number);
        xml.write('"');
        if (row.height >= 0) {
            xml.write(" customHeight=\"1\" ht=\"");
            xml.write(Float.toString(row.height));
            xml.write('"');
        }
        if (row.hidden) {
            xml.write(" hidden=\"1\"");
        }
        if (row.outlineLevel > 0) {
            xml.write(" outlineLevel=\"");
            xml.write(Integer.toString(row.outlineLevel));
            xml.write('"');
        }
        xml.write('>');
        for (int col = 0; col <= row.lastCol; col++) {
            if (row.cells[col] != null) {
                write(column(col) + number, row.cells[col]);
            }
        }
        xml.write("</row>\n");
    }

    private void write(String ref, Cell cell) throws IOException {
        xml.write("<c r=\"");
        xml.write(ref);
        xml.write('"');
        if (cell.style() != 0) {
            xml.write(" s=\"");
            xml.write(Integer.toString(cell.style()));
            xml.write('"');
        }
        switch (cell.kind()) {
            case BLANK -> xml.write("/>");
            case TEXT -> {
                xml.write(" t=\"inlineStr\"><is><t");
                if (hasOuterWhitespace(cell.text())) {
                    xml.write(" xml:space=\"preserve\"");
                }
                xml.write('>');
                escaped(cell.text());
                xml.write("</t></is></c>");
            }
            case NUMBER -> {
                xml.write("><v>");
                xml.write(number(cell.number()));
                xml.write("</v></c>");
            }
            case FORMULA_NUMBER -> {
                formula(cell, "");
                if (Double.isFinite(cell.number())) {
                    xml.write("<v>");
                    xml.write(number(cell.number()));
                    xml.write("</v>");
                }
                xml.write("</c>");
            }
            case FORMULA_TEXT -> {
                formula(cell, " t=\"str\"");
                xml.write("<v>");
                escaped(cell.cachedText());
                xml.write("</v></c>");
            }
            case FORMULA_BOOLEAN -> {
                formula(cell, " t=\"b\"");
                xml.write(cell.number() != 0 ? "<v>1</v></c>" : "<v>0</v></c>");
            }
            default -> throw new IllegalStateException(cell.kind().name());
        }
    }

    private void formula(Cell cell, String type) throws IOException {
        xml.write(type);
        xml.write("><f>");
        escaped(cell.text());
        xml.write("</f>");
    }

    /** Whole numbers without POI's ".0": the same value in a shorter file. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static final String[] COLUMNS = new String[64];

    static {
        for (int col = 0; col < COLUMNS.length; col++) {
            COLUMNS[col] = CellReference.convertNumToColString(col);
        }
    }

    private static String column(int col) {
        return col < COLUMNS.length ? COLUMNS[col] : CellReference.convertNumToColString(col);
    }

    private static boolean hasOuterWhitespace(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** XML text as Excel reads it: line breaks and tabs as character references, other control characters as '?'. */
    private void escaped(String text) throws IOException {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                case '\uFFFE', '\uFFFF' -> "?";
                default -> c < ' ' ? "?" : null;
            };
            if (replacement != null) {
                xml.write(text, from, i - from);
                xml.write(replacement);
                from = i + 1;
            }
        }
        xml.write(text, from, text.length() - from);
    }
}
