package org.funnelplan.workbook;

import static org.funnelplan.workbook.RepSheetLayout.*;

import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.funnelplan.model.FunnelStages;

/**
 * Colours that tell a rep at a glance where they stand: behind (red), nearly there (amber) or on
 * or ahead of plan (green), once they have typed actuals; and a red flag on an actual cell that
 * holds text, a negative or a fraction, which pasting can put there past the data validation.
 */
final class ProgressHighlights {
    /** Below this share of the plan a stage counts as behind rather than nearly there. */
    static final double AMBER_FROM = 0.9;

    private static final byte[] RED = {(byte) 0xF8, (byte) 0xCB, (byte) 0xAD};
    private static final byte[] AMBER = {(byte) 0xFF, (byte) 0xE6, (byte) 0x99};
    private static final byte[] GREEN = {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE};
    private static final byte[] BAD_INPUT = {(byte) 0xFF, 0x00, 0x00};

    private final SheetConditionalFormatting formatting;
    private final RepSheetLayout layout;
    private final FunnelStages stages;

    ProgressHighlights(SheetConditionalFormatting formatting, RepSheetLayout layout, FunnelStages stages) {
        this.formatting = formatting;
        this.layout = layout;
        this.stages = stages;
    }

    void apply() {
        for (int s = 0; s < stages.size(); s++) {
            varianceToDate(s);
            actualMonths(s);
        }
    }

    /** The stage's to-date cells, coloured only once the rep has typed an actual for the stage. */
    private void varianceToDate(int s) {
        int row = layout.stageRow(s);
        String actuals = Ref.absRange(layout.actualRow(s), FIRST_MONTH, LAST_MONTH);
        String plan = Ref.abs(row, PLAN_TO_DATE);
        String actual = Ref.abs(row, ACTUAL_TO_DATE);
        String started = "COUNT(%s)>0".formatted(actuals);
        CellRangeAddress[] cells = {new CellRangeAddress(row, row, ACTUAL_TO_DATE, VARIANCE_TO_DATE)};
        formatting.addConditionalFormatting(cells, new ConditionalFormattingRule[] {
                rule("AND(%s,%s<%s*%s)".formatted(started, actual, AMBER_FROM, plan), RED),
                rule("AND(%s,%s<%s)".formatted(started, actual, plan), AMBER),
                rule("AND(%s,%s>=%s)".formatted(started, actual, plan), GREEN)});
    }

    /** Each month's actual against the plan right above it; a bad value outranks the colours. */
    private void actualMonths(int s) {
        int row = layout.actualRow(s);
        String cell = Ref.rel(row, FIRST_MONTH);
        String plan = Ref.rel(row - 1, FIRST_MONTH);
        CellRangeAddress[] cells = {new CellRangeAddress(row, row, FIRST_MONTH, LAST_MONTH)};
        formatting.addConditionalFormatting(cells,
                rule("OR(ISTEXT(%1$s),AND(ISNUMBER(%1$s),OR(%1$s<0,%1$s<>INT(%1$s))))".formatted(cell), BAD_INPUT));
        formatting.addConditionalFormatting(cells, new ConditionalFormattingRule[] {
                rule("AND(ISNUMBER(%1$s),%1$s<%2$s*%3$s)".formatted(cell, AMBER_FROM, plan), RED),
                rule("AND(ISNUMBER(%1$s),%1$s<%2$s)".formatted(cell, plan), AMBER),
                rule("AND(ISNUMBER(%1$s),%1$s>=%2$s)".formatted(cell, plan), GREEN)});
    }

    private ConditionalFormattingRule rule(String formula, byte[] rgb) {
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb, null));
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        return rule;
    }
}
