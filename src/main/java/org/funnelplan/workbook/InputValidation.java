package org.funnelplan.workbook;

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
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Data validation for a sheet's input cells, one rule per kind of input covering all its ranges,
 * so a sheet carries a handful of rules however many inputs it has.
 */
final class InputValidation {
    enum Kind {
        WHOLE_AT_LEAST_ZERO("Whole number", "Type a whole number of 0 or more."),
        DECIMAL_AT_LEAST_ZERO("Number", "Type a number of 0 or more."),
        RATE("Rate", "Type a rate between 0 and 1 (for example 0.25 or 25%)."),
        MONTH("Month", "Type a month number from 1 to 12.");

        final String title;
        final String message;

        Kind(String title, String message) {
            this.title = title;
            this.message = message;
        }
    }

    private final SXSSFSheet sheet;
    private final Map<Kind, List<CellRangeAddress>> ranges = new EnumMap<>(Kind.class);

    InputValidation(SXSSFSheet sheet) {
        this.sheet = sheet;
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
            DataValidation rule = helper.createValidation(constraint(helper, entry.getKey()), cells);
            rule.setShowErrorBox(true);
            rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
            rule.createErrorBox(entry.getKey().title, entry.getKey().message);
            rule.setEmptyCellAllowed(true);
            sheet.addValidationData(rule);
        }
    }

    private static DataValidationConstraint constraint(DataValidationHelper helper, Kind kind) {
        return switch (kind) {
            case WHOLE_AT_LEAST_ZERO -> helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case DECIMAL_AT_LEAST_ZERO -> helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
            case RATE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "1");
            case MONTH -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1", "12");
        };
    }
}
