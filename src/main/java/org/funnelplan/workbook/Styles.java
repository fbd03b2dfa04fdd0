package org.funnelplan.workbook;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.contract.Language;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPatternFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;

/**
 * One cell style per {@link Style}, made once per workbook: a thousand rep sheets share the
 * same dozen styles instead of creating one per cell.
 */
final class Styles {
    /** Light yellow: the one colour that says "type here". Colours are ARGB, alpha first, as styles.xml's schema wants. */
    static final byte[] INPUT_FILL = argb(0xFF, 0xF2, 0xCC);
    private static final byte[] HEADER_FILL = argb(0x1F, 0x3A, 0x5F);
    private static final byte[] TOTAL_FILL = argb(0xDD, 0xE6, 0xF0);
    private static final byte[] GREY_TEXT = argb(0x59, 0x59, 0x59);
    private static final byte[] RED_TEXT = argb(0xC0, 0x00, 0x00);
    private static final byte[] WHITE_TEXT = argb(0xFF, 0xFF, 0xFF);

    static final String EURO_FORMAT = "\"€ \"#,##0;-\"€ \"#,##0";
    static final String PERCENT_FORMAT = "0.0%";
    static final String DECIMAL_FORMAT = "#,##0.0";
    static final String WHOLE_FORMAT = "#,##0";

    /** Fills that conditional formatting lays over a cell. */
    enum Highlight {
        RED(0xF8, 0xCB, 0xAD), AMBER(0xFF, 0xE6, 0x99), GREEN(0xC6, 0xEF, 0xCE), BAD_INPUT(0xFF, 0x00, 0x00);

        final byte[] argb;

        Highlight(int r, int g, int b) {
            this.argb = Styles.argb(r, g, b);
        }
    }

    private final XSSFWorkbook workbook;
    private final Map<Style, CellStyle> styles = new EnumMap<>(Style.class);
    private final Map<Highlight, Long> highlights = new EnumMap<>(Highlight.class);

    /**
     * Every font is Arial, the default 10 pt: LibreOffice has Arial's widths everywhere (Liberation
     * Sans), while Calibri becomes a wider font where Carlito is missing, and pages would break at
     * other columns than in Excel.
     */
    static final String FONT = "Arial";

    /**
     * TRUE and FALSE in the plan's words as a number format: LibreOffice shows a cached TRUE as 1
     * without it (Excel shows TRUE or WAAR whatever the format).
     */
    private final String booleanFormat;
    /** Number formats are in the plan's locale ({@link Language#numberFormat}), as the variance report's. */
    private final Language language;

    Styles(XSSFWorkbook workbook) {
        this(workbook, Labels.of(Language.EN));
    }

    Styles(XSSFWorkbook workbook, Labels words) {
        this.workbook = workbook;
        this.booleanFormat = words.get("format.boolean");
        this.language = words.language();
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints((short) 10);
        standard.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
    }

