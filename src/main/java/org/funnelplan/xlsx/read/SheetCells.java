package org.funnelplan.xlsx.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Streams one worksheet part and keeps only the wanted cells; reading stops after the last wanted
 * row, so rows below (or a whole sheet nobody asked for) cost nothing. Every row number, cell
 * reference, type and value is checked as read: a reference that is no cell, rows out of order or
 * a cell twice stop the file; a value no spreadsheet writes ({@code NaN}, a hex float) becomes an
 * {@link RawCell.Kind#UNREADABLE} cell that the caller reports with its address.
 */
public final class SheetCells {
    /** The cells of a sheet a reader asks for. */
    public interface Wanted {
        boolean wants(int row, int col);

        /** Rows after this one are not read. */
        int lastRow();

        /** More wanted cells than this and the sheet is refused. */
        int maxCells();
    }

    /** Exactly these cells (keys of {@link RawCell#key}). */
    public static Wanted cells(Set<Long> keys) {
        int last = keys.stream().mapToInt(k -> (int) (k >>> 20)).max().orElse(-1);
        return new Wanted() {
            @Override
            public boolean wants(int row, int col) {
                return keys.contains(RawCell.key(row, col));
            }

            @Override
            public int lastRow() {
                return last;
            }

            @Override
            public int maxCells() {
                return keys.size();
            }
        };
    }

    /** Every cell of the first {@code columns} columns, at most {@code maxCells} of them. */
    public static Wanted columns(int columns, int maxCells) {
        return new Wanted() {
            @Override
            public boolean wants(int row, int col) {
                return col < columns;
            }

            @Override
            public int lastRow() {
                return Integer.MAX_VALUE;
            }

            @Override
            public int maxCells() {
                return maxCells;
            }
        };
    }

    private SheetCells() {
    }

    /**
     * @param formats the workbook's cell styles, to tell numbers shown as dates
     * @return the wanted cells that the sheet has, by key; absent ones were never written (blank)
     */
    public static Map<Long, RawCell> read(XmlCursor xml, Wanted wanted, CellFormats formats) {
        Map<Long, RawCell> cells = new HashMap<>();
        if (wanted.lastRow() < 0) {
            return cells;
        }
        while (xml.next(0)) {
            if (xml.depth() == 2 && xml.name().equals("sheetData")) {
                rows(xml, wanted, formats, cells);
                break;
            }
        }
        return cells;
    }

    private static void rows(XmlCursor xml, Wanted wanted, CellFormats formats, Map<Long, RawCell> cells) {
        int row = -1;
        while (xml.next(2)) {
            if (xml.depth() != 3 || !xml.name().equals("row")) {
                continue;
            }
            String r = xml.attribute("r");
            int next = r == null ? row + 1 : CellXml.row(r.strip());
            if (next < 0) {
                throw xml.broken("a row is numbered '%s', which is no row number".formatted(r));
            }
            if (next <= row) {
                throw xml.broken("row %d comes after row %d (rows out of order)".formatted(next + 1, row + 1));
            }
            row = next;
            if (row > wanted.lastRow()) {
                return;
            }
            cells(xml, row, wanted, formats, cells);
        }
    }

    private static void cells(XmlCursor xml, int row, Wanted wanted, CellFormats formats, Map<Long, RawCell> cells) {
        int col = -1;
        while (xml.next(3)) {
            if (xml.depth() != 4 || !xml.name().equals("c")) {
                continue;
            }
            String r = xml.attribute("r");
            int next = col + 1;
            if (r != null) {
                long key = CellXml.cellKey(r.strip());
                if (key < 0) {
                    throw xml.broken("a cell has the reference '%s', which is no cell".formatted(r));
                }
                if ((int) (key >>> 20) != row) {
                    throw xml.broken("the cell %s sits in row %d".formatted(r, row + 1));
                }
                next = (int) (key & 0xFFFFF);
            }
            if (next >= CellXml.MAX_COLUMN) {
                throw xml.broken("row %d has more than %,d cells".formatted(row + 1, CellXml.MAX_COLUMN));
            }
            if (next <= col) {
                throw xml.broken("the cell %s comes after %s (cells out of order)"
                        .formatted(CellXml.address(RawCell.key(row, next)), CellXml.address(RawCell.key(row, col))));
            }
            col = next;
            if (wanted.wants(row, col)) {
                if (cells.size() >= wanted.maxCells()) {
                    throw xml.refused("has more than %,d cells where funnelplan reads".formatted(wanted.maxCells()));
                }
                cells.put(RawCell.key(row, col), cell(xml, row, col, formats));
            }
        }
    }

    /** Reads a {@code <c>} element up to its end tag. */
    private static RawCell cell(XmlCursor xml, int row, int col, CellFormats formats) {
        String address = CellXml.address(RawCell.key(row, col));
        String type = xml.attribute("t");
        String s = xml.attribute("s");
        int style = s == null ? 0 : CellXml.index(s);
        if (style < 0) {
            throw xml.broken("the cell %s has the style '%s', which is no style number".formatted(address, s));
        }
        type = type == null ? "n" : type.strip();
        boolean formula = false;
        String value = null;
        String inline = null;
        int depth = xml.depth();
        while (xml.next(depth)) {
            if (xml.depth() != depth + 1) {
                continue;
            }
            switch (xml.name()) {
                case "f" -> formula = true;
                case "v" -> value = xml.text(SharedStrings.MAX_CELL_TEXT);
                case "is" -> inline = SharedStrings.text(xml);
                default -> {
                }
            }
        }
        if (type.equals("inlineStr")) {
            return new RawCell(row, col, RawCell.Kind.TEXT, 0, inline == null ? "" : inline, -1, formula);
        }
        // Tools that write formulas without calculating them (openpyxl) write an empty <v>: no value, as no <v>.
        if (value == null || (value.isBlank() && !type.equals("str"))) {
            return new RawCell(row, col, RawCell.Kind.BLANK, 0, null, -1, formula);
        }
        return switch (type) {
            case "s" -> {
                int index = CellXml.index(value);
                yield index < 0 ? RawCell.unreadable(row, col, RawCell.Unreadable.NOT_A_STRING_NUMBER, clip(value), formula)
                        : new RawCell(row, col, RawCell.Kind.SHARED_STRING, 0, null, index, formula);
            }
            case "str" -> new RawCell(row, col, RawCell.Kind.TEXT, 0, ExcelText.decode(value), -1, formula);
            case "d" -> new RawCell(row, col, RawCell.Kind.TEXT, 0, value, -1, formula);
            case "b" -> switch (value.strip()) {
                case "1", "true" -> new RawCell(row, col, RawCell.Kind.BOOLEAN, 1, null, -1, formula);
                case "0", "false" -> new RawCell(row, col, RawCell.Kind.BOOLEAN, 0, null, -1, formula);
                default -> RawCell.unreadable(row, col, RawCell.Unreadable.NOT_TRUE_OR_FALSE, clip(value), formula);
            };
            case "e" -> new RawCell(row, col, RawCell.Kind.ERROR, 0, value, -1, formula);
            case "n" -> number(row, col, value, formula, formats.isDate(style));
            default -> throw xml.broken("the cell %s has the type '%s', which no spreadsheet writes".formatted(address, type));
        };
    }

    private static RawCell number(int row, int col, String value, boolean formula, boolean date) {
        double number = CellXml.number(value);
        if (Double.isNaN(number)) {
            return RawCell.unreadable(row, col, RawCell.Unreadable.NOT_A_NUMBER, clip(value), formula);
        }
        if (Double.isInfinite(number)) {
            return RawCell.unreadable(row, col, RawCell.Unreadable.BEYOND_A_SPREADSHEET, clip(value), formula);
        }
        return new RawCell(row, col, RawCell.Kind.NUMBER, number, null, -1, formula, date);
    }

    private static String clip(String value) {
        String t = value.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
