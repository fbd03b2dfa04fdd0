package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * Where a defined name points, worked out without trusting it: one area on one sheet, small
 * enough for one of funnelplan's names (a cell, or twelve in a row), and for a sheet-scoped name
 * on its own sheet. The size is checked before a cell is listed, so a name set to a whole sheet
 * costs nothing.
 */
final class NamedPlaces {
    /** funnelplan's largest names are 1×12 (months). */
    static final int MAX_CELLS = 12;

    /**
     * @param cells the cells in the name's order, or {@code null} with {@code problem} saying why
     */
    record Places(String sheet, List<Long> cells, String problem) {
        static Places broken(String problem) {
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
            return Places.broken("no longer points to a cell (#REF!: were its rows or columns deleted?)");
        }
        AreaReference area;
        try {
            area = new AreaReference(formula, SpreadsheetVersion.EXCEL2007);
        } catch (RuntimeException e) {
            return Places.broken("refers to '%s', which is not one range of cells".formatted(clip(formula)));
        }
        CellReference first = area.getFirstCell();
        CellReference last = area.getLastCell();
        String sheet = first.getSheetName();
        if (sheet == null || last.getSheetName() != null && !last.getSheetName().equalsIgnoreCase(sheet)) {
            return Places.broken("refers to '%s', which does not name one sheet".formatted(clip(formula)));
        }
        int index = workbook.sheetIndex(sheet);
        if (index < 0) {
            return Places.broken("refers to the sheet '%s', which the workbook does not have".formatted(sheet));
        }
        sheet = workbook.sheets().get(index).name();
        if (scopeSheet != null && !sheet.toLowerCase(Locale.ROOT).equals(scopeSheet.toLowerCase(Locale.ROOT))) {
            return Places.broken("belongs to this sheet but refers to cells on the sheet '%s'".formatted(sheet));
        }
        if (area.isWholeColumnReference() || first.getRow() < 0 || last.getRow() >= CellXml.MAX_ROW - 1 && first.getRow() == 0) {
            return Places.broken("refers to whole columns (%s); funnelplan's names refer to one cell or twelve in a row".formatted(clip(formula)));
        }
        long rows = (long) last.getRow() - first.getRow() + 1;
        long cols = (long) last.getCol() - first.getCol() + 1;
        if (rows < 1 || cols < 1 || rows * cols > MAX_CELLS) {
            return Places.broken("covers %,d cells (%s); funnelplan's names refer to one cell or twelve in a row"
                    .formatted(Math.abs(rows * cols), clip(formula)));
        }
        List<Long> cells = new ArrayList<>((int) (rows * cols));
        for (int r = first.getRow(); r <= last.getRow(); r++) {
            for (int c = first.getCol(); c <= last.getCol(); c++) {
                cells.add(RawCell.key(r, c));
            }
        }
        return new Places(sheet, cells, null);
    }

    private static String clip(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
