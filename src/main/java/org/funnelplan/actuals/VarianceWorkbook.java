package org.funnelplan.actuals;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The formatted variance report: the team per stage, every rep per stage (both to date, with a
 * red/amber/green light, planned against actual stage rates and a year-end forecast whose method
 * is written on the sheet), and the monthly rows of the CSV.
 */
public final class VarianceWorkbook {
    private static final ReportWords WORDS = ReportWords.english();

    private enum Look { TITLE, NOTE, HEADER, TEXT, DECIMAL, WHOLE, PERCENT, GREEN, AMBER, RED }

    private final SXSSFWorkbook workbook;
    private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);

    private VarianceWorkbook(SXSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static void write(TeamActuals team, int month, List<VarianceRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            VarianceWorkbook report = new VarianceWorkbook(workbook);
            report.summary(workbook.createSheet(WORDS.get("sheet.team")), team, month, StageSummary.team(team, month), true);
            report.summary(workbook.createSheet(WORDS.get("sheet.reps")), team, month, StageSummary.perRep(team, month), false);
            report.months(workbook.createSheet(WORDS.get("sheet.months")), rows);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                printLandscape(workbook.getSheetAt(i));
            }
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(WORDS.format("document.title", String.valueOf(team.year())));
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("funnelplan");
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** A4 landscape, as wide as the page: the report goes in front of the board. */
    private static void printLandscape(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getFooter().setRight("&P / &N");
    }

    private void summary(SXSSFSheet sheet, TeamActuals team, int month, List<StageSummary> rows, boolean isTeam) {
        text(sheet, 0, 0, WORDS.format(isTeam ? "title.team" : "title.reps", String.valueOf(team.year()), month), Look.TITLE);
        text(sheet, 1, 0, WORDS.format("note.lights", pct(StageSummary.GREEN), pct(StageSummary.AMBER)), Look.NOTE);
        text(sheet, 2, 0, Variance.forecastExplained(), Look.NOTE);
        text(sheet, 3, 0, WORDS.get(isTeam ? "note.rates.team" : "note.rates.reps"), Look.NOTE);
        text(sheet, 4, 0, WORDS.get("note.year"), Look.NOTE);
        int header = 6;
        String[] headers = WORDS.list("headers.summary");
        for (int c = 0; c < headers.length; c++) {
            text(sheet, header, c, headers[c], Look.HEADER);
        }
        sheet.getRow(header).setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints()); // headers wrap to two lines
        int r = header + 1;
        for (StageSummary row : rows) {
            text(sheet, r, 0, isTeam ? WORDS.get("team") : row.rep(), Look.TEXT);
            text(sheet, r, 1, row.stage(), Look.TEXT);
            number(sheet, r, 2, row.planToDate(), Look.DECIMAL);
            number(sheet, r, 3, row.actualToDate(), Look.WHOLE);
            number(sheet, r, 4, row.actualToDate() == null ? null : row.actualToDate() - row.planToDate(), Look.DECIMAL);
            Look light = switch (row.light()) {
                case GREEN -> Look.GREEN;
                case AMBER -> Look.AMBER;
                case RED -> Look.RED;
                case NONE -> Look.PERCENT;
            };
            number(sheet, r, 5, row.attainment(), light);
            number(sheet, r, 6, Double.isNaN(row.plannedRate()) ? null : row.plannedRate(), Look.PERCENT);
            number(sheet, r, 7, row.actualRate(), Look.PERCENT);
            number(sheet, r, 8, row.pipelineAtStart(), Look.DECIMAL);
            number(sheet, r, 9, row.planMonths(), Look.DECIMAL);
            number(sheet, r, 10, row.needed(), Look.WHOLE);
            number(sheet, r, 11, row.forecast(), Look.DECIMAL);
            r++;
        }
        sheet.createFreezePane(2, header + 1);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        for (int c = 2; c < headers.length; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private void months(SXSSFSheet sheet, List<VarianceRow> rows) {
        String[] headers = WORDS.list("headers.months");
        for (int c = 0; c < headers.length; c++) {
            text(sheet, 0, c, headers[c], Look.HEADER);
        }
        int r = 1;
        for (VarianceRow row : rows) {
            text(sheet, r, 0, row.rep(), Look.TEXT);
            text(sheet, r, 1, row.stage(), Look.TEXT);
            if (row.month() == VarianceRow.YTD) {
                text(sheet, r, 2, WORDS.get("ytd"), Look.TEXT);
            } else {
                number(sheet, r, 2, (double) row.month(), Look.WHOLE);
            }
            number(sheet, r, 3, row.plan(), Look.DECIMAL);
            number(sheet, r, 4, row.actual(), Look.WHOLE);
            number(sheet, r, 5, row.variance(), Look.DECIMAL);
            number(sheet, r, 6, row.attainment(), Look.PERCENT);
            r++;
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 16 * 256);
    }

    private static int pct(double share) {
        return (int) Math.round(100 * share);
    }

    private void text(Sheet sheet, int row, int col, String value, Look look) {
        cell(sheet, row, col, look).setCellValue(value);
    }

    private void number(Sheet sheet, int row, int col, Double value, Look look) {
        Cell cell = cell(sheet, row, col, look);
        if (value != null && !value.isNaN() && !value.isInfinite()) {
            cell.setCellValue(value);
        }
    }

    private Cell cell(Sheet sheet, int rowIndex, int col, Look look) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.computeIfAbsent(look, this::style));
        return cell;
    }

    private CellStyle style(Look look) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        short percent = workbook.createDataFormat().getFormat("0%");
        switch (look) {
            case TITLE -> style.setFont(font(14, true, false));
            case NOTE -> style.setFont(font(9, false, true));
            case HEADER -> {
                style.setFont(font(10, true, false));
                fill(style, new byte[] {(byte) 0xFF, (byte) 0xDD, (byte) 0xE6, (byte) 0xF0});
                style.setWrapText(true);
            }
            case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
            case WHOLE -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case PERCENT -> style.setDataFormat(percent);
            case GREEN -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xC6, (byte) 0xEF, (byte) 0xCE});
            case AMBER -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xEB, (byte) 0x9C});
            case RED -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xC7, (byte) 0xCE});
            case TEXT -> {
            }
        }
        return style;
    }

    private static void light(XSSFCellStyle style, short format, byte[] rgb) {
        style.setDataFormat(format);
        fill(style, rgb);
    }

    private static void fill(XSSFCellStyle style, byte[] rgb) {
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private Font font(int points, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }
}
