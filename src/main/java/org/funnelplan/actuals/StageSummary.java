package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;

/**
 * One stage to date, for a rep or summed over the team: what the variance workbook and the
 * console table show, with the traffic light and the year-end forecast.
 *
 * @param actualToDate {@code null} when nothing was reported up to the report month
 */
public record StageSummary(String rep, String stage, double planToDate, Double actualToDate, double planYear,
                           double plannedRate, Double actualRate, double forecast) {
    /** At or above this share of plan: green. */
    public static final double GREEN = 1.0;
    /** At or above this share of plan (and below green): amber; below it: red. */
    public static final double AMBER = 0.9;

    public enum Light { GREEN, AMBER, RED, NONE }

    public Double attainment() {
        return actualToDate == null || planToDate == 0 ? null : actualToDate / planToDate;
    }

    public Light light() {
        Double attainment = attainment();
        if (attainment == null) {
            return Light.NONE;
        }
        return attainment >= GREEN ? Light.GREEN : attainment >= AMBER ? Light.AMBER : Light.RED;
    }

    /** Per rep and stage. */
    public static List<StageSummary> perRep(TeamActuals team, int month) {
        List<StageSummary> rows = new ArrayList<>();
        for (RepActuals rep : team.reps()) {
            rows.addAll(of(team, List.of(rep), rep.rep(), month));
        }
        return rows;
    }

    /** Summed over the team: the plan of every rep, the actuals of those who reported. */
    public static List<StageSummary> team(TeamActuals team, int month) {
        return of(team, team.reps(), "Team", month);
    }

    private static List<StageSummary> of(TeamActuals team, List<RepActuals> reps, String label, int month) {
        int stages = team.stages().size();
        double[] planToDate = new double[stages];
        double[] planYear = new double[stages];
        double[] required = new double[stages];
        double[] actual = new double[stages];
        boolean[] reported = new boolean[stages];
        for (RepActuals rep : reps) {
            for (int s = 0; s < stages; s++) {
                planToDate[s] += rep.planToDate(s, month);
                planYear[s] += rep.planToDate(s, 12);
                required[s] += rep.plan().required()[s];
                Double toDate = rep.toDate(s, month);
                if (toDate != null) {
                    actual[s] += toDate;
                    reported[s] = true;
                }
            }
        }
        List<StageSummary> rows = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            boolean last = s == stages - 1;
            // The team's planned rate is its reverse funnel's: the volumes required, not the months' activity,
            // which the cycle time shifts into the previous year at the top of the funnel.
            double plannedRate = last || required[s] == 0 ? Double.NaN : required[s + 1] / required[s];
            if (reps.size() == 1 && !last) {
                plannedRate = reps.get(0).plan().rates().get(s).rate();
            }
            Double actualRate = last || !reported[s] || actual[s] == 0 ? null : actual[s + 1] / actual[s];
            Double actualToDate = reported[s] ? actual[s] : null;
            double forecast = Variance.forecast(planToDate[s], reported[s] ? actual[s] : 0, planYear[s] - planToDate[s]);
            rows.add(new StageSummary(label, team.stages().get(s).name(), planToDate[s], actualToDate, planYear[s],
                    plannedRate, actualRate, reported[s] ? forecast : planYear[s]));
        }
        return rows;
    }
}
