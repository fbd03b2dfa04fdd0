package org.funnelplan.csv;

import java.util.Locale;

/**
 * The two CSV dialects the tool writes (SPEC section 5). Both have the same header, and
 * {@code generate} reads both back unchanged.
 */
public enum CsvFormat {
    /** {@code ,} between fields, {@code .} as decimal mark, no BOM: what English Excel and most tools read. */
    COMMA(',', '.', false),
    /** What Dutch Excel reads and writes: {@code ;} between fields, {@code ,} as decimal mark, UTF-8 with a BOM. */
    SEMICOLON(';', ',', true);

    private final char delimiter;
    private final char decimalMark;
    private final boolean bom;

    CsvFormat(char delimiter, char decimalMark, boolean bom) {
        this.delimiter = delimiter;
        this.decimalMark = decimalMark;
        this.bom = bom;
    }

    public char delimiter() {
        return delimiter;
    }

    public char decimalMark() {
        return decimalMark;
    }

    /** Whether the file starts with a UTF-8 byte order mark, which Excel needs to read it as UTF-8. */
    public boolean bom() {
        return bom;
    }

    /** The default of a plan's language: Dutch Excel reads {@code ;} with decimal commas, the rest {@code ,}. */
    public static CsvFormat forLanguage(Locale language) {
        return "nl".equals(language.getLanguage()) ? SEMICOLON : COMMA;
    }
}
