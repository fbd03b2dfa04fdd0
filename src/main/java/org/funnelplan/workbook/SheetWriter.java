package org.funnelplan.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes cells of one streamed sheet. Formula cells also get the model's value as their cached
 * result, so previews and readers that do not calculate show the right numbers.
 */
final class SheetWriter {
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final Labels labels;

    SheetWriter(SXSSFSheet sheet, Styles styles, Labels labels) {
        this.sheet = sheet;
        this.styles = styles;
        this.labels = labels;
    }

    Styles styles() {
        return styles;
    }

    /** The words of the plan's language. */
    Labels labels() {
        return labels;
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    Cell text(int row, int col, String text, Style style) {
        Cell cell = cell(row, col, style);
        cell.setCellValue(text);
        return cell;
    }

    Cell number(int row, int col, double value, Style style) {
        Cell cell = cell(row, col, style);
        cell.setCellValue(value);
        return cell;
    }

    Cell formula(int row, int col, String formula, double cached, Style style) {
        Cell cell = formulaCell(row, col, formula, style);
        cell.setCellValue(cached);
        return cell;
    }

    Cell formula(int row, int col, String formula, boolean cached, Style style) {
        Cell cell = formulaCell(row, col, formula, style);
        cell.setCellValue(cached);
        return cell;
    }

    Cell formula(int row, int col, String formula, String cached, Style style) {
        Cell cell = formulaCell(row, col, formula, style);
        cell.setCellValue(cached);
        return cell;
    }

    private Cell formulaCell(int row, int col, String formula, Style style) {
        Cell cell = cell(row, col, style);
        cell.setCellFormula(formula);
        return cell;
    }

    /** An input cell left empty for the user, with the input look and unlocked. */
    Cell blank(int row, int col, Style style) {
        return cell(row, col, style);
    }

    /** Header rows wrap their text: give them room for three lines (Dutch headings are long). */
    void tallRow(int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        (row == null ? sheet.createRow(rowIndex) : row).setHeightInPoints(40);
    }

    void width(int col, int characters) {
        sheet.setColumnWidth(col, characters * 256);
    }

    /** Writes the finished rows to the temporary file so a thousand sheets do not stay in memory. */
    void flush() {
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cell cell(int rowIndex, int col, Style style) {
        Row row = sheet.getRow(rowIndex);
        if (row == null) {
            row = sheet.createRow(rowIndex);
        }
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.get(style));
        return cell;
    }
}
