package org.funnelplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Works the funnel backwards from each rep's target: rates, win probabilities, volumes, months. */
public final class FunnelPlanner {

    private FunnelPlanner() {
    }

    public static Plan plan(PlanInputs in) {
        FunnelStages stages = stagesOf(in);
        RateEstimator estimator = new RateEstimator(in.history(), stages, in.priorWeight());
        CycleTime cycleTime = new CycleTime(in.history(), stages);
        checkSeasonalityReps(in);
        List<RepPlan> reps = new ArrayList<>();
        for (RepTarget target : in.targets()) {
            reps.add(planRep(in, stages, target, estimator.ratesFor(target.rep()), cycleTime.avgDaysFor(target.rep())));
        }
        return new Plan(in.year(), stages, in.priorWeight(), estimator.teamRates(), reps, in.seasonality(),
                estimator.warnings());
    }

    /** A profile for a rep who is not in the targets is most likely a misspelling: say so rather than ignore it. */
    private static void checkSeasonalityReps(PlanInputs in) {
        Seasonality season = in.seasonality();
        java.util.Set<String> reps = new java.util.HashSet<>();
        in.targets().forEach(t -> reps.add(RateEstimator.repKey(t.rep())));
        for (String rep : season.byRep().keySet()) {
            if (!reps.contains(rep)) {
                Integer line = season.lineOf().get(rep);
                List<String> known = in.targets().stream().map(RepTarget::rep).limit(5).toList();
                throw new InputException(season.source() + (line == null ? "" : " line " + line),
                        "the seasonality profile is for a rep who is not in %s; expected one of %s%s"
                                .formatted(in.targetsSource(), known, in.targets().size() > 5 ? "…" : ""));
            }
        }
    }

    private static FunnelStages stagesOf(PlanInputs in) {
        List<Stage> all = in.history().stages().stream().map(Stage::named).toList();
        if (all.size() < 2) {
            throw new InputException(in.history().source(), "the history names %d stage(s); a funnel needs at least two, the last being won"
                    .formatted(all.size()));
        }
        if (in.handover() == null) {
            return FunnelStages.withDefaultHandover(all);
        }
        FunnelStages probe = FunnelStages.withDefaultHandover(all);
        int handover = probe.indexOf(in.handover());
        if (handover < 0 || handover == probe.wonIndex()) {
            throw new InputException("--handover", "'%s' is not a stage before won; expected one of %s"
                    .formatted(in.handover(), all.subList(0, all.size() - 1)));
        }
        return new FunnelStages(all, handover);
    }

    static RepPlan planRep(PlanInputs in, FunnelStages stages, RepTarget target, List<StageRate> rates, double[] avgDays) {
        double[] seasonality = in.seasonality().weightsFor(target.rep());
        Seasonality season = in.seasonality();
        Integer line = season.lineOf().getOrDefault(RateEstimator.repKey(target.rep()), season.lineOf().get(""));
        String weightsWhere = line == null ? in.targetsSource() : season.source() + " line " + line;
        // A stage's rate comes from the rep's rows of the next stage, or from every rep's when the rep has none.
        IntFunction<String> ratesWhere = s -> {
            String own = RateEstimator.where(in.history(), s + 1, target.rep());
            return own.equals(in.history().source()) ? RateEstimator.where(in.history(), s + 1, null) : own;
        };
        return planRep(ratesWhere, weightsWhere, stages, target, rates, avgDays, seasonality);
    }

    /**
     * One rep's plan from explicit inputs, as a filled workbook's own input cells give them, so a
     * re-import recomputes the plan instead of trusting the workbook's cached formula results.
     *
     * @param where       named in messages (for example {@code plan.xlsx, sheet Anna})
     * @param rates       Rate_s for every stage before won
     * @param avgDays     days at each stage (the won stage's entry is ignored)
     * @param seasonality the month weights 1–12
     */
    public static RepPlan planRep(String where, FunnelStages stages, RepTarget target, double[] rates, double[] avgDays,
                                  double[] seasonality) {
        List<StageRate> stageRates = new ArrayList<>();
        for (double rate : rates) {
            stageRates.add(new StageRate(0, 0, rate, rate, RateSource.REP));
        }
        double[] days = java.util.Arrays.copyOf(avgDays, stages.size());
        days[stages.wonIndex()] = 0;
        return planRep(s -> where, where, stages, target, stageRates, days, seasonality.clone());
    }

    private static RepPlan planRep(IntFunction<String> ratesWhere, String weightsWhere, FunnelStages stages, RepTarget target,
                                   List<StageRate> rates, double[] avgDays, double[] seasonality) {
        int won = stages.wonIndex();
        double[] winProbability = new double[stages.size()];
        long[] required = new long[stages.size()];
        winProbability[won] = 1;
        required[won] = target.newCustomers();
        for (int s = won - 1; s >= 0; s--) {
            double rate = rates.get(s).rate();
            if (rate == 0 && target.newCustomers() > 0) {
                throw new InputException(ratesWhere.apply(s), "rep %s has a rate of 0 from stage '%s' to '%s', so the target of %d new customers cannot be reached; add history where items move on"
                        .formatted(target.rep(), stages.get(s), stages.get(s + 1), target.newCustomers()));
            }
            winProbability[s] = rate * winProbability[s + 1];
            if (required[s + 1] / rate > FunnelMath.MAX_VOLUME) {
                throw new InputException(ratesWhere.apply(s),
                        "rep %s would need more than %,.0f items at stage '%s' (rate %s to '%s'); check the history's counts and the target"
                                .formatted(target.rep(), FunnelMath.MAX_VOLUME, stages.get(s), rate, stages.get(s + 1)));
            }
            required[s] = FunnelMath.required(required[s + 1], rate);
        }

        double[] weights = Phasing.weights(seasonality, target.startMonth(), target.rampMonths());
        if (target.newCustomers() > 0 && java.util.Arrays.stream(weights).sum() == 0) {
            throw new InputException(weightsWhere, "rep %s has a target of %d but every seasonality weight from start month %d on is 0"
                    .formatted(target.rep(), target.newCustomers(), target.startMonth()));
        }
        double[] wonByMonth = Phasing.wonByMonth(target.newCustomers(), weights);
        double[] lag = CycleTime.lagMonths(avgDays);
        double[][] activity = new double[stages.size()][];
        double[] preYear = new double[stages.size()];
        for (int s = 0; s <= won; s++) {
            // The won row is Won_m itself, as the workbook's won row is.
            activity[s] = s == won ? wonByMonth.clone()
                    : Phasing.activityByMonth(wonByMonth, lag[s], required[s], target.newCustomers(), target.startMonth());
            preYear[s] = Phasing.pipelineAtStart(required[s], activity[s]);
        }
        return new RepPlan(target, rates, winProbability, required, avgDays, lag, seasonality, wonByMonth,
                activity, preYear, Phasing.inYearMargin(target.avgMargin(), wonByMonth));
    }
}
