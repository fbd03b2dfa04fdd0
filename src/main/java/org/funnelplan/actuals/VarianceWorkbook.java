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
    /** The summaries' heading row, under the title and four notes. */
    private static final int SUMMARY_HEADER = 6;

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
            ReportPages.defaultFont(workbook.getXSSFWorkbook());
            report.summary(workbook.createSheet(WORDS.get("sheet.team")), team, month, StageSummary.team(team, month), true);
            report.summary(workbook.createSheet(WORDS.get("sheet.reps")), team, month, StageSummary.perRep(team, month), false);
            report.months(workbook.createSheet(WORDS.get("sheet.months")), rows);
            String title = WORDS.format("document.title", String.valueOf(team.year()));
            // Every page: the sheet's title in the page header, the headings on top, rep and stage on the left.
            String year = String.valueOf(team.year());
            ReportPages.setUp(workbook.getSheetAt(0), WORDS.format("title.team", year, month), SUMMARY_HEADER, 2,
                    WORDS.list("headers.summary").length);
            ReportPages.setUp(workbook.getSheetAt(1), WORDS.format("title.reps", year, month), SUMMARY_HEADER, 2,
                    WORDS.list("headers.summary").length);
            ReportPages.setUp(workbook.getSheetAt(2), title + " \u2014 " + WORDS.get("sheet.months"), 0, 2,
                    WORDS.list("headers.months").length);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("funnelplan");
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void summary(SXSSFSheet sheet, TeamActuals team, int month, List<StageSummary> rows, boolean isTeam) {
        text(sheet, 0, 0, WORDS.format(isTeam ? "title.team" : "title.reps", String.valueOf(team.year()), month), Look.TITLE);
        text(sheet, 1, 0, WORDS.format("note.lights", pct(StageSummary.GREEN), pct(StageSummary.AMBER)), Look.NOTE);
        text(sheet, 2, 0, Variance.forecastExplained(), Look.NOTE);
        text(sheet, 3, 0, WORDS.get(isTeam ? "note.rates.team" : "note.rates.reps"), Look.NOTE);
        text(sheet, 4, 0, WORDS.get("note.year"), Look.NOTE);
        int header = SUMMARY_HEADER;
        String[] headers = WORDS.list("headers.summary");
        ReportPages.widths(sheet, headers, rows.stream().map(r -> isTeam ? WORDS.get("team") : r.rep()).toList(),
                rows.stream().map(StageSummary::stage).toList());
        ReportPages.paragraphs(sheet, 1, 4, headers.length - 1);
        for (int c = 0; c < headers.length; c++) {
            text(sheet, header, c, headers[c], Look.HEADER);
        }
        ReportPages.headingRow(sheet, header, headers);
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
    }

    private void months(SXSSFSheet sheet, List<VarianceRow> rows) {
        String[] headers = WORDS.list("headers.months");
        ReportPages.widths(sheet, headers, rows.stream().map(VarianceRow::rep).distinct().toList(),
                rows.stream().map(VarianceRow::stage).distinct().toList());
        for (int c = 0; c < headers.length; c++) {
            text(sheet, 0, c, headers[c], Look.HEADER);
        }
        ReportPages.headingRow(sheet, 0, headers);
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
            case NOTE -> {
                style.setFont(font(9, false, true));
                style.setWrapText(true); // across the merged cells of its row
                style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            }
            case HEADER -> {
                style.setFont(font(10, true, false));
                fill(style, new byte[] {(byte) 0xDD, (byte) 0xE6, (byte) 0xF0});
                style.setWrapText(true);
            }
            case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
            case WHOLE -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            case PERCENT -> style.setDataFormat(percent);
            case GREEN -> light(style, percent, new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE});
            case AMBER -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C});
            case RED -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE});
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
        font.setFontName(ReportPages.FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }
}
