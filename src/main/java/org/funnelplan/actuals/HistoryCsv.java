package org.funnelplan.actuals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;

/**
 * The year's actuals as a history CSV that {@code generate} reads for next year's plan:
 * {@code rep,period,stage,count,avg_days}, one row per rep and stage that has any month filled in.
 * The period is the plan year ({@code 2027}): a year's counts give the stage rates without the
 * distortion of items that move on in a later month. {@code count} sums the filled months;
 * {@code avg_days} is the workbook's own assumption carried over (actuals do not measure it),
 * empty for won.
 */
public final class HistoryCsv {
    public static final String HEADER = "rep,period,stage,count,avg_days";

    private HistoryCsv() {
    }

    public static void write(TeamActuals team, OutputStream out) throws IOException {
        FunnelStages stages = team.stages();
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        int rows = 0;
        for (RepActuals rep : team.reps()) {
            for (int s = 0; s < stages.size(); s++) {
                double count = 0;
                boolean any = false;
                for (Double value : rep.actual()[s]) {
                    if (value != null) {
                        any = true;
                        count += value;
                    }
                }
                if (!any) {
                    continue;
                }
                String days = s == stages.wonIndex() ? "" : Numbers4.format(rep.plan().avgDays()[s]);
                csv.append(String.join(",", quoted(rep.rep()), String.valueOf(team.year()), quoted(stages.get(s).name()),
                        Numbers4.format(count), days)).append('\n');
                rows++;
            }
        }
        if (rows == 0) {
            throw new InputException(team.reps().get(0).file(), "no actuals are filled in; a history needs the counts reps typed in");
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(csv.toString());
        writer.flush();
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains(";")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
