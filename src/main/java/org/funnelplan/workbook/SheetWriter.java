package org.funnelplan.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.funnelplan.xlsx.SheetRows;
import org.funnelplan.xlsx.TextWidth;

/**
 * Writes cells of one streamed sheet. Formula cells also get the model's value as their cached
 * result, so previews and readers that do not calculate show the right numbers.
 */
final class SheetWriter {
    /** The height of a line of 10 pt Arial. */
    private static final float LINE_POINTS = 12.75f;

    private final SheetRows rows;
    private final Styles styles;
    private final Labels labels;

    SheetWriter(SheetRows rows, Styles styles, Labels labels) {
        this.rows = rows;
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

    /** The sheet's settings: panes, columns, validation, highlights, printing, protection. */
    XSSFSheet sheet() {
        return rows.sheet();
    }

    String name() {
        return rows.sheet().getSheetName();
    }

    void text(int row, int col, String text, Style style) {
        rows.text(row, col, text, styles.index(style));
    }

    void number(int row, int col, double value, Style style) {
        rows.number(row, col, value, styles.index(style));
    }

    void formula(int row, int col, String formula, double cached, Style style) {
        rows.formula(row, col, formula, cached, styles.index(style));
    }

    void formula(int row, int col, String formula, boolean cached, Style style) {
        rows.formula(row, col, formula, cached, styles.index(style));
    }

    void formula(int row, int col, String formula, String cached, Style style) {
        rows.formula(row, col, formula, cached, styles.index(style));
    }

    /** An input cell left empty for the user, with the input look and unlocked. */
    void blank(int row, int col, Style style) {
        rows.blank(row, col, styles.index(style));
    }

    /** Header rows wrap their text: give them room for three lines (Dutch headings are long). */
    void tallRow(int row) {
        rows.height(row, 40);
    }

    /**
     * A heading row as tall as its most wrapped heading, from the widths the columns already have:
     * texts[i] heads column firstCol + i.
     */
    void headingRow(int row, int firstCol, String... texts) {
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            lines = Math.max(lines, TextWidth.lines(texts[i], rows.sheet().getColumnWidth(firstCol + i) / 256));
        }
        rows.height(row, LINE_POINTS * lines + 4);
    }

    /**
     * A text across columns firstCol..lastCol (merged), wrapped and as tall as it needs: a note that
     * would run past the edge of the printed page.
     */
    void paragraph(int row, int firstCol, int lastCol, String text, Style wrapped) {
        text(row, firstCol, text, wrapped);
        rows.sheet().addMergedRegionUnsafe(new CellRangeAddress(row, row, firstCol, lastCol));
        int width = 0;
        for (int col = firstCol; col <= lastCol; col++) {
            width += rows.sheet().getColumnWidth(col) / 256;
        }
        lines(row, TextWidth.lines(text, width));
    }

    /** Room for {@code lines} lines of 10 pt text that wraps in its cell (never less than one line). */
    void lines(int row, int lines) {
        if (lines > 1) {
            rows.height(row, LINE_POINTS * lines + 2);
        }
    }

    /** Puts the row in an outline group; folded rows are hidden until the user opens the group. */
    void groupRow(int row, boolean folded) {
        rows.group(row);
        if (folded) {
            rows.hide(row);
        }
    }

    void width(int col, int characters) {
        rows.sheet().setColumnWidth(col, characters * 256);
    }

    /**
     * The widths of columns 0.. in one pass, before any other width of the sheet is set: neighbours
     * of one width share a {@code <col>} range. POI's setColumnWidth looks through every column set
     * before, which for a lead list of 16,000 columns of the user's own takes minutes.
     */
    void widths(int[] characters) {
        CTWorksheet worksheet = rows.sheet().getCTWorksheet();
        CTCols cols = worksheet.sizeOfColsArray() > 0 ? worksheet.getColsArray(0) : worksheet.addNewCols();
        if (cols.sizeOfColArray() > 0) {
            throw new IllegalStateException("widths of sheet '" + name() + "' were set before");
        }
        for (int first = 0, last; first < characters.length; first = last + 1) {
            last = first;
            while (last + 1 < characters.length && characters[last + 1] == characters[first]) {
                last++;
            }
            CTCol col = cols.addNewCol();
            col.setMin(first + 1);
            col.setMax(last + 1);
            col.setWidth(characters[first]);
            col.setCustomWidth(true);
        }
    }

    /** Writes the finished rows to the temporary file so a thousand sheets do not stay in memory. */
    void flush() {
        rows.flush();
    }
}
