package org.funnelplan.actuals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The variance as CSV (SPEC section 5): {@code rep,stage,month,plan,actual,variance,attainment},
 * months 1–12 then {@code YTD}; {@code .} decimals, at most four, no grouping; actual, variance and
 * attainment empty for a month not filled in; text that a spreadsheet would take for a formula
 * ({@code = + - @}) gets a leading apostrophe.
 */
public final class VarianceCsv {
    public static final String HEADER = "rep,stage,month,plan,actual,variance,attainment";

    private VarianceCsv() {
    }

    public static void write(List<VarianceRow> rows, OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write(HEADER + "\n");
        for (VarianceRow row : rows) {
            csv.write(String.join(",", text(row.rep()), text(row.stage()),
                    row.month() == VarianceRow.YTD ? "YTD" : String.valueOf(row.month()),
                    Numbers4.format(row.plan()), Numbers4.format(row.actual()), Numbers4.format(row.variance()),
                    Numbers4.format(row.attainment())) + "\n");
        }
        csv.flush();
    }

    /** Quoted where CSV needs it, and defused where a spreadsheet would run it as a formula. */
    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
