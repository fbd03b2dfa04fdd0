package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.workbook.Styles.Highlight;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;

/**
 * Colours that tell a rep at a glance where they stand: behind (red), nearly there (amber) or on
 * or ahead of plan (green), once they have typed actuals; and a red flag on an actual cell that
 * holds text, a negative or a fraction, which pasting can put there past the data validation.
 *
 * Seven rules a sheet, each over all the rows it colours, sharing the workbook's few highlight
 * formats: written as rule elements directly, since POI's rule API makes a format per rule.
 */
final class ProgressHighlights {
    /** Below this share of the plan a stage counts as behind rather than nearly there. */
    static final double AMBER_FROM = 0.9;

    private final XSSFSheet sheet;
    private final Styles styles;
    private final RepSheetLayout layout;
    private final FunnelStages stages;
    private int priority = 1;

    ProgressHighlights(XSSFSheet sheet, Styles styles, RepSheetLayout layout, FunnelStages stages) {
        this.sheet = sheet;
        this.styles = styles;
        this.layout = layout;
        this.stages = stages;
    }

    void apply() {
        varianceToDate();
        actualMonths();
    }

    /** Actual and variance to date, coloured once the rep has reported a month of the stage. */
    private void varianceToDate() {
        int first = layout.stageRow(0);
        String reported = "$" + Ref.rel(first, MONTHS_REPORTED);
        String plan = "$" + Ref.rel(first, PLAN_TO_DATE);
        String actual = "$" + Ref.rel(first, ACTUAL_TO_DATE);
        String started = reported + ">0";
        List<String> cells = List.of(Ref.rel(first, ACTUAL_TO_DATE) + ":" + Ref.rel(layout.stageRow(stages.wonIndex()), VARIANCE_TO_DATE));
        rule(cells, FormulaText.fill("AND(%s,%s<%s*%s)", started, actual, AMBER_FROM, plan), Highlight.RED);
        rule(cells, FormulaText.fill("AND(%s,%s<%s)", started, actual, plan), Highlight.AMBER);
        rule(cells, FormulaText.fill("AND(%s,%s>=%s)", started, actual, plan), Highlight.GREEN);
    }

    /**
     * Each month's actual against the plan right above it, over every stage's actual row; a bad value
     * comes first. Only in rows labelled in column A under a month's heading: a row or column the rep
     * inserts for notes takes these rules along from its neighbour, and a note is no bad actual.
     */
    private void actualMonths() {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            int row = layout.actualRow(s);
            rows.add(Ref.rel(row, FIRST_MONTH) + ":" + Ref.rel(row, LAST_MONTH));
        }
        int first = layout.actualRow(0);
        String cell = Ref.rel(first, FIRST_MONTH);
        String plan = Ref.rel(first - 1, FIRST_MONTH);
        String actualRow = FormulaText.fill("$A%s<>\"\",%s$%s<>\"\"", first + 1, CellReference.convertNumToColString(FIRST_MONTH),
                layout.monthHeader() + 1);
        // IF, not OR: OR evaluates INT() of a text too, and the error would hide the flag.
        rule(rows, FormulaText.fill("AND(%2$s,IF(ISTEXT(%1$s),TRUE,IF(ISNUMBER(%1$s),OR(%1$s<0,%1$s<>INT(%1$s)),FALSE)))", cell, actualRow),
                Highlight.BAD_INPUT);
        rule(rows, FormulaText.fill("AND(%4$s,ISNUMBER(%1$s),%1$s<%2$s*%3$s)", cell, AMBER_FROM, plan, actualRow), Highlight.RED);
        rule(rows, FormulaText.fill("AND(%3$s,ISNUMBER(%1$s),%1$s<%2$s)", cell, plan, actualRow), Highlight.AMBER);
        rule(rows, FormulaText.fill("AND(%3$s,ISNUMBER(%1$s),%1$s>=%2$s)", cell, plan, actualRow), Highlight.GREEN);
    }

    /** One rule over the ranges; relative references are relative to the first range's top-left cell. */
    private void rule(List<String> ranges, String formula, Highlight highlight) {
        CTConditionalFormatting formatting = sheet.getCTWorksheet().addNewConditionalFormatting();
        formatting.setSqref(ranges);
        CTCfRule rule = formatting.addNewCfRule();
        rule.setType(STCfType.EXPRESSION);
        rule.setPriority(priority++);
        rule.setDxfId(styles.highlight(highlight));
        rule.addFormula(formula);
    }
}
