package org.funnelplan.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.model.InputException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetFormatPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * The rows of one sheet, written as {@code <sheetData>} XML into the workbook's {@link RowStore}
 * while the plan is built. The last {@code window} rows stay open for writing in any order; older
 * ones go to the store, so a 250,000-lead sheet costs a window of rows in memory. Everything else
 * about the sheet (columns, panes, validation, highlights, printing) lives on its XSSF sheet.
 *
 * <p>POI's SXSSF does the same job, but sets up AWT fonts for column auto-sizing on every sheet
 * (a tenth of a second before the first one), keeps an object per cell and writes each character
 * through a code-point iterator; a plan never auto-sizes and knows each cell's type as it writes it.
 */
public final class SheetRows {
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

    /** Written XML is handed on in pieces of about this many bytes. */
    private static final int PIECE = 1 << 17;
    /**
     * Pieces that may wait to be deflated, at most: a 32nd of the heap (16 MB of a 512 MB heap),
     * so the deflating threads can catch up while POI saves the workbook; with only six out, the
     * writer of the 250,000-lead plan waited 1.7 s for them.
     */
    private static final int IN_FLIGHT = (int) Math.max(6, Math.min(128, Runtime.getRuntime().maxMemory() / 32 / (PIECE + PIECE / 4)));

    private final XSSFSheet sheet;
    private final RowStore store;
    private final int window;
    private final TreeMap<Integer, Row> open = new TreeMap<>();
    private int lastWritten = -1;
    /** The open row written last, most cells' row: found without a look-up in {@link #open}. */
    private int recentIndex = -1;
    private Row recent;
    private XmlText.Bytes xml = new XmlText.Bytes(256);
    /** Offset and length of each piece in the store, in order: XML, or deflated once {@link #deflating}. */
    private long[] pieces = new long[8];
    private int pieceCount;
    /**
     * Whether the rows outgrew one piece: then each piece is deflated as it is written, on the other
     * cores while this thread goes on writing rows, and waits in the store deflated (a tenth of its
     * size); rows that fit in one piece are deflated with the rest of the sheet's part.
     */
    private boolean deflating;
    private final ArrayDeque<Future<ParallelDeflate.Deflated>> inFlight = new ArrayDeque<>();
    /** The last piece handed to deflate: the next one's dictionary. */
    private byte[] previous;
    private int previousLength;
    /** CRC-32 and length of the XML in the stored pieces, and their deflated length, while {@link #deflating}. */
    private int xmlCrc;
    private long xmlLength;
    private long deflatedLength;
    /** The used range, 0-based; no cell yet while {@code lastRow < 0}. */
    private int firstRow = Integer.MAX_VALUE;
    private int firstCol = Integer.MAX_VALUE;
    private int lastRow = -1;
    private int lastCol = -1;

    SheetRows(XSSFSheet sheet, RowStore store, int window) {
        this.sheet = sheet;
        this.store = store;
        this.window = window;
    }

    /** POI's sheet behind these rows: its settings are saved with the workbook. */
    public XSSFSheet sheet() {
        return sheet;
    }

    /** A {@code null} text leaves the cell blank, as POI's setCellValue does. */
    public void text(int row, int col, String text, int style) {
        cell(row, col).put(col, text == null ? new Cell(Kind.BLANK, style, null, 0, null) : new Cell(Kind.TEXT, style, text, 0, null));
    }

    public void number(int row, int col, double value, int style) {
        cell(row, col).put(col, new Cell(Kind.NUMBER, style, null, value, null));
    }

    public void blank(int row, int col, int style) {
        cell(row, col).put(col, new Cell(Kind.BLANK, style, null, 0, null));
    }

    public void formula(int row, int col, String formula, double cached, int style) {
        cell(row, col).put(col, new Cell(Kind.FORMULA_NUMBER, style, formula, cached, null));
    }

    public void formula(int row, int col, String formula, String cached, int style) {
        cell(row, col).put(col, new Cell(Kind.FORMULA_TEXT, style, formula, 0, cached));
    }

