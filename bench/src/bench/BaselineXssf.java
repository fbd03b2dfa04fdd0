package bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The baseline: a workbook of funnelplan's shape written the naive way, with plain POI XSSF, all
 * in memory. One rep sheet of a funnelplan workbook is the template: its cells (values, formulas,
 * styles) and its sheet-scoped names are repeated for every rep, names added with createName
 * before the formulas that use them, and the leads become a sheet of text cells.
 *
 * <p>Usage: {@code BaselineXssf TEMPLATE.xlsx REPS LEADS.csv|- OUT.xlsx}
 */
public final class BaselineXssf {
    private BaselineXssf() {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]);
        int reps = Integer.parseInt(args[1]);
        Path leads = args[2].equals("-") ? null : Path.of(args[2]);
        Path out = Path.of(args[3]);
        long start = System.nanoTime();
        try (XSSFWorkbook source = new XSSFWorkbook(template.toFile()); XSSFWorkbook target = new XSSFWorkbook()) {
            int repIndex = firstRepSheet(source);
            XSSFSheet rep = source.getSheetAt(repIndex);
            // Sheets other than rep sheets, so cross-sheet references in the template's formulas resolve.
            for (int i = 0; i < repIndex; i++) {
                target.createSheet(source.getSheetName(i));
            }
            Map<Integer, CellStyle> styles = new HashMap<>();
            for (Name name : source.getAllNames()) {
                if (name.getSheetIndex() < 0) {
                    XSSFName copy = target.createName();
                    copy.setNameName(name.getNameName());
                    copy.setRefersToFormula(name.getRefersToFormula());
                }
            }
            for (int r = 0; r < reps; r++) {
                String sheetName = "Rep %04d".formatted(r + 1);
                XSSFSheet sheet = target.createSheet(sheetName);
                int index = target.getSheetIndex(sheet);
                for (Name name : source.getAllNames()) {
                    if (name.getSheetIndex() == repIndex) {
                        XSSFName copy = target.createName();
                        copy.setSheetIndex(index);
                        copy.setNameName(name.getNameName());
                        copy.setRefersToFormula(name.getRefersToFormula().replace(quoted(rep.getSheetName()), quoted(sheetName)));
                    }
                }
                for (Row row : rep) {
                    Row newRow = sheet.createRow(row.getRowNum());
                    for (Cell cell : row) {
                        XSSFCell newCell = (XSSFCell) newRow.createCell(cell.getColumnIndex());
                        newCell.setCellStyle(styles.computeIfAbsent((int) cell.getCellStyle().getIndex(), s -> {
                            CellStyle style = target.createCellStyle();
                            style.cloneStyleFrom(cell.getCellStyle());
                            return style;
                        }));
                        switch (cell.getCellType()) {
                            case FORMULA -> newCell.setCellFormula(cell.getCellFormula());
                            case NUMERIC -> newCell.setCellValue(cell.getNumericCellValue());
                            case STRING -> newCell.setCellValue(cell.getStringCellValue());
                            case BOOLEAN -> newCell.setCellValue(cell.getBooleanCellValue());
                            default -> {
                            }
                        }
                    }
                }
            }
            if (leads != null) {
                XSSFSheet sheet = target.createSheet("Leads");
                try (BufferedReader in = Files.newBufferedReader(leads, StandardCharsets.UTF_8)) {
                    int r = 0;
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        Row row = sheet.createRow(r++);
                        String[] cells = line.split(",", -1);
                        for (int c = 0; c < cells.length; c++) {
                            if (!cells[c].isEmpty()) {
                                row.createCell(c).setCellValue(cells[c]);
                            }
                        }
                    }
                }
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                target.write(file);
            }
        }
        System.out.printf("baseline wrote %s in %.1f s%n", out, (System.nanoTime() - start) / 1e9);
    }

    private static String quoted(String sheet) {
        return "'" + sheet.replace("'", "''") + "'!";
    }

    /** The first sheet that has sheet-scoped names: a rep sheet. */
    private static int firstRepSheet(XSSFWorkbook workbook) {
        int first = Integer.MAX_VALUE;
        for (Name name : workbook.getAllNames()) {
            if (name.getSheetIndex() >= 0) {
                first = Math.min(first, name.getSheetIndex());
            }
        }
        if (first == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no rep sheet in the template");
        }
        return first;
    }

}
