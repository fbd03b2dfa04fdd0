package org.funnelplan.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FunnelPlannerTest {

    @Test
    void tenCustomersAtFiftyPercentNeedTwentyQuotesHundredVisitsFourHundredContacts() {
        RepPlan rep = SeedFunnel.plan().reps().get(0);
        assertArrayEquals(new long[] {1000, 400, 100, 20, 10}, rep.required());
    }

    @Test
    void seedWinProbabilitiesAreTwoAndAHalfTenAndFiftyPercent() {
        double[] win = SeedFunnel.plan().reps().get(0).winProbability();
        assertEquals(0.025, win[1], 1e-12);
        assertEquals(0.10, win[2], 1e-12);
        assertEquals(0.50, win[3], 1e-12);
        assertEquals(1.0, win[4]);
        assertEquals(0.01, win[0], 1e-12, "lead: 40% of leads are contacted");
    }

    @Test
    void tenCustomersEvenlyPhasedEarnTwentyTwoThousandNineHundredSeventeenInYear() {
        RepPlan rep = SeedFunnel.plan().reps().get(0);
        assertEquals(22_916.67, rep.inYearMargin(), 0.005);
        assertEquals(20_000, rep.marginTarget());
    }

    @Test
    void leadsNeededAreTheLeadStagesTeamTotal() {
        Plan plan = SeedFunnel.plan();
        assertEquals(0.4, plan.leadRate(), 1e-12);
        assertEquals(1000, plan.leadsNeeded(), "400 contacts at 40% need 1,000 leads");
        assertEquals("contacted", plan.stages().handover().name());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void leadsNeededEqualTheFirstStagesTeamTotalAndItsMonthsPlusPipeline(long seed) {
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(seed));
        assertEquals(plan.teamRequired(0), plan.leadsNeeded());
        assertEquals(plan.leadsNeeded(), plan.teamInMonths(0) + plan.teamPipelineAtStart(0), 1e-9 * Math.max(1, plan.leadsNeeded()));
    }

    @Test
    void repWithoutHistoryPlansWithTheTeamRate() {
        PlanInputs seed = SeedFunnel.inputs();
        PlanInputs withNewRep = new PlanInputs(2026, "targets.csv",
                List.of(RepTarget.simple("Rep X", 10, 5000, null), RepTarget.simple("New Rep", 5, 5000, null)),
                seed.history(), null, null, 20);
        RepPlan newRep = FunnelPlanner.plan(withNewRep).reps().get(1);
        assertTrue(newRep.rates().stream().allMatch(r -> r.source() == RateSource.TEAM));
        assertEquals(0.5, newRep.rates().get(3).rate(), 1e-12);
    }

    @Test
    void creditsOwnHistoryByCountAgainstThePriorWeight() {
        // Team: quoted→won 10 of 20 (50%). Rep B alone: 1 of 10. Blend with k=20: (1 + 20·p)/(10 + 20).
        FunnelHistory history = new FunnelHistory("history.csv", SeedFunnel.STAGES, concat(
                SeedFunnel.history().rows(),
                SeedFunnel.history("Rep B", new long[] {100, 50, 20, 10, 1}, new double[5]).rows()));
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("rep b", 3, 1000, null)), history,
                null, null, 20);
        StageRate quoted = FunnelPlanner.plan(in).reps().get(0).rates().get(3);
        double team = 11.0 / 30;
        assertEquals((1 + 20 * team) / (10 + 20), quoted.rate(), 1e-12);
        assertEquals(RateSource.BLENDED, quoted.source());
        assertTrue(quoted.isThin(20));
    }

    @Test
    void zeroRateOnTheWayToAPositiveTargetNamesRepAndStage() {
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {100, 40, 10, 5, 0}, new double[5]);
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 3, 1000, null)), history,
                null, null, 20);
        InputException error = assertThrows(InputException.class, () -> FunnelPlanner.plan(in));
        assertTrue(error.getMessage().contains("Rep X") && error.getMessage().contains("'quoted'"), error.getMessage());
        assertTrue(error.getMessage().startsWith("history.csv"), error.getMessage());
    }

    @Test
    void zeroRateNamesTheHistoryLineOfTheStageNoItemReached() {
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {100, 40, 10, 5, 0}, new double[5]);
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 3, 1000, null)), history,
                null, null, 20);
        InputException error = assertThrows(InputException.class, () -> FunnelPlanner.plan(in));
        assertTrue(error.getMessage().startsWith("history.csv line 6:"), error.getMessage());
    }

    @Test
    void aVolumeBeyondFifteenDigitsIsAnErrorNotANegativeCount() {
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {1_000_000_000_000_000L, 400, 100, 20, 10}, new double[5]);
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 1_000_000, 1000, null)), history,
                null, null, 0);
        InputException error = assertThrows(InputException.class, () -> FunnelPlanner.plan(in));
        assertTrue(error.getMessage().contains("'lead'") && error.getMessage().contains("Rep X"), error.getMessage());
    }

    @Test
    void aSeasonalityProfileForAnUnknownRepNamesItsLine() {
        PlanInputs seed = SeedFunnel.inputs();
        double[] weights = new double[12];
        java.util.Arrays.fill(weights, 1);
        Seasonality season = new Seasonality("seasonality.csv", weights, java.util.Map.of("ghost", weights), java.util.Map.of("ghost", 14));
        PlanInputs in = new PlanInputs(2026, "targets.csv", seed.targets(), seed.history(), season, null, 20);
        InputException error = assertThrows(InputException.class, () -> FunnelPlanner.plan(in));
        assertTrue(error.getMessage().startsWith("seasonality.csv line 14:") && error.getMessage().contains("Rep X"), error.getMessage());
    }

    @Test
    void zeroTargetGivesAnEmptyFunnelEvenWithAZeroRate() {
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {100, 40, 10, 5, 0}, new double[5]);
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 0, 1000, null)), history,
                null, null, 20);
        RepPlan rep = FunnelPlanner.plan(in).reps().get(0);
        assertArrayEquals(new long[5], rep.required());
        assertEquals(0, rep.inYearMargin());
    }

    @Test
    void noTeamHistoryBetweenTwoStagesNamesBoth() {
        FunnelHistory history = new FunnelHistory("history.csv", SeedFunnel.STAGES,
                SeedFunnel.history("Rep X", new long[] {0, 40, 10, 5, 2}, new double[5]).rows());
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 1, 1000, null)), history,
                null, null, 20);
        InputException error = assertThrows(InputException.class, () -> FunnelPlanner.plan(in));
        assertTrue(error.getMessage().contains("'lead' to 'contacted'"), error.getMessage());
    }

    @Test
    void rateAboveOneIsCappedWithAWarning() {
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {10, 40, 10, 5, 2}, new double[5]);
        Plan plan = FunnelPlanner.plan(new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 1, 1000, null)),
                history, null, null, 20));
        assertEquals(1.0, plan.reps().get(0).rates().get(0).rate());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("capped at 1")), plan.warnings().toString());
    }

    @Test
    void unknownHandoverStageListsTheStages() {
        PlanInputs seed = SeedFunnel.inputs();
        PlanInputs in = new PlanInputs(2026, "t.csv", seed.targets(), seed.history(), null, "offer", 20);
        InputException error = assertThrows(InputException.class, () -> FunnelPlanner.plan(in));
        assertTrue(error.getMessage().contains("[lead, contacted, visited, quoted]"), error.getMessage());
    }

    @Test
    void lateStarterWinsNothingBeforeTheStartMonthAndRampsUp() {
        PlanInputs seed = SeedFunnel.inputs();
        PlanInputs in = new PlanInputs(2026, "t.csv", List.of(new RepTarget("Rep X", 12, 5000, null, "", 4, 3)),
                seed.history(), null, null, 20);
        double[] won = FunnelPlanner.plan(in).reps().get(0).wonByMonth();
        assertEquals(0, won[0] + won[1] + won[2]);
        assertEquals(won[3] * 2, won[4], 1e-12, "second month of ramp-up is twice the first");
        assertEquals(won[3] * 3, won[6], 1e-12, "full productivity from the third month");
    }

    @Test
    void activityStartsAsManyMonthsEarlyAsTheCycleTime() {
        // quoted stays 30.4 days: a quote in month m becomes a win in month m+1.
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {1000, 400, 100, 20, 10}, new double[] {0, 0, 0, 30.4, 0});
        Plan plan = FunnelPlanner.plan(new PlanInputs(2026, "t.csv", List.of(RepTarget.simple("Rep X", 12, 1, null)),
                history, null, null, 20));
        RepPlan rep = plan.reps().get(0);
        assertEquals(2.0, rep.activity()[3][0], 1e-9, "January's quotes feed February's win at 50%");
        assertEquals(0.0, rep.activity()[3][11], 1e-9, "December's quotes would win next year");
        assertEquals(2.0, rep.preYear()[3], 1e-9, "January's win needs December's quotes");
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void monthsPlusPipelineAtStartAddUpToTheYearsVolumeAndNothingIsPlannedBeforeTheStart(long seed) {
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(seed));
        for (RepPlan rep : plan.reps()) {
            int target = rep.target().newCustomers();
            assertEquals(target, sum(rep.wonByMonth()), 1e-9);
            assertEquals(0.0, rep.preYear()[plan.stages().wonIndex()], "a win is its own month: no pipeline at won");
            for (int s = 0; s < plan.stages().size(); s++) {
                long required = rep.required()[s];
                assertEquals(required, sum(rep.activity()[s]) + rep.preYear()[s], 1e-9 * Math.max(1, required),
                        rep.rep() + " stage " + s);
                assertTrue(rep.preYear()[s] >= 0, "no negative pipeline at start, not even -0.0 from rounding: " + rep.preYear()[s]);
                for (int m = 0; m < rep.target().startMonth() - 1; m++) {
                    assertEquals(0, rep.activity()[s][m], rep.rep() + " works at stage " + s + " in month " + (m + 1)
                            + ", before starting in month " + rep.target().startMonth());
                }
            }
        }
    }

    @Test
    void aRepStartingInAprilHasNothingToDoBeforeAprilAndIsHandedThePipelineTheWinsNeed() {
        // A month at every stage: April's wins need March's quotes, February's visits... all before she starts.
        FunnelHistory history = SeedFunnel.history("Rep X", new long[] {1000, 400, 100, 20, 10},
                new double[] {30.4, 30.4, 30.4, 30.4, 0});
        Plan plan = FunnelPlanner.plan(new PlanInputs(2026, "t.csv", List.of(new RepTarget("Rep X", 12, 5000, null, "", 4, 3)),
                history, null, null, 20));
        RepPlan rep = plan.reps().get(0);
        for (int s = 0; s < plan.stages().size(); s++) {
            assertEquals(0, rep.activity()[s][0] + rep.activity()[s][1] + rep.activity()[s][2], "stage " + s);
        }
        double[] won = rep.wonByMonth();
        // quoted: lag 1 month; 24 quotes shared out by the wins a month later, from April on
        assertEquals(24, rep.required()[3]);
        assertEquals(24 * won[4] / 12, rep.activity()[3][3], 1e-12, "April's quotes feed May's wins");
        assertEquals(24 * won[3] / 12, rep.preYear()[3], 1e-9, "April's wins need quotes that exist when she starts");
        // lead: lag 4 months; leads for April to July's wins are the pipeline she is handed
        assertEquals(1200, rep.required()[0]);
        double handedOver = 1200 * (won[3] + won[4] + won[5] + won[6]) / 12;
        assertEquals(handedOver, rep.preYear()[0], 1e-9);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyStageHoldsEnoughToFeedTheNext(long seed) {
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(seed));
        for (RepPlan rep : plan.reps()) {
            for (int s = 0; s < plan.stages().wonIndex(); s++) {
                double rate = rep.rates().get(s).rate();
                assertTrue(rep.required()[s] * rate >= rep.required()[s + 1] - 1e-9);
                assertTrue(rep.required()[s] == 0 || (rep.required()[s] - 1) * rate < rep.required()[s + 1] + 1e-9,
                        "no more than needed");
            }
        }
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static List<HistoryRow> concat(List<HistoryRow> a, List<HistoryRow> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