    public void formula(int row, int col, String formula, boolean cached, int style) {
        cell(row, col).put(col, new Cell(Kind.FORMULA_BOOLEAN, style, formula, cached ? 1 : 0, null));
    }

    public void height(int row, float points) {
        row(row).height = points;
    }

    public void hide(int row) {
        row(row).hidden = true;
    }

    /** One more outline level for the row, and the sheet's outline depth to match, as Excel's Group does. */
    public void group(int row) {
        Row r = row(row);
        r.outlineLevel++;
        CTWorksheet worksheet = sheet.getCTWorksheet();
        CTSheetFormatPr format = worksheet.isSetSheetFormatPr() ? worksheet.getSheetFormatPr() : worksheet.addNewSheetFormatPr();
        if (r.outlineLevel > format.getOutlineLevelRow()) {
            format.setOutlineLevelRow((short) r.outlineLevel);
        }
    }

    /**
     * Puts the range the cells use into the sheet's {@code <dimension>}: readers that trust it
     * (openpyxl's read-only mode) otherwise see one cell. A sheet without cells keeps A1.
     */
    void writeDimension() {
        if (lastRow >= 0) {
            String first = column(firstCol) + (firstRow + 1);
            String last = column(lastCol) + (lastRow + 1);
            CTWorksheet worksheet = sheet.getCTWorksheet();
            (worksheet.isSetDimension() ? worksheet.getDimension() : worksheet.addNewDimension())
                    .setRef(first.equals(last) ? first : first + ":" + last);
        }
    }

    /** Writes all open rows to the store and lets go of the buffer: a thousand finished rep sheets keep none. */
    public void flush() {
        while (!open.isEmpty()) {
            writeLowest();
        }
        storePiece();
        xml = new XmlText.Bytes(256);
        if (deflating) {
            collect(0);
            if (previous != null && previousLength > ParallelDeflate.WINDOW) {
                previous = Arrays.copyOfRange(previous, previousLength - ParallelDeflate.WINDOW, previousLength);
                previousLength = previous.length;
            }
        }
    }

