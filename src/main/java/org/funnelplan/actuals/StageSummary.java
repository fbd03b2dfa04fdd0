package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.funnelplan.model.RepTarget;

/**
 * One stage to date, for a rep or summed over the team: what the variance workbook and the
 * console table show, with the traffic light and the year-end forecast, and the year's plan as
 * the plan's overview splits it: pipeline at start + the plan of the months = needed for the target.
 * A team's (and the whole team's) plans, actuals and forecasts are its reps' added up, so the
 * rows of the teams add up to the total; attainment and the rates are worked out from those sums.
 *
 * @param rep             the rep, or the team's name on a team's row
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
        // Judged as shown, a whole percent (console and report): 89.6% reads 90%, so it is amber, not listed "below 90%".
        double shown = Math.round(attainment * 100) / 100.0;
        return shown >= GREEN ? Light.GREEN : shown >= AMBER ? Light.AMBER : Light.RED;
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

    /**
     * Per team of the plan's targets, by team name ({@code ""}: the reps without a team, last);
     * empty when the reps are not in two teams or more, as a single team's rows would repeat the total.
     */
    public static Map<String, List<StageSummary>> perTeam(TeamActuals team, int month) {
        Map<String, List<RepActuals>> byTeam = new TreeMap<>(RepTarget.TEAM_ORDER);
        for (RepActuals rep : team.reps()) {
            byTeam.computeIfAbsent(rep.plan().target().team(), t -> new ArrayList<>()).add(rep);
        }
        Map<String, List<StageSummary>> rows = new LinkedHashMap<>();
        if (byTeam.size() < 2) {
            return rows;
        }
        byTeam.forEach((name, reps) -> rows.put(name, of(team, reps, name, month)));
        return rows;
    }

    private static List<StageSummary> of(TeamActuals team, List<RepActuals> reps, String label, int month) {
        int stages = team.stages().size();
        double[] planToDate = new double[stages];
        double[] planMonths = new double[stages];
        double[] pipeline = new double[stages];
        double[] required = new double[stages];
        double[] actual = new double[stages];
        double[] forecast = new double[stages];
        boolean[] reported = new boolean[stages];
        for (RepActuals rep : reps) {
            for (int s = 0; s < stages; s++) {
                planToDate[s] += rep.planToDate(s, month);
                planMonths[s] += rep.planToDate(s, 12);
                pipeline[s] += rep.plan().preYear()[s];
                required[s] += rep.plan().required()[s];
                Double toDate = rep.toDate(s, month);
                double repPlanToDate = rep.planToDate(s, month);
                double repPlanMonths = rep.planToDate(s, 12);
                if (toDate != null) {
                    actual[s] += toDate;
                    reported[s] = true;
                }
                // A rep who reported nothing yet is forecast at plan; the team's forecast is its reps' added up.
                forecast[s] += toDate == null ? repPlanMonths : Variance.forecast(repPlanToDate, toDate, repPlanMonths - repPlanToDate);
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
            rows.add(new StageSummary(label, team.stages().get(s).name(), planToDate[s], actualToDate, planMonths[s],
                    pipeline[s], required[s], plannedRate, actualRate, forecast[s]));
        }
        return rows;
    }
}
