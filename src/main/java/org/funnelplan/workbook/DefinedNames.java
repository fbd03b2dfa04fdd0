package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the workbook's defined names while sheets are written. They are written straight into
 * workbook.xml at the end ({@link DefinedNamesInjector}), because POI checks each new name against
 * all earlier ones, which makes a thousand rep sheets quadratic.
 */
final class DefinedNames {
    private final List<DefinedName> names = new ArrayList<>();

    void workbookCell(String name, String sheet, int row, int col) {
        names.add(new DefinedName(name, -1, Ref.onSheet(sheet, Ref.abs(row, col))));
    }

    void sheetCell(int sheetIndex, String sheet, String name, int row, int col) {
        names.add(new DefinedName(name, sheetIndex, Ref.onSheet(sheet, Ref.abs(row, col))));
    }

    void sheetRow(int sheetIndex, String sheet, String name, int row, int firstCol, int lastCol) {
        names.add(new DefinedName(name, sheetIndex, Ref.onSheet(sheet, Ref.absRange(row, firstCol, lastCol))));
    }

    List<DefinedName> all() {
        return List.copyOf(names);
    }
}
