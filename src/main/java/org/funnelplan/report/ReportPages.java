package org.funnelplan.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.xlsx.TextWidth;

/**
 * How the variance report prints, as the plan does: A4 landscape with the sheet's title in the
 * page header and the page number in the footer, the headings and the rep and stage columns on
 * every page, at a fixed scale of at least 80% (9 pt notes at 8 pt or more take 90%), columns as wide as
 * their headings' longest words, and the long notes wrapped across the sheet instead of running off
 * the page. Arial, as in the plan: LibreOffice has its widths everywhere.
 */
final class ReportPages {
    static final String FONT = "Arial";
    private static final int MIN_SCALE = 90;
    private static final double SIDE_MARGIN_INCHES = 0.4;
    private static final double PAGE_WIDTH = 842 - 2 * 72 * SIDE_MARGIN_INCHES;
    /** A digit of Arial 10 pt as LibreOffice lays it out; Excel's column unit is narrower. */
    private static final double POINTS_PER_UNIT = 5.56;
    private static final float LINE_POINTS = 12.75f;

    private ReportPages() {
    }

    /** The workbook's default font, which also sets what a column width unit is. */
    static void defaultFont(XSSFWorkbook workbook) {
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints((short) 10);
        standard.setScheme(FontScheme.NONE);
    }

    /** Rep names and stages fit in A and B, every heading's longest word in its column. */
    static void widths(Sheet sheet, String[] headers, List<String> reps, List<String> stages) {
        sheet.setColumnWidth(0, 256 * Math.min(40, TextWidth.labels(TextWidth.heading(headers[0]), reps.toArray(String[]::new))));
        sheet.setColumnWidth(1, 256 * Math.min(24, TextWidth.labels(TextWidth.heading(headers[1]), stages.toArray(String[]::new))));
        for (int c = 2; c < headers.length; c++) {
            sheet.setColumnWidth(c, 256 * TextWidth.headings(10, headers[c]));
        }
    }

    /** The notes of rows first..last, each wrapped across columns A..lastCol, as tall as it needs. */
    static void paragraphs(Sheet sheet, int first, int last, int lastCol) {
        int width = 0;
        for (int c = 0; c <= lastCol; c++) {
            width += sheet.getColumnWidth(c) / 256;
        }
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(0);
            if (cell == null) {
                continue;
            }
            sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, lastCol));
            // 9 pt notes: some nine tenths of the 10 pt width a line of the estimate allows.
            int lines = TextWidth.lines(cell.getStringCellValue(), (int) Math.round(width * 1.1));
            row.setHeightInPoints(Math.max(1, lines) * LINE_POINTS);
        }
    }

    /** A heading row as tall as its most wrapped heading. */
    static void headingRow(Sheet sheet, int row, String[] headers) {
        int lines = 1;
        for (int c = 0; c < headers.length; c++) {
            lines = Math.max(lines, TextWidth.lines(headers[c], sheet.getColumnWidth(c) / 256));
        }
        sheet.getRow(row).setHeightInPoints(lines * LINE_POINTS + 4);
    }

    /**
     * @param header       the page header: the sheet's title
     * @param headingRow   the row of headings that repeats at the top of every page
     * @param labelColumns the columns A.. that repeat at the left of every page
     * @param columns      how many columns the sheet prints
     */
    static void setUp(Sheet sheet, String header, int headingRow, int labelColumns, int columns) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(false);
        double units = 0;
        for (int c = 0; c < columns; c++) {
            units += sheet.getColumnWidth(c) / 256.0;
        }
        int fit = (int) Math.floor(PAGE_WIDTH / (units * POINTS_PER_UNIT) * 20) * 5;
        print.setScale((short) Math.max(MIN_SCALE, Math.min(100, fit)));
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, 0.75);
        sheet.setMargin(PageMargin.BOTTOM, 0.75);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.setRepeatingRows(new CellRangeAddress(headingRow, headingRow, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labelColumns - 1));
        sheet.getHeader().setCenter(header.replace("&", "&&"));
        sheet.getFooter().setRight("&P / &N");
    }
}
