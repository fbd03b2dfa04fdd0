package org.funnelplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** PlanInputs.of takes what every plan needs; each with method changes one input and keeps the rest. */
class PlanInputsTest {
    private final List<RepTarget> targets = List.of(RepTarget.simple("Rep X", 10, 5000, 20000.0));

    @Test
    void ofPlansAsTheDefaultsOfTheCommandLineDo() {
        FunnelHistory history = SeedFunnel.history();
        PlanInputs of = PlanInputs.of(2026, targets, history);
        assertEquals(List.of(2026, "the targets", targets, history, "even", "second stage", 20.0), List.of(of.year(), of.targetsSource(),
                of.targets(), of.history(), java.util.Arrays.equals(of.seasonality().team(), new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}) && of.seasonality().byRep().isEmpty() ? "even" : "weighted", of.handover() == null ? "second stage" : of.handover(),
                of.priorWeight()));
        Plan plan = FunnelPlanner.plan(of);
        assertEquals(FunnelPlanner.plan(SeedFunnel.inputs()).reps().get(0).required()[0], plan.reps().get(0).required()[0]);
        assertEquals(1, plan.stages().handoverIndex());
    }

    @Test
    void eachWithChangesOneInput() {
        Seasonality season = Seasonality.even();
        FunnelHistory history = SeedFunnel.history();
        PlanInputs in = PlanInputs.of(2026, targets, history).withTargetsSource("targets.csv").withSeasonality(season)
                .withHandover("visited").withPriorWeight(5);
        assertEquals(new PlanInputs(2026, "targets.csv", targets, history, season, "visited", 5), in);
        assertEquals(2, FunnelPlanner.plan(in).stages().handoverIndex());
    }

    @Test
    void whatEveryPlanNeedsCannotBeLeftOut() {
        assertThrows(NullPointerException.class, () -> PlanInputs.of(2026, targets, null));
        assertThrows(NullPointerException.class, () -> PlanInputs.of(2026, targets, SeedFunnel.history()).withHandover(null));
    }
}
