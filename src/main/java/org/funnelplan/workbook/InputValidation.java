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
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Data validation for a sheet's input cells, one rule per kind of input covering all its ranges,
 * so a sheet carries a handful of rules however many inputs it has.
 */
final class InputValidation {
    enum Kind {
        WHOLE_AT_LEAST_ZERO("validation.whole"),
        DECIMAL_AT_LEAST_ZERO("validation.decimal"),
        RATE("validation.rate"),
        MONTH("validation.month"),
        /** Below 40,000: any date since 2009 is a larger serial number, so a date typed as 3/4 is refused. */
        ACTUAL("validation.actual");

        final String labels;

        Kind(String labels) {
            this.labels = labels;
        }
    }

    private final XSSFSheet sheet;
    private final Labels labels;
    private final Map<Kind, List<CellRangeAddress>> ranges = new EnumMap<>(Kind.class);

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

    void actual(int row, int firstCol, int lastCol) {
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
            DataValidation rule = helper.createValidation(constraint(helper, entry.getKey()), cells);
            rule.setShowErrorBox(true);
            rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
            rule.createErrorBox(labels.get(entry.getKey().labels + ".title"), labels.get(entry.getKey().labels + ".message"));
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
            case ACTUAL -> helper.createIntegerConstraint(OperatorType.BETWEEN, "0", "39999");
        };
    }
}
