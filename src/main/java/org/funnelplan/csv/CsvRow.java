package org.funnelplan.csv;

import java.util.Map;

import org.funnelplan.model.InputException;

/**
 * One data record of an input file: trimmed cells by column (lower case), the physical line it
 * starts on, and typed accessors whose errors name file, line and column.
 */
final class CsvRow {
    private final String file;
    private final int line;
    private final char delimiter;
    private final Map<String, String> cells;
    private final Map<String, String> extra;

    CsvRow(String file, int line, char delimiter, Map<String, String> cells, Map<String, String> extra) {
        this.file = file;
        this.line = line;
        this.delimiter = delimiter;
        this.cells = cells; // made for this row by CsvTable and not kept there
        this.extra = extra;
    }

    /** The file, as named in messages. */
    String file() {
        return file;
    }

    /** This row's line, for messages about it from other rows. */
    Line at() {
        return new Line(file, line);
    }

    /** The 1-based physical line the record starts on. */
    int line() {
        return line;
    }

    /** {@code <file> line <N>}, the start of every message about this row. */
    String where() {
        return file + " line " + line;
    }

    InputException error(String problem) {
        return new InputException(where(), problem);
    }

    /** Cells of columns the file kind does not know, by header as written, in file order; empty unless carried. */
    Map<String, String> extra() {
        return extra;
    }

    /** The trimmed cell, "" when empty or when the file has no such column. */
    String text(String column) {
        return cells.getOrDefault(column, "");
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            throw error("column %s is empty; every row needs a %s".formatted(column, column));
        }
        return value;
    }

    /** A whole number in [min, max], or {@code null} when the cell is empty. */
    Long whole(String column, long min, long max) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Numbers.whole(value, min, max);
        } catch (Numbers.Problem p) {
            throw error("column %s: %s".formatted(column, p.getMessage()));
        }
    }

    long requiredWhole(String column, long min, long max) {
        required(column);
        return whole(column, min, max);
    }

    /** A plain decimal ≥ 0, or {@code null} when the cell is empty. */
    Double decimal(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Numbers.decimal(value, delimiter);
        } catch (Numbers.Problem p) {
            throw error("column %s: %s".formatted(column, p.getMessage()));
        }
    }

    double requiredDecimal(String column) {
        required(column);
        return decimal(column);
    }

    /** An amount ≥ 0 (currency signs and grouping allowed), or {@code null} when the cell is empty. */
    Double money(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Numbers.money(value, delimiter);
        } catch (Numbers.Problem p) {
            throw error("column %s: %s".formatted(column, p.getMessage()));
        }
    }

    double requiredMoney(String column) {
        required(column);
        return money(column);
    }
}
