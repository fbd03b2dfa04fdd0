package org.funnelplan.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the workbook's defined names while sheets are written. They are written straight into
 * workbook.xml at the end ({@link DefinedNamesInjector}), because POI checks each new name against
 * all earlier ones, which makes a thousand rep sheets quadratic.
 */
public final class DefinedNames {
    private final List<DefinedName> names = new ArrayList<>();

    public void workbookCell(String name, String sheet, int row, int col) {
        names.add(new DefinedName(name, -1, Ref.onSheet(sheet, Ref.abs(row, col))));
    }

    public void sheetCell(int sheetIndex, String sheet, String name, int row, int col) {
        names.add(new DefinedName(name, sheetIndex, Ref.onSheet(sheet, Ref.abs(row, col))));
    }

    public void sheetRow(int sheetIndex, String sheet, String name, int row, int firstCol, int lastCol) {
        names.add(new DefinedName(name, sheetIndex, Ref.onSheet(sheet, Ref.absRange(row, firstCol, lastCol))));
    }

    /**
     * The rows and columns a sheet repeats on every printed page (Excel's built-in name), e.g.
     * {@code 'Overview'!$A:$B,'Overview'!$1:$11}; nothing when both are null.
     */
    public void printTitles(int sheetIndex, String sheet, String columns, String rows) {
        List<String> parts = new ArrayList<>();
        if (columns != null) {
            parts.add(Ref.onSheet(sheet, columns));
        }
        if (rows != null) {
            parts.add(Ref.onSheet(sheet, rows));
        }
        if (!parts.isEmpty()) {
            names.add(new DefinedName("_xlnm.Print_Titles", sheetIndex, String.join(",", parts)));
        }
    }

    /** The ranges of a sheet that print (Excel's built-in name), each on pages of its own; nothing when none is given. */
    public void printArea(int sheetIndex, String sheet, List<String> ranges) {
        if (!ranges.isEmpty()) {
            names.add(new DefinedName("_xlnm.Print_Area", sheetIndex,
                    String.join(",", ranges.stream().map(range -> Ref.onSheet(sheet, range)).toList())));
        }
    }

    List<DefinedName> all() {
        return List.copyOf(names);
    }
}
