package org.funnelplan.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a CSV the tool hands out (variance, history, from-crm) in one {@link CsvFormat}: fields
 * quoted where CSV needs it, numbers with at most four decimals and no grouping, and text that a
 * spreadsheet would run as a formula ({@code = + - @}) defused with a leading {@code '}, which
 * the input readers take off again (SPEC section 3).
 *
 * <pre>{@code
 * try (CsvOutput csv = CsvOutput.open(out, CsvFormat.SEMICOLON)) {
 *     csv.row("rep", "count");
 *     csv.text("Jan de Vries").number(12.5).endRow();
 * }
 * }</pre>
 */
public final class CsvOutput implements Closeable {
    private static final char BOM = '\uFEFF';

    private final CsvFormat format;
    private final CSVPrinter printer;

    private CsvOutput(CsvFormat format, CSVPrinter printer) {
        this.format = format;
        this.printer = printer;
    }

    /** A CSV on {@code out} (buffered, UTF-8; the BOM written first where the format has one). Closing flushes, not closes, {@code out}. */
    public static CsvOutput open(OutputStream out, CsvFormat format) throws IOException {
        Writer writer = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        if (format.bom()) {
            writer.write(BOM);
        }
        CSVFormat csv = CSVFormat.DEFAULT.builder()
                .setDelimiter(format.delimiter())
                .setRecordSeparator('\n')
                .setQuoteMode(QuoteMode.MINIMAL)
                .get();
        return new CsvOutput(format, new CSVPrinter(new java.io.BufferedWriter(writer, 1 << 16), csv));
    }

    public CsvFormat format() {
        return format;
    }

    /** A whole row of text cells, each defused and quoted as needed: a header, say. */
    public void row(String... cells) throws IOException {
        for (String cell : cells) {
            text(cell);
        }
        endRow();
    }

    /** A text cell; {@code null} is an empty cell. */
    public CsvOutput text(String value) throws IOException {
        printer.print(value == null ? "" : defused(value));
        return this;
    }

    /** A number cell in the format's decimal mark; {@code null}, NaN and infinities are an empty cell. */
    public CsvOutput number(Double value) throws IOException {
        printer.print(value == null ? "" : number(value, format));
        return this;
    }

    public void endRow() throws IOException {
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }

    /**
     * Text that a spreadsheet would run as a formula gets a leading {@code '} (a tab or carriage
     * return in front, too, as some spreadsheets skip them before looking for {@code =}).
     */
    public static String defused(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** At most four decimals, no grouping, "" for NaN and infinities, and never "-0". */
    public static String number(double value, CsvFormat format) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        String text = rounded.toPlainString();
        return format.decimalMark() == '.' ? text : text.replace('.', format.decimalMark());
    }

    /** Closing the printer closes its writer; the caller's stream (a zip entry, a temporary file) stays open. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
