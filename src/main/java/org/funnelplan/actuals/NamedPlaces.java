package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.funnelplan.xlsx.read.CellXml;
import org.funnelplan.xlsx.read.RawCell;
import org.funnelplan.xlsx.read.WorkbookXml;


/**
 * Where a defined name points, worked out without trusting it: one area ({@code Sheet!$C$5} or
 * {@code Sheet!$C$5:$N$5}) on one sheet, small enough for one of funnelplan's names (a cell, or
 * twelve in a row), and for a sheet-scoped name on its own sheet. The size is checked before a
 * cell is listed, so a name set to a whole sheet costs nothing. Parsed here rather than with
 * POI's AreaReference, which reads {@code $31:$31} (a whole row) as one cell.
 */
final class NamedPlaces {
    /** funnelplan's largest names are 1×12 (months). */
    static final int MAX_CELLS = 12;
    private static final Pattern RANGE = Pattern.compile("(\\$?[A-Za-z]{1,3}\\$?\\d{1,7})(?::(\\$?[A-Za-z]{1,3}\\$?\\d{1,7}))?");
    private static final Pattern WHOLE_COLUMNS = Pattern.compile("\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}");
    private static final Pattern WHOLE_ROWS = Pattern.compile("\\$?(\\d{1,7}):\\$?(\\d{1,7})");

    /**
     * @param cells the cells in the name's order, or {@code null} with {@code problem} saying why
     */
    record Places(String sheet, List<Long> cells, Worded problem) {
        /** A problem only an edited or damaged file has: in English words. */
        static Places broken(String problem) {
            return new Places(null, null, Worded.plain(problem));
        }

        static Places broken(Worded problem) {
            return new Places(null, null, problem);
        }
    }

    private NamedPlaces() {
    }

    /**
     * @param scopeSheet the sheet a sheet-scoped name belongs to, or {@code null} for a workbook-scoped one
     */
    static Places of(WorkbookXml workbook, String refersTo, String scopeSheet) {
        String formula = refersTo.startsWith("=") ? refersTo.substring(1) : refersTo;
        if (formula.contains("#REF")) {
            return Places.broken(Worded.of("name.ref"));
        }
        int bang = sheetEnd(formula);
        if (bang < 0) {
            return Places.broken("refers to '%s', which does not name one sheet".formatted(clip(formula)));
        }
        String sheet = sheetName(formula.substring(0, bang));
        String area = formula.substring(bang + 1).strip();
        int index = workbook.sheetIndex(sheet);
        if (index < 0) {
            return Places.broken("refers to the sheet '%s', which the workbook does not have".formatted(clip(sheet)));
        }
        sheet = workbook.sheets().get(index).name();
        if (scopeSheet != null && !sheet.toLowerCase(Locale.ROOT).equals(scopeSheet.toLowerCase(Locale.ROOT))) {
            return Places.broken("belongs to this sheet but refers to cells on the sheet '%s'".formatted(sheet));
        }
        if (WHOLE_COLUMNS.matcher(area).matches()) {
            return Places.broken("refers to whole columns (%s); funnelplan's names refer to one cell or twelve in a row".formatted(clip(formula)));
        }
        Matcher rows = WHOLE_ROWS.matcher(area);
        if (rows.matches()) {
            return Places.broken("covers %,d cells (%s); funnelplan's names refer to one cell or twelve in a row"
                    .formatted((Math.abs(Long.parseLong(rows.group(2)) - Long.parseLong(rows.group(1))) + 1) * CellXml.MAX_COLUMN, clip(formula)));
        }
        Matcher range = RANGE.matcher(area);
        long first = range.matches() ? CellXml.cellKey(range.group(1).replace("$", "")) : -1;
        long last = range.matches() ? range.group(2) == null ? first : CellXml.cellKey(range.group(2).replace("$", "")) : -1;
        if (first < 0 || last < 0) {
            return Places.broken("refers to '%s', which is not one range of cells".formatted(clip(formula)));
        }
        int firstRow = Math.min(row(first), row(last));
        int lastRow = Math.max(row(first), row(last));
        int firstCol = Math.min(col(first), col(last));
        int lastCol = Math.max(col(first), col(last));
        long count = (long) (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
        if (firstRow == 0 && lastRow == CellXml.MAX_ROW - 1) {
            return Places.broken("refers to whole columns (%s); funnelplan's names refer to one cell or twelve in a row".formatted(clip(formula)));
        }
        if (count > MAX_CELLS) {
            return Places.broken("covers %,d cells (%s); funnelplan's names refer to one cell or twelve in a row".formatted(count, clip(formula)));
        }
        List<Long> cells = new ArrayList<>((int) count);
        for (int r = firstRow; r <= lastRow; r++) {
            for (int c = firstCol; c <= lastCol; c++) {
                cells.add(RawCell.key(r, c));
            }
        }
        return new Places(sheet, cells, null);
    }

    /** The index of the {@code !} after the sheet name ({@code 'Jan''s'!$C$5} or {@code Anna!C5}), or -1. */
    private static int sheetEnd(String formula) {
        if (formula.startsWith("'")) {
            for (int i = 1; i < formula.length(); i++) {
                if (formula.charAt(i) == '\'') {
                    if (i + 1 < formula.length() && formula.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return i + 1 < formula.length() && formula.charAt(i + 1) == '!' ? i + 1 : -1;
                    }
                }
            }
            return -1;
        }
        return formula.indexOf('!');
    }

    private static String sheetName(String quoted) {
        return quoted.startsWith("'") ? quoted.substring(1, quoted.length() - 1).replace("''", "'") : quoted;
    }

    private static int row(long key) {
        return (int) (key >>> 20);
    }

    private static int col(long key) {
        return (int) (key & 0xFFFFF);
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
