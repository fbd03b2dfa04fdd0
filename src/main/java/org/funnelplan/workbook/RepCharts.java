package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.RepPlan;

/**
 * The two charts under a rep's monthly grid: won per month, plan against actual, and the funnel,
 * required volume against plan and actual to date. Series point at the sheet's cells, so they
 * follow what the rep types; the model's values are the cached points until the file is opened.
 */
final class RepCharts {
    private static final int HEIGHT_ROWS = 16;

    private final XSSFSheet sheet;
    private final String sheetName;
    private final RepSheetLayout layout;
    private final FunnelStages stages;
    private final RepPlan rep;
    private final Labels words;

    RepCharts(XSSFSheet sheet, RepSheetLayout layout, FunnelStages stages, RepPlan rep, Labels words) {
        this.words = words;
        this.sheet = sheet;
        this.sheetName = sheet.getSheetName();
        this.layout = layout;
        this.stages = stages;
        this.rep = rep;
    }

    int lastRow() {
        return firstRow() + HEIGHT_ROWS;
    }

    private int firstRow() {
        return layout.lastRow() + 2;
    }

    void write() {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        wonByMonth(drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 0, firstRow(), FIRST_MONTH + 3, lastRow())));
        funnel(drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, FIRST_MONTH + 4, firstRow(), LAST_MONTH + 1, lastRow())));
    }

    private void wonByMonth(XSSFChart chart) {
        int won = stages.wonIndex();
        XDDFCategoryDataSource months = XDDFDataSourcesFactory.fromArray(words.months(),
                range(layout.monthHeader(), FIRST_MONTH, LAST_MONTH));
        XDDFBarChartData bars = bars(chart, words.get("chart.won"), BarDirection.COL);
        series(bars, months, words.get("chart.plan"), boxed(rep.wonByMonth()), range(layout.planRow(won), FIRST_MONTH, LAST_MONTH), PresetColor.STEEL_BLUE);
        series(bars, months, words.get("chart.actual"), new Double[12], range(layout.actualRow(won), FIRST_MONTH, LAST_MONTH), PresetColor.DARK_ORANGE);
        plot(bars);
    }

    private void funnel(XSSFChart chart) {
        String[] names = new String[stages.size()];
        Double[] required = new Double[stages.size()];
        Double[] actual = new Double[stages.size()];
        for (int s = 0; s < stages.size(); s++) {
            names[s] = stages.get(s).name();
            required[s] = (double) rep.required()[s];
            actual[s] = 0.0;
        }
        int first = layout.stageRow(0);
        int last = layout.stageRow(stages.wonIndex());
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(names, column(first, last, STAGE));
        XDDFBarChartData bars = bars(chart, words.get("chart.funnel"), BarDirection.BAR);
        series(bars, categories, words.get("chart.required"), required, column(first, last, REQUIRED), PresetColor.STEEL_BLUE);
        series(bars, categories, words.get("chart.actualToDate"), actual, column(first, last, ACTUAL_TO_DATE), PresetColor.DARK_ORANGE);
        plot(bars);
    }

    /**
     * Plots the series without {@code XSSFChart.plot}, which builds a whole embedded workbook per
     * chart to hold data the series already take from the sheet (a thousand reps: two thousand workbooks).
     */
    private static void plot(XDDFBarChartData bars) {
        for (int i = 0; i < bars.getSeriesCount(); i++) {
            bars.getSeries(i).plot();
        }
    }

    private static XDDFBarChartData bars(XSSFChart chart, String title, BarDirection direction) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(direction == BarDirection.BAR ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(direction == BarDirection.BAR ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (direction == BarDirection.BAR) {
            categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN); // top stage first
        }
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(direction);
        bars.setVaryColors(false);
        return bars;
    }

    private static void series(XDDFBarChartData bars, XDDFCategoryDataSource categories, String title, Double[] cached,
                               String reference, PresetColor colour) {
        XDDFChartData.Series series = bars.addSeries(categories, XDDFDataSourcesFactory.fromArray(cached, reference));
        series.setTitle(title, null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        series.setShapeProperties(shape);
    }

    private String range(int row, int firstCol, int lastCol) {
        return Ref.onSheet(sheetName, Ref.absRange(row, firstCol, lastCol));
    }

    private String column(int firstRow, int lastRow, int col) {
        return Ref.onSheet(sheetName, Ref.abs(firstRow, col) + ":" + Ref.abs(lastRow, col));
    }

    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
