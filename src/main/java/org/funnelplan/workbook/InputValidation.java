package org.funnelplan.workbook;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.contract.Limits;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;

/**
 * Data validation for a sheet's input cells, one rule per kind of input covering all its ranges,
 * so a sheet carries a handful of rules however many inputs it has. An actual takes what the
 * re-import reads as one: {@link Limits#MAX_ACTUAL}.
 */
final class InputValidation {
    private static final int MAX_ACTUAL = Limits.MAX_ACTUAL;

    enum Kind {
        WHOLE_AT_LEAST_ZERO("validation.whole"),
        DECIMAL_AT_LEAST_ZERO("validation.decimal"),
        RATE("validation.rate"),
        MONTH("validation.month"),
        /**
         * A whole count from 0 to {@link #MAX_ACTUAL}, in a row labelled as an actual under a month's
         * heading: a row or column the rep inserts for notes takes the validation of its neighbour
         * along, and must take text.
         */
        ACTUAL("validation.actual");

        final String labels;

        Kind(String labels) {
            this.labels = labels;
        }
    }

    private final XSSFSheet sheet;
    private final Labels labels;
    private final Map<Kind, List<CellRangeAddress>> ranges = new EnumMap<>(Kind.class);
    private int monthHeader = -1;

    InputValidation(SheetWriter out) {
        this.sheet = out.sheet();
        this.labels = out.labels();
    }

    void wholeAtLeastZero(int row, int firstCol, int lastCol) {
        add(Kind.WHOLE_AT_LEAST_ZERO, row, firstCol, lastCol);
    }

    void decimalAtLeastZero(int row, int firstCol, int lastCol) {
        add(Kind.DECIMAL_AT_LEAST_ZERO, row, firstCol, lastCol);
    }

    void rate(int row, int col) {
        add(Kind.RATE, row, col, col);
    }

    /** @param monthHeader the row with the months' headings above the actual cells */
    void actual(int row, int firstCol, int lastCol, int monthHeader) {
        this.monthHeader = monthHeader;
        add(Kind.ACTUAL, row, firstCol, lastCol);
    }

    void month(int row, int col) {
        add(Kind.MONTH, row, col, col);
    }

    private void add(Kind kind, int row, int firstCol, int lastCol) {
        ranges.computeIfAbsent(kind, k -> new ArrayList<>()).add(new CellRangeAddress(row, row, firstCol, lastCol));
    }

    void apply() {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (Map.Entry<Kind, List<CellRangeAddress>> entry : ranges.entrySet()) {
            CellRangeAddressList cells = new CellRangeAddressList();
            entry.getValue().forEach(cells::addCellRangeAddress);
            DataValidation rule = helper.createValidation(constraint(helper, entry.getKey(), entry.getValue().get(0)), cells);
            rule.setShowErrorBox(true);
            rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
            rule.createErrorBox(labels.get(entry.getKey().labels + ".title"), message(entry.getKey()));
            rule.setEmptyCellAllowed(true);
            sheet.addValidationData(rule);
        }
    }

    /** What the error box says; the actual's names the largest count as the plan's language writes numbers. */
    private String message(Kind kind) {
        String key = kind.labels + ".message";
        return kind == Kind.ACTUAL ? labels.format(key, NumberFormat.getIntegerInstance(labels.language().locale()).format(MAX_ACTUAL))
                : labels.get(key);
    }

    private DataValidationConstraint constraint(DataValidationHelper helper, Kind kind, CellRangeAddress first) {
        return switch (kind) {
            case WHOLE_AT_LEAST_ZERO -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case DECIMAL_AT_LEAST_ZERO -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case RATE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1");
            case MONTH -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1", "12");
            case ACTUAL -> helper.createCustomConstraint(actualCount(first));
        };
    }

    /**
     * The rule for the first cell of the actual ranges (Excel and LibreOffice move it along to the
     * others): anything goes where column A has no label or the month heading is empty (an inserted
     * row or column), else a whole number from 0 to {@link #MAX_ACTUAL}.
     */
    private String actualCount(CellRangeAddress first) {
        String cell = Ref.rel(first.getFirstRow(), first.getFirstColumn());
        String label = "$A" + (first.getFirstRow() + 1);
        String heading = CellReference.convertNumToColString(first.getFirstColumn()) + "$" + (monthHeader + 1);
        // IF, not AND or OR: those evaluate INT() of a text too, and the error refuses the note as well.
        return FormulaText.fill("IF(OR(%2$s=\"\",%3$s=\"\"),TRUE,IF(ISNUMBER(%1$s),AND(%1$s>=0,%1$s<=%4$d,%1$s=INT(%1$s)),FALSE))",
                cell, label, heading, MAX_ACTUAL);
    }
}
