package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.RepPlan;
import org.funnelplan.xlsx.ChartParts;
import org.funnelplan.xlsx.ChartXml;
import org.funnelplan.xlsx.Ref;

/**
 * The two charts under a rep's monthly grid: won per month, plan against actual, and the funnel,
 * required volume against actual to date. Series point at the sheet's cells, so they follow what
 * the rep types; the model's values are the cached points until the file is opened. The drawing
 * and chart parts are written straight into the package ({@link ChartParts}).
 */
final class RepCharts {
    private static final int HEIGHT_ROWS = 16;
    private static final String PLAN_COLOUR = "4682B4";
    private static final String ACTUAL_COLOUR = "FF8C00";

    private final XSSFSheet sheet;
    private final int sheetIndex;
    private final String sheetName;
    private final RepSheetLayout layout;
    private final FunnelStages stages;
    private final RepPlan rep;
    private final Labels words;

    RepCharts(XSSFSheet sheet, int sheetIndex, RepSheetLayout layout, FunnelStages stages, RepPlan rep, Labels words) {
        this.sheet = sheet;
        this.sheetIndex = sheetIndex;
        this.sheetName = sheet.getSheetName();
        this.layout = layout;
        this.stages = stages;
        this.rep = rep;
        this.words = words;
    }

    void write() {
        int first = layout.lastRow() + 2;
        int last = first + HEIGHT_ROWS;
        ChartParts.add(sheet, sheetIndex, List.of(new ChartXml.Anchor(0, first, FIRST_MONTH + 3, last),
                new ChartXml.Anchor(FIRST_MONTH + 4, first, LAST_MONTH + 1, last)), List.of(wonByMonth(), funnel()));
    }

    private String wonByMonth() {
        int won = stages.wonIndex();
        return ChartXml.barChart(words.get("chart.won"), range(layout.monthHeader(), FIRST_MONTH, LAST_MONTH), words.months(),
                List.of(new ChartXml.Series(words.get("chart.plan"), range(layout.planRow(won), FIRST_MONTH, LAST_MONTH),
                                boxed(rep.wonByMonth()), PLAN_COLOUR),
                        new ChartXml.Series(words.get("chart.actual"), range(layout.actualRow(won), FIRST_MONTH, LAST_MONTH),
                                new Double[12], ACTUAL_COLOUR)),
                false, axisFormat("0.0"));
    }

    private String funnel() {
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
        return ChartXml.barChart(words.get("chart.funnel"), column(first, last, STAGE), names,
                List.of(new ChartXml.Series(words.get("chart.required"), column(first, last, REQUIRED), required, PLAN_COLOUR),
                        new ChartXml.Series(words.get("chart.actualToDate"), column(first, last, ACTUAL_TO_DATE), actual, ACTUAL_COLOUR)),
                true, axisFormat("#,##0"));
    }

    /** In the plan's locale, as its cells' formats ({@code Styles}). */
    private String axisFormat(String code) {
        return words.language().numberFormat(code);
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
