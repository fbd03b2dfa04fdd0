package org.funnelplan.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.actuals.RepActuals;
import org.funnelplan.actuals.ReportWords;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.csv.CsvFormat;
import org.funnelplan.csv.CsvOutput;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;

/**
 * The year's actuals as a history CSV that {@code generate} reads for next year's plan:
 * {@code rep,period,stage,count,avg_days}, one row per rep and stage that has any month filled in.
 * The period is the plan year ({@code 2027}) when the actuals cover the whole year, else the
 * months they cover ({@code 2027-01..05}, SPEC section 5): a year's counts give the stage rates
 * without the distortion of items that move on in a later month, and a part of a year says so.
 * The months covered are those up to the last month any rep filled in: reps report together, and
 * a rep who starts later, or is behind with typing, does not shorten the team's period (the
 * console names the reps who are behind). {@code count} sums the filled months;
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

    /** The last month any rep filled in: the history covers January up to it. */
    public static int monthsCovered(TeamActuals team) {
        return team.lastReportedMonth();
    }

    /** The plan year when the actuals cover all twelve months, else {@code YYYY-01..MM}. */
    public static String period(TeamActuals team) {
        int months = monthsCovered(team);
        return months == 12 ? String.valueOf(team.year()) : "%d-01..%02d".formatted(team.year(), Math.max(1, months));
    }

    /** Reps with actuals whose last filled month is before the team's: their counts cover fewer months. */
    public static List<String> behind(TeamActuals team) {
        int months = monthsCovered(team);
        List<String> behind = new ArrayList<>();
        for (RepActuals rep : team.reps()) {
            int last = 0;
            for (int m = 1; m <= 12; m++) {
                last = rep.reported(m) ? m : last;
            }
            if (last > 0 && last < months) {
                behind.add(rep.rep());
            }
        }
        return behind;
    }

    public static void write(TeamActuals team, CsvFormat format, OutputStream out) throws IOException {
        FunnelStages stages = team.stages();
        if (team.reps().stream().noneMatch(HistoryCsv::anyFilled)) {
            throw new InputException(team.reps().get(0).file(), ReportWords.of(team.language()).get("history.noActuals"));
        }
        String period = period(team);
        try (CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row(HEADER.split(","));
            for (RepActuals rep : team.reps()) {
                for (int s = 0; s < stages.size(); s++) {
                    Double count = filledSum(rep.actual()[s]);
                    if (count == null) {
                        continue;
                    }
                    Double days = s == stages.wonIndex() ? null : rep.plan().avgDays()[s];
                    csv.text(rep.rep()).text(period).text(stages.get(s).name())
                            .number(count).number(days).endRow();
                }
            }
        }
    }

    /** Whether the rep filled in any actual: only those reps get history rows. */
    public static boolean anyFilled(RepActuals rep) {
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
