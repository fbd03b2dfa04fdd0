package org.funnelplan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.funnelplan.actuals.ReportWords;
import org.funnelplan.actuals.StageSummary;
import org.funnelplan.actuals.TeamActuals;

/**
 * The teams on the report's team sheet, below the team total: each team of the targets per stage
 * (its reps added up, lit like the reps), then the won stage per team, plan to date against
 * actual, as a table and as a chart of that table. Nothing when the reps are not in two teams.
 */
final class TeamView {
    /** Rows the chart takes. */
    private static final int CHART_ROWS = 16;
    private static final int CHART_FIRST_COL = 4;
    private static final int CHART_LAST_COL = 11;
    /** The plan's rep charts' colours: plan steel blue, actual orange. */
    private static final byte[] PLAN_COLOUR = {(byte) 0x46, (byte) 0x82, (byte) 0xB4};
    private static final byte[] ACTUAL_COLOUR = {(byte) 0xFF, (byte) 0x8C, (byte) 0x00};

    private final VarianceWorkbook report;
    private final SXSSFSheet sheet;
    private final TeamActuals team;
    private final int month;
    private final ReportWords words;

    TeamView(VarianceWorkbook report, SXSSFSheet sheet, TeamActuals team, int month) {
        this.report = report;
        this.sheet = sheet;
        this.team = team;
        this.month = month;
        this.words = report.words();
    }

    /** @param row the first free row below the team total */
    void write(int row) {
        Map<String, List<StageSummary>> teams = StageSummary.perTeam(team, month);
        if (teams.isEmpty()) {
            return;
        }
        int r = row;
        for (Map.Entry<String, List<StageSummary>> entry : teams.entrySet()) {
            r = report.stageRows(sheet, r + 1, entry.getValue(), name(entry.getKey()));
        }
        wonPerTeam(r + 2, teams);
    }

    private String name(String team) {
        return team.isEmpty() ? words.get("team.none") : team;
    }

    /** The won stage per team: a small table, and a chart drawn from its cells. */
    private void wonPerTeam(int header, Map<String, List<StageSummary>> teams) {
        int won = team.stages().wonIndex();
        String[] headers = words.list("headers.teamWon");
        for (int c = 0; c < headers.length; c++) {
            report.header(sheet, header, c, headers[c]);
        }
        sheet.getRow(header).setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
        List<String> names = new ArrayList<>();
        List<Double> plan = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        int r = header + 1;
        for (Map.Entry<String, List<StageSummary>> entry : teams.entrySet()) {
            StageSummary row = entry.getValue().get(won);
            names.add(name(entry.getKey()));
            plan.add(row.planToDate());
            actual.add(row.actualToDate() == null ? 0.0 : row.actualToDate());
            report.label(sheet, r, 0, names.get(names.size() - 1));
            report.decimal(sheet, r, 1, row.planToDate());
            report.whole(sheet, r, 2, row.actualToDate());
            r++;
        }
        chart(header, names, plan, actual);
    }

    private void chart(int header, List<String> names, List<Double> plan, List<Double> actual) {
        int first = header + 1;
        int last = header + names.size();
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COL, header, CHART_LAST_COL + 1, header + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(words.format("chart.teamWon", month));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis teams = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        counts.getOrAddMajorGridProperties();
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new), range(first, last, 0));
        XDDFNumericalDataSource<Double> planned = XDDFDataSourcesFactory.fromArray(plan.toArray(Double[]::new), range(first, last, 1));
        XDDFNumericalDataSource<Double> actuals = XDDFDataSourcesFactory.fromArray(actual.toArray(Double[]::new), range(first, last, 2));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, teams, counts);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        data.setGapWidth(80);
        String[] headers = words.list("headers.teamWon");
        series(data.addSeries(categories, planned), headers[1], header, 1, PLAN_COLOUR);
        series(data.addSeries(categories, actuals), headers[2], header, 2, ACTUAL_COLOUR);
        chart.plot(data);
    }

    private void series(XDDFChartData.Series series, String title, int header, int col, byte[] rgb) {
        series.setTitle(title, new CellReference(sheet.getSheetName(), header, col, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    }

    private String range(int first, int last, int col) {
        return new CellRangeAddress(first, last, col, col).formatAsString(sheet.getSheetName(), true);
    }
}