    /** An opaque colour: alpha FF, then red, green, blue. */
    static byte[] argb(int r, int g, int b) {
        return new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b};
    }

    CellStyle get(Style style) {
        return styles.computeIfAbsent(style, this::create);
    }

    /** The style's number in styles.xml, as a cell's {@code s} attribute gives it. */
    int index(Style style) {
        return get(style).getIndex() & 0xffff;
    }

    /**
     * The differential format (dxf) of a highlight, made once per workbook: POI's rule API adds one
     * per rule, which for a thousand rep sheets made styles.xml 3 MB and tripped zip-bomb guards.
     */
    long highlight(Highlight highlight) {
        return highlights.computeIfAbsent(highlight, h -> {
            CTDxf dxf = CTDxf.Factory.newInstance();
            CTPatternFill fill = dxf.addNewFill().addNewPatternFill();
            fill.setPatternType(STPatternType.SOLID);
            fill.addNewBgColor().setRgb(h.argb);
            return (long) workbook.getStylesSource().putDxf(dxf) - 1;
        });
    }

    private short number(DataFormat formats, String code) {
        return formats.getFormat(language.numberFormat(code));
    }

    private CellStyle create(Style style) {
        XSSFCellStyle cell = workbook.createCellStyle();
        DataFormat formats = workbook.createDataFormat();
        cell.setVerticalAlignment(VerticalAlignment.CENTER);
        cell.setLocked(!style.isInput());
        switch (style) {
            case TITLE -> cell.setFont(font(16, true, false, null));
            case SUBTITLE -> {
                cell.setFont(font(10, false, true, GREY_TEXT));
                cell.setWrapText(true); // across the merged cells of its row
            }
            case NOTE, NOTE_WRAPPED -> {
                cell.setFont(font(10, false, true, GREY_TEXT));
                cell.setAlignment(HorizontalAlignment.LEFT); // Excel indents left-aligned text only
                cell.setIndention((short) 1); // apart from the number on its left
                cell.setWrapText(style == Style.NOTE_WRAPPED);
            }
            case WARNING, WARNING_WRAPPED -> {
                cell.setFont(font(10, true, false, RED_TEXT));
                cell.setAlignment(HorizontalAlignment.LEFT);
                cell.setIndention((short) 1);
                cell.setWrapText(style == Style.WARNING_WRAPPED);
            }
            case HEADER, HEADER_RIGHT -> {
                cell.setFont(font(10, true, false, WHITE_TEXT));
                fill(cell, HEADER_FILL);
                cell.setWrapText(true);
                cell.setAlignment(style == Style.HEADER ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT);
            }
            case LABEL -> cell.setFont(font(10, true, false, null));
            case TOTAL_LABEL -> {
                cell.setFont(font(10, true, false, null));
                fill(cell, TOTAL_FILL);
            }
            case WHOLE -> cell.setDataFormat(number(formats, WHOLE_FORMAT));
            case DECIMAL -> cell.setDataFormat(number(formats, DECIMAL_FORMAT));
            case EURO -> cell.setDataFormat(number(formats, EURO_FORMAT));
            case PERCENT -> cell.setDataFormat(number(formats, PERCENT_FORMAT));
            case BOOLEAN -> {
                cell.setFont(font(10, true, false, null));
                cell.setDataFormat(formats.getFormat(booleanFormat));
                cell.setAlignment(HorizontalAlignment.CENTER);
            }
            case TOTAL_WHOLE, TOTAL_EURO, TOTAL_DECIMAL -> {
                cell.setFont(font(10, true, false, null));
                fill(cell, TOTAL_FILL);
                cell.setDataFormat(number(formats, style == Style.TOTAL_EURO ? EURO_FORMAT
                        : style == Style.TOTAL_DECIMAL ? DECIMAL_FORMAT : WHOLE_FORMAT));
            }
            case INPUT_WHOLE, INPUT_MONTH -> input(cell, number(formats, WHOLE_FORMAT));
            case INPUT_DECIMAL -> input(cell, number(formats, DECIMAL_FORMAT));
            case INPUT_EURO -> input(cell, number(formats, EURO_FORMAT));
            case INPUT_PERCENT -> input(cell, number(formats, PERCENT_FORMAT));
            case INPUT_TEXT -> input(cell, formats.getFormat("@"));
            case CODE -> cell.setDataFormat(formats.getFormat("@"));
            case CODE_WRAPPED -> {
                cell.setDataFormat(formats.getFormat("@"));
                cell.setWrapText(true);
            }
            case TEXT, META -> {
            }
        }
        return cell;
    }

    private void input(XSSFCellStyle cell, short format) {
        fill(cell, INPUT_FILL);
        cell.setDataFormat(format);
        BorderStyle thin = BorderStyle.THIN;
        cell.setBorderBottom(thin);
        cell.setBorderTop(thin);
        cell.setBorderLeft(thin);
        cell.setBorderRight(thin);
        short grey = IndexedColors.GREY_40_PERCENT.getIndex();
        cell.setBottomBorderColor(grey);
        cell.setTopBorderColor(grey);
        cell.setLeftBorderColor(grey);
        cell.setRightBorderColor(grey);
    }

    private static void fill(XSSFCellStyle cell, byte[] argb) {
        cell.setFillForegroundColor(new XSSFColor(argb, null));
        cell.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private Font font(int points, boolean bold, boolean italic, byte[] argb) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        if (argb != null) {
            font.setColor(new XSSFColor(argb, null));
        }
        return font;
    }
}