    /** Copies the finished {@code <sheetData>} content, rows only, into {@code out} as XML. */
    void copyTo(OutputStream out) throws IOException {
        flush();
        if (!deflating) {
            for (int i = 0; i < pieceCount; i++) {
                store.copy(pieces[2 * i], (int) pieces[2 * i + 1], out);
            }
            return;
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        copyDeflatedTo(deflated);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated.toByteArray());
            byte[] buffer = new byte[1 << 16];
            while (!inflater.needsInput()) {
                out.write(buffer, 0, inflater.inflate(buffer));
            }
        } catch (DataFormatException e) {
            throw new IOException("the deflated rows of sheet " + sheet.getSheetName() + " do not inflate", e);
        } finally {
            inflater.end();
        }
    }

    /** Whether {@link #copyDeflatedTo} is how the rows are written: they outgrew one piece. */
    boolean deflated() {
        return deflating;
    }

    /** The rows, flushed, as raw deflate bytes that end on a sync flush; {@link #deflated()} only. */
    void copyDeflatedTo(OutputStream out) throws IOException {
        flush();
        for (int i = 0; i < pieceCount; i++) {
            store.copy(pieces[2 * i], (int) pieces[2 * i + 1], out);
        }
    }

    /** The same bytes as {@link #copyDeflatedTo}, read piece by piece. */
    InputStream deflatedStream() {
        flush();
        return new InputStream() {
            private final ByteArrayOutputStream piece = new ByteArrayOutputStream();
            private byte[] bytes = new byte[0];
            private int at;
            private int next;

            @Override
            public int read() throws IOException {
                return fill() ? bytes[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(length, bytes.length - at);
                System.arraycopy(bytes, at, into, offset, n);
                at += n;
                return n;
            }

            private boolean fill() throws IOException {
                while (at == bytes.length) {
                    if (next == pieceCount) {
                        return false;
                    }
                    piece.reset();
                    store.copy(pieces[2 * next], (int) pieces[2 * next + 1], piece);
                    next++;
                    bytes = piece.toByteArray();
                    at = 0;
                }
                return true;
            }
        };
    }

    /** CRC-32 of the rows' XML, of the flushed rows of a {@link #deflated()} sheet. */
    int xmlCrc() {
        return xmlCrc;
    }

    long xmlLength() {
        return xmlLength;
    }

    long deflatedLength() {
        return deflatedLength;
    }

    /** The rows' last bytes (up to deflate's window), what the part's end may refer back to. */
    byte[] tail() {
        return previous == null ? new byte[0] : Arrays.copyOfRange(previous, Math.max(0, previousLength - ParallelDeflate.WINDOW), previousLength);
    }

    /** The row of a cell about to be written, the used range grown to hold it. */
    private Row cell(int row, int col) {
        if (col >= ExcelGrid.COLUMNS) {
            throw tooBig("column", col + 1, ExcelGrid.COLUMNS);
        }
        Row r = row(row);
        firstRow = Math.min(firstRow, row);
        lastRow = Math.max(lastRow, row);
        firstCol = Math.min(firstCol, col);
        lastCol = Math.max(lastCol, col);
        return r;
    }

    private Row row(int index) {
        if (index == recentIndex) {
            return recent;
        }
        Row row = open.get(index);
        if (row != null) {
            recentIndex = index;
            recent = row;
            return row;
        }
        if (index >= ExcelGrid.ROWS) {
            throw tooBig("row", index + 1, ExcelGrid.ROWS);
        }
        if (index <= lastWritten) {
            throw new IllegalStateException("row %d of sheet '%s' was already written".formatted(index + 1, sheet.getSheetName()));
        }
        row = new Row();
        open.put(index, row);
        while (open.size() > window) {
            writeLowest();
        }
        if (open.get(index) == row) {
            recentIndex = index;
            recent = row;
        }
        return row;
    }

    /**
     * A sheet that outgrows Excel's grid. {@code workbook.Capacity} refuses the plans known to, before
     * writing; this is what any other sheet that would (more reps × stages than rows) says.
     */
    private InputException tooBig(String what, int number, int limit) {
        return new InputException("the plan", String.format(Locale.ROOT,
                "sheet '%s' would need %s %,d, past Excel's %,d; split the plan", sheet.getSheetName(), what, number, limit));
    }

    private void writeLowest() {
        Map.Entry<Integer, Row> lowest = open.pollFirstEntry();
        if (lowest.getKey() == recentIndex) {
            recentIndex = -1;
            recent = null;
        }
        write(lowest.getKey(), lowest.getValue());
        lastWritten = lowest.getKey();
        if (xml.length() >= PIECE) {
            if (!deflating) {
                startDeflating();
            }
            storePiece();
        }
    }

    /** Rows that fit in one piece wait as XML; {@link #deflating} rows go to the deflating threads. */
    private void storePiece() {
        if (xml.length() == 0) {
            return;
        }
        if (!deflating) {
            addPiece(store.append(xml.array(), xml.length()), xml.length());
            xml.clear();
            return;
        }
        int length = xml.length();
        byte[] piece = xml.take(PIECE + PIECE / 4);
        inFlight.add(ParallelDeflate.submit(piece, length, previous, previousLength, false));
        previous = piece;
        previousLength = length;
        collect(IN_FLIGHT);
    }

    /** The first time the rows outgrow a piece: what an earlier flush stored as XML is deflated first. */
    private void startDeflating() {
        deflating = true;
        int stored = pieceCount;
        pieceCount = 0;
        for (int i = 0; i < stored; i++) {
            ByteArrayOutputStream piece = new ByteArrayOutputStream();
            try {
                store.copy(pieces[2 * i], (int) pieces[2 * i + 1], piece);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] bytes = piece.toByteArray();
            inFlight.add(ParallelDeflate.submit(bytes, bytes.length, previous, previousLength, false));
            previous = bytes;
            previousLength = bytes.length;
        }
    }

    /** Stores the deflated pieces that are done, in order, waiting for the oldest while more than {@code most} are out. */
    private void collect(int most) {
        while (!inFlight.isEmpty() && (inFlight.size() > most || inFlight.peek().isDone())) {
            ParallelDeflate.Deflated done;
            try {
                done = ParallelDeflate.join(inFlight.poll());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            addPiece(store.append(done.bytes(), done.length()), done.length());
            xmlCrc = ParallelDeflate.combine(xmlCrc, done.crc(), done.xmlLength());
            xmlLength += done.xmlLength();
            deflatedLength += done.length();
        }
    }

    private void addPiece(long offset, int length) {
        if (2 * pieceCount == pieces.length) {
            pieces = Arrays.copyOf(pieces, pieces.length * 2);
        }
        pieces[2 * pieceCount] = offset;
        pieces[2 * pieceCount + 1] = length;
        pieceCount++;
    }

    private void write(int index, Row row) {
        int number = index + 1;
        xml.ascii("<row r=\"").digits(number).ascii('"');
        if (row.height >= 0) {
            xml.ascii(" customHeight=\"1\" ht=\"").ascii(Float.toString(row.height)).ascii('"');
        }
        if (row.hidden) {
            xml.ascii(" hidden=\"1\"");
        }
        if (row.outlineLevel > 0) {
            xml.ascii(" outlineLevel=\"").digits(row.outlineLevel).ascii('"');
        }
        xml.ascii('>');
        for (int col = 0; col <= row.lastCol; col++) {
            if (row.cells[col] != null) {
                write(col, number, row.cells[col]);
            }
        }
        xml.ascii("</row>\n");
    }

    private void write(int col, int row, Cell cell) {
        xml.ascii("<c r=\"").column(col).digits(row).ascii('"');
        if (cell.style() != 0) {
            xml.ascii(" s=\"").digits(cell.style()).ascii('"');
        }
        switch (cell.kind()) {
            case BLANK -> xml.ascii("/>");
            case TEXT -> {
                xml.ascii(" t=\"inlineStr\"><is><t");
                if (hasOuterWhitespace(cell.text())) {
                    xml.ascii(" xml:space=\"preserve\"");
                }
                xml.ascii('>').escaped(cell.text(), XmlText.Mode.CELL_TEXT).ascii("</t></is></c>");
            }
            case NUMBER -> {
                xml.ascii("><v>");
                number(cell.number());
                xml.ascii("</v></c>");
            }
            case FORMULA_NUMBER -> {
                formula(cell, "");
                if (Double.isFinite(cell.number())) {
                    xml.ascii("<v>");
                    number(cell.number());
                    xml.ascii("</v>");
                }
                xml.ascii("</c>");
            }
            case FORMULA_TEXT -> {
                formula(cell, " t=\"str\"");
                if (cell.cachedText() != null && !cell.cachedText().isEmpty()) { // as POI: no empty <v>
                    xml.ascii("<v>").escaped(cell.cachedText(), XmlText.Mode.CELL_TEXT).ascii("</v>");
                }
                xml.ascii("</c>");
            }
            case FORMULA_BOOLEAN -> {
                formula(cell, " t=\"b\"");
                xml.ascii(cell.number() != 0 ? "<v>1</v></c>" : "<v>0</v></c>");
            }
            default -> throw new IllegalStateException(cell.kind().name());
        }
    }

    /** Formulas are the plan's own, and the sheet names in them never hold an Excel escape ({@link SheetNames}): no underscore escaping. */
    private void formula(Cell cell, String type) {
        xml.ascii(type).ascii("><f>").escaped(cell.text(), XmlText.Mode.FORMULA).ascii("</f>");
    }

    /** Whole numbers without POI's ".0": the same value in a shorter file. */
    private void number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            xml.digits((long) value);
        } else {
            xml.ascii(Double.toString(value));
        }
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
}
