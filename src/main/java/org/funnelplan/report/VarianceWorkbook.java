package org.funnelplan.report;

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
import org.funnelplan.actuals.ReportWords;
import org.funnelplan.actuals.StageSummary;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.actuals.VarianceRow;

/**
 * The formatted variance report in the plan's language: the team per stage, then each team of
 * the targets, with a chart of their wins against plan; every rep per stage (all to date, with a
 * red/amber/green light, planned against actual stage rates and a year-end forecast whose method
 * is written on the sheet); and the monthly rows of the CSV.
 */
public final class VarianceWorkbook {
    /** The summaries' heading row, under the title and four notes. */
    private static final int SUMMARY_HEADER = 6;

    private enum Look { TITLE, NOTE, HEADER, TEXT, DECIMAL, WHOLE, PERCENT, GREEN, AMBER, RED }

    private final SXSSFWorkbook workbook;
    private final ReportWords words;
    private final Map<Look, CellStyle> styles = new EnumMap<>(Look.class);

    private VarianceWorkbook(SXSSFWorkbook workbook, ReportWords words) {
        this.workbook = workbook;
        this.words = words;
    }

    public static void write(TeamActuals team, int month, List<VarianceRow> rows, OutputStream out) throws IOException {
        ReportWords words = ReportWords.of(team.language());
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            VarianceWorkbook report = new VarianceWorkbook(workbook, words);
            ReportPages.defaultFont(workbook.getXSSFWorkbook());
            SXSSFSheet teamSheet = workbook.createSheet(words.get("sheet.team"));
            int end = report.summary(teamSheet, team, month, StageSummary.team(team, month), true);
            new TeamView(report, teamSheet, team, month).write(end);
            report.summary(workbook.createSheet(words.get("sheet.reps")), team, month, StageSummary.perRep(team, month), false);
            report.months(workbook.createSheet(words.get("sheet.months")), rows);
            String year = String.valueOf(team.year());
            String title = words.format("document.title", year);
            // Every page: the sheet's title in the page header, the headings on top, rep and stage on the left.
            ReportPages.setUp(workbook.getSheetAt(0), words.format("title.team", year, month), SUMMARY_HEADER, 2,
                    words.list("headers.summary").length);
            ReportPages.setUp(workbook.getSheetAt(1), words.format("title.reps", year, month), SUMMARY_HEADER, 2,
                    words.list("headers.summary").length);
            ReportPages.setUp(workbook.getSheetAt(2), title + " \u2014 " + words.get("sheet.months"), 0, 2,
                    words.list("headers.months").length);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(title);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("funnelplan");
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** @return the row after the last one written */
    private int summary(SXSSFSheet sheet, TeamActuals team, int month, List<StageSummary> rows, boolean isTeam) {
        text(sheet, 0, 0, words.format(isTeam ? "title.team" : "title.reps", String.valueOf(team.year()), month), Look.TITLE);
        text(sheet, 1, 0, words.format("note.lights", pct(StageSummary.GREEN), pct(StageSummary.AMBER)), Look.NOTE);
        text(sheet, 2, 0, words.get("note.forecast"), Look.NOTE);
        text(sheet, 3, 0, words.get(isTeam ? "note.rates.team" : "note.rates.reps"), Look.NOTE);
        text(sheet, 4, 0, words.get("note.year"), Look.NOTE);
        int header = SUMMARY_HEADER;
        String[] headers = words.list("headers.summary");
        headers[0] = isTeam ? words.get("headers.team") : headers[0];
        List<String> labels = isTeam ? teamLabels(team) : rows.stream().map(StageSummary::rep).toList();
        ReportPages.widths(sheet, headers, labels, rows.stream().map(StageSummary::stage).toList());
        ReportPages.paragraphs(sheet, 1, 4, headers.length - 1);
        for (int c = 0; c < headers.length; c++) {
            text(sheet, header, c, headers[c], Look.HEADER);
        }
        ReportPages.headingRow(sheet, header, headers);
        int r = stageRows(sheet, header + 1, rows, isTeam ? words.get("team") : null);
        sheet.createFreezePane(2, header + 1);
        return r;
    }

    /**
     * One row per stage summary from row {@code r} on, labelled {@code label} (or each with its rep).
     *
     * @return the row after the last one written
     */
    int stageRows(SXSSFSheet sheet, int r, List<StageSummary> rows, String label) {
        for (StageSummary row : rows) {
            text(sheet, r, 0, label != null ? label : row.rep(), Look.TEXT);
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
        return r;
    }

    /** What column A of the team sheet holds: the team total's label and the teams' names under it. */
    private List<String> teamLabels(TeamActuals team) {
        List<String> labels = new java.util.ArrayList<>(List.of(words.get("team"), words.get("team.none")));
        team.reps().forEach(rep -> labels.add(rep.plan().target().team()));
        return labels;
    }

    ReportWords words() {
        return words;
    }

    private void months(SXSSFSheet sheet, List<VarianceRow> rows) {
        String[] headers = words.list("headers.months");
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
                text(sheet, r, 2, words.get("ytd"), Look.TEXT);
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

    void header(Sheet sheet, int row, int col, String value) {
        text(sheet, row, col, value, Look.HEADER);
    }

    void label(Sheet sheet, int row, int col, String value) {
        text(sheet, row, col, value, Look.TEXT);
    }

    void decimal(Sheet sheet, int row, int col, Double value) {
        number(sheet, row, col, value, Look.DECIMAL);
    }

    void whole(Sheet sheet, int row, int col, Double value) {
        number(sheet, row, col, value, Look.WHOLE);
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
        short percent = workbook.createDataFormat().getFormat(format("0%"));
        switch (look) {
            case TITLE -> style.setFont(font(14, true, false));
            case NOTE -> {
                style.setFont(font(9, false, true));
                style.setWrapText(true); // across the merged cells of its row
                style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            }
            case HEADER -> {
                style.setFont(font(10, true, false));
                fill(style, new byte[] {(byte) 0xFF, (byte) 0xDD, (byte) 0xE6, (byte) 0xF0});
                style.setWrapText(true);
            }
            case DECIMAL -> style.setDataFormat(workbook.createDataFormat().getFormat(format("#,##0.0")));
            case WHOLE -> style.setDataFormat(workbook.createDataFormat().getFormat(format("#,##0")));
            case PERCENT -> style.setDataFormat(percent);
            case GREEN -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xC6, (byte) 0xEF, (byte) 0xCE});
            case AMBER -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xEB, (byte) 0x9C});
            case RED -> light(style, percent, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xC7, (byte) 0xCE});
            case TEXT -> {
            }
        }
        return style;
    }

    private String format(String code) {
        return words.language().numberFormat(code);
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
