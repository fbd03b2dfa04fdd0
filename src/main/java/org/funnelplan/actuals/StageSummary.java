package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;

/**
 * One stage to date, for a rep or summed over the team: what the variance workbook and the
 * console table show, with the traffic light and the year-end forecast, and the year's plan as
 * the plan's overview splits it: pipeline at start + the plan of the months = needed for the target.
 *
 * @param actualToDate    {@code null} when nothing was reported up to the report month
 * @param planMonths      Plan_s_M summed over January to December
 * @param pipelineAtStart PreYear_s: what must be at the stage when the rep starts
 * @param needed          Plan_s: needed for the year's target, pipeline at start included
 * @param forecast        year-end forecast of the months January to December
 */
public record StageSummary(String rep, String stage, double planToDate, Double actualToDate, double planMonths,
                           double pipelineAtStart, double needed, double plannedRate, Double actualRate, double forecast) {
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
        double[] planMonths = new double[stages];
        double[] pipeline = new double[stages];
        double[] required = new double[stages];
        double[] actual = new double[stages];
        boolean[] reported = new boolean[stages];
        for (RepActuals rep : reps) {
            for (int s = 0; s < stages; s++) {
                planToDate[s] += rep.planToDate(s, month);
                planMonths[s] += rep.planToDate(s, 12);
                pipeline[s] += rep.plan().preYear()[s];
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
            // The team's planned rate is its reverse funnel's: the volumes needed for the target, not the months'
            // activity, of which the cycle time puts a part into the pipeline at start at the top of the funnel.
            double plannedRate = last || required[s] == 0 ? Double.NaN : required[s + 1] / required[s];
            if (reps.size() == 1 && !last) {
                plannedRate = reps.get(0).plan().rates().get(s).rate();
            }
            Double actualRate = last || !reported[s] || actual[s] == 0 ? null : actual[s + 1] / actual[s];
            Double actualToDate = reported[s] ? actual[s] : null;
            double forecast = Variance.forecast(planToDate[s], reported[s] ? actual[s] : 0, planMonths[s] - planToDate[s]);
            rows.add(new StageSummary(label, team.stages().get(s).name(), planToDate[s], actualToDate, planMonths[s],
                    pipeline[s], required[s], plannedRate, actualRate, reported[s] ? forecast : planMonths[s]));
        }
        return rows;
    }
}
