package org.funnelplan.workbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.Ref;

/**
 * How a sheet prints: A4 landscape with the plan in the page header and page and date in the
 * footer, the title rows and label columns repeated on every page, at a fixed scale that keeps
 * every text at 8 pt or more (no font is below 10 pt, no scale below 80%). A sheet wider than a page is cut between column
 * groups (a stage's three overview columns stay together) onto as many pages as it needs, never
 * shrunk: "fit to page" would print a wide overview at 5 pt. The scale is written, not left to
 * the program, so Excel and LibreOffice cut the pages at the same columns.
 */
final class PrintPages {
    /** The smallest text, 10 pt, prints at 8 pt. */
    static final int MIN_SCALE = 80;
    /** A sheet cut into pages side by side prints at most this large, so it takes a few pages, not many. */
    static final int CUT_SCALE = 90;
    private static final double SIDE_MARGIN_INCHES = 0.4;
    /** A4 landscape less the side margins, in points. */
    private static final double PAGE_WIDTH = 842 - 2 * 72 * SIDE_MARGIN_INCHES;
    /**
     * A character unit of the Arial 10 pt default font as LibreOffice lays it out (a digit: 5.56 pt);
     * Excel's is 7 px, 5.25 pt, so a page that fits in LibreOffice fits in Excel.
     */
    private static final double POINTS_PER_UNIT = 5.56;
    /**
     * Manual page breaks Excel keeps across a sheet (MS-XLSB: 1,023): a lead list of thousands of
     * columns of one's own gets its first 1,024 pages cut between columns, the rest where they fill.
     */
    static final int MAX_COLUMN_BREAKS = 1_023;

    private final SheetWriter out;
    private final String header;
    private int firstTitleRow = -1;
    private int lastTitleRow = -1;
    private int labelColumns;
    private int columns;
    private int overflow;
    /** Columns that belong with the column on their left: no page starts at them. */
    private final Set<Integer> joined = new HashSet<>();
    private final List<Integer> rowBreaks = new ArrayList<>();
    private final List<String> areas = new ArrayList<>();

    private PrintPages(SheetWriter out, String header) {
        this.out = out;
        this.header = header;
    }

    /** @param header the page header: the plan, or the plan and the rep */
    static PrintPages of(SheetWriter out, String header) {
        return new PrintPages(out, header);
    }

    /** In a page header & starts a code (&D is the date): a rep called R&D needs &&. Excel allows 255 characters. */
    static String headerText(String text) {
        String escaped = text.replace("&", "&&");
        return escaped.length() <= 250 ? escaped : RepFileNames.cut(escaped, 249).replaceAll("&$", "") + "…";
    }

    /** The units across a page at the smallest scale: what a sheet may fill before it is cut. */
    static int unitsAcross() {
        return (int) Math.floor(PAGE_WIDTH / (POINTS_PER_UNIT * MIN_SCALE / 100.0));
    }

    /** Rows printed at the top of every page (0-based, inclusive). */
    PrintPages titleRows(int first, int last) {
        firstTitleRow = first;
        lastTitleRow = last;
        return this;
    }

    /** The first {@code count} columns are printed at the left of every page. */
    PrintPages labelColumns(int count) {
        labelColumns = count;
        return this;
    }

    /**
     * The sheet's columns 0..count-1 are printed; {@code overflow} more units on the right of the last
     * one hold text that runs on past it.
     */
    PrintPages columns(int count, int overflow) {
        this.columns = count;
        this.overflow = overflow;
        return this;
    }

    /** Columns first..last belong together: a page is cut before or after them, not between. */
    PrintPages keepTogether(int first, int last) {
        for (int col = first + 1; col <= last; col++) {
            joined.add(col);
        }
        return this;
    }

    /** A new page starts at this row (a rep sheet's months go on the second page). */
    PrintPages breakBeforeRow(int row) {
        rowBreaks.add(row);
        return this;
    }

    /**
     * Only these ranges print, each starting on a page of its own, in this order (e.g. the lead
     * sheet's summary, its months block, its lead list), from row first to last (0-based) of columns
     * firstCol..lastCol.
     */
    PrintPages area(int firstRow, int lastRow, int firstCol, int lastCol) {
        areas.add(Ref.abs(firstRow, firstCol) + ":" + Ref.abs(lastRow, lastCol));
        return this;
    }

    /** Sets up the sheet; the print titles and areas become the sheet's _xlnm.Print_Titles and _xlnm.Print_Area names. */
    void apply(DefinedNames names) {
        XSSFSheet sheet = out.sheet();
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(false);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN_INCHES);
        sheet.setMargin(PageMargin.TOP, 0.75);
        sheet.setMargin(PageMargin.BOTTOM, 0.75);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        print.setScale((short) cutIntoPages());
        for (int row : rowBreaks) {
            sheet.setRowBreak(row - 1);
        }
        int sheetIndex = sheet.getWorkbook().getSheetIndex(sheet);
        String rows = firstTitleRow < 0 ? null : "$" + (firstTitleRow + 1) + ":$" + (lastTitleRow + 1);
        String cols = labelColumns == 0 ? null : "$A:$" + CellReference.convertNumToColString(labelColumns - 1);
        names.printTitles(sheetIndex, out.name(), cols, rows);
        names.printArea(sheetIndex, out.name(), areas);
        Labels words = out.labels();
        sheet.getHeader().setCenter(headerText(header));
        sheet.getFooter().setLeft(words.format("print.generated", LocalDate.now()));
        sheet.getFooter().setRight(words.get("print.page"));
    }

    /** Puts a column break where the next group would not fit, and returns the scale the pages print at. */
    private int cutIntoPages() {
        double labels = 0;
        for (int col = 0; col < labelColumns; col++) {
            labels += width(col);
        }
        double all = labels + overflow;
        for (int col = labelColumns; col < columns; col++) {
            all += width(col);
        }
        int fit = scaleFor(all);
        if (fit >= MIN_SCALE) {
            return Math.min(100, fit);
        }
        double widestGroup = 0;
        for (int col = labelColumns; col < columns; col++) {
            if (!joined.contains(col)) {
                widestGroup = Math.max(widestGroup, groupWidth(col));
            }
        }
        int scale = Math.max(MIN_SCALE, Math.min(CUT_SCALE, scaleFor(labels + widestGroup)));
        double room = PAGE_WIDTH / (POINTS_PER_UNIT * scale / 100.0) - labels;
        double used = 0;
        int breaks = 0;
        for (int col = labelColumns; col < columns && breaks < MAX_COLUMN_BREAKS; col++) {
            double group = groupWidth(col);
            if (used > 0 && used + group > room && !joined.contains(col)) {
                out.sheet().setColumnBreak(col - 1);
                breaks++;
                used = 0;
            }
            used += width(col);
        }
        return scale;
    }

    /** The largest scale, in steps of 5%, at which that many units fit across a page. */
    private static int scaleFor(double units) {
        return (int) Math.floor(PAGE_WIDTH / (units * POINTS_PER_UNIT) * 20) * 5;
    }

    /** The width of the group that starts at {@code col}: from it up to the next column a page may start at. */
    private double groupWidth(int col) {
        double width = width(col);
        for (int next = col + 1; next < columns && joined.contains(next); next++) {
            width += width(next);
        }
        return width + (col + 1 >= columns ? overflow : 0);
    }

    private double width(int col) {
        return out.sheet().getColumnWidth(col) / 256.0;
    }
}
