package org.funnelplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.funnelplan.actuals.VarianceRow;
import org.funnelplan.csv.CsvFormat;
import org.funnelplan.csv.CsvOutput;


/**
 * The variance as CSV (SPEC section 5): {@code rep,stage,month,plan,actual,variance,attainment},
 * months 1–12 then {@code YTD}; numbers with at most four decimals, no grouping; actual, variance
 * and attainment empty for a month not filled in; formula-like text defused ({@link CsvOutput}).
 */
public final class VarianceCsv {
    public static final String HEADER = "rep,stage,month,plan,actual,variance,attainment";

    private VarianceCsv() {
    }

    public static void write(List<VarianceRow> rows, OutputStream out) throws IOException {
        write(rows, CsvFormat.COMMA, out);
    }

    public static void write(List<VarianceRow> rows, CsvFormat format, OutputStream out) throws IOException {
        try (CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row(HEADER.split(","));
            for (VarianceRow row : rows) {
                csv.text(row.rep()).text(row.stage())
                        .text(row.month() == VarianceRow.YTD ? "YTD" : String.valueOf(row.month()))
                        .number(row.plan()).number(row.actual()).number(row.variance()).number(row.attainment())
                        .endRow();
            }
        }
    }
}
