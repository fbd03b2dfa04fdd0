package org.funnelplan.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads what a saved workbook says behind each defined name, from the cached values only (no
 * POI evaluation): after LibreOffice recalculated and saved it, these are LibreOffice's numbers.
 * Keys are {@code Name} for workbook names and {@code Sheet!Name} for sheet-scoped ones; Excel's
 * built-in names (print titles, print areas) are left out.
 */
public final class WorkbookNames {
    private WorkbookNames() {
    }

    public static Map<String, List<Object>> read(Path file) throws IOException {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Name name : workbook.getAllNames()) {
                if (name.getNameName().startsWith("_xlnm.")) {
                    continue; // Excel's own: print titles and areas
                }
                String key = name.getSheetIndex() < 0 ? name.getNameName()
                        : workbook.getSheetName(name.getSheetIndex()) + "!" + name.getNameName();
                List<Object> cells = new ArrayList<>();
                AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
                for (CellReference ref : area.getAllReferencedCells()) {
                    Sheet sheet = workbook.getSheet(ref.getSheetName());
                    Row row = sheet.getRow(ref.getRow());
                    cells.add(valueOf(row == null ? null : row.getCell(ref.getCol())));
                }
                values.put(key, cells);
            }
        }
        return values;
    }

    /** Every formula cell whose cached result is an error, as {@code Sheet!A1}. */
    public static List<String> errorCells(Path file) throws IOException {
        List<String> errors = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean error = cell.getCellType() == CellType.ERROR
                                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.ERROR;
                        if (error) {
                            errors.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
                        }
                    }
                }
            }
        }
        return errors;
    }

    /**
     * A model's value as LibreOffice saves it: Alignment_OK shows TRUE/FALSE by its number format
     * (else LibreOffice shows a cached TRUE as 1), so LibreOffice saves it as 1 or 0.
     */
    public static Object asSaved(Object value) {
        return value instanceof Boolean truth ? (truth ? 1.0 : 0.0) : value;
    }

    public static Object valueOf(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case STRING -> cell.getStringCellValue();
            case BLANK -> null;
            default -> "#" + type;
        };
    }
}
