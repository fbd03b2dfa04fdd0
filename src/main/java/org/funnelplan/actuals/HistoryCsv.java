package org.funnelplan.actuals;

import java.io.IOException;
import java.io.OutputStream;

import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;
import org.funnelplan.report.CsvFormat;
import org.funnelplan.report.CsvOutput;

/**
 * The year's actuals as a history CSV that {@code generate} reads for next year's plan:
 * {@code rep,period,stage,count,avg_days}, one row per rep and stage that has any month filled in.
 * The period is the plan year ({@code 2027}): a year's counts give the stage rates without the
 * distortion of items that move on in a later month. {@code count} sums the filled months;
 * {@code avg_days} is the workbook's own assumption carried over (actuals do not measure it),
 * empty for won. Rep names a spreadsheet would run as a formula are defused ({@link CsvOutput}).
 */
public final class HistoryCsv {
    public static final String HEADER = "rep,period,stage,count,avg_days";

    private HistoryCsv() {
    }

    public static void write(TeamActuals team, OutputStream out) throws IOException {
        write(team, CsvFormat.COMMA, out);
    }

    public static void write(TeamActuals team, CsvFormat format, OutputStream out) throws IOException {
        FunnelStages stages = team.stages();
        if (team.reps().stream().noneMatch(HistoryCsv::anyFilled)) {
            throw new InputException(team.reps().get(0).file(), "no actuals are filled in; a history needs the counts reps typed in");
        }
        try (CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row(HEADER.split(","));
            for (RepActuals rep : team.reps()) {
                for (int s = 0; s < stages.size(); s++) {
                    Double count = filledSum(rep.actual()[s]);
                    if (count == null) {
                        continue;
                    }
                    Double days = s == stages.wonIndex() ? null : rep.plan().avgDays()[s];
                    csv.text(rep.rep()).text(String.valueOf(team.year())).text(stages.get(s).name())
                            .number(count).number(days).endRow();
                }
            }
        }
    }

    private static boolean anyFilled(RepActuals rep) {
        for (Double[] stage : rep.actual()) {
            if (filledSum(stage) != null) {
                return true;
            }
        }
        return false;
    }

    /** The sum of the months filled in, or {@code null} when none is. */
    private static Double filledSum(Double[] months) {
        Double sum = null;
        for (Double value : months) {
            if (value != null) {
                sum = (sum == null ? 0 : sum) + value;
            }
        }
        return sum;
    }
}
