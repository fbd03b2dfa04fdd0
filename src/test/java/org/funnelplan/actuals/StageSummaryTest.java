package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.testutil.FilledWorkbooks;

class StageSummaryTest {
    @TempDir
    Path dir;

    @Test
    void teamPlannedRateIsTheReverseFunnelsNotTheShiftedMonths() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        Path bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID);
        List<StageSummary> team = StageSummary.team(ActualsImport.read(List.of(anna, bob), false), 3);
        for (int s = 0; s < 4; s++) {
            double required = plan.teamRequired(s);
            double next = plan.teamRequired(s + 1);
            assertEquals(next / required, team.get(s).plannedRate(), 1e-12, team.get(s).stage());
        }
    }

    @Test
    void theYearsPlanIsSplitAsTheOverviewSplitsIt() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        Path bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID);
        TeamActuals actuals = ActualsImport.read(List.of(anna, bob), false);
        List<StageSummary> team = StageSummary.team(actuals, 3);
        List<StageSummary> reps = StageSummary.perRep(actuals, 3);
        for (int s = 0; s < plan.stages().size(); s++) {
            StageSummary row = team.get(s);
            assertEquals(plan.teamRequired(s), row.needed(), 0, row.stage());
            assertEquals(plan.teamPipelineAtStart(s), row.pipelineAtStart(), 1e-9, row.stage());
            assertEquals(plan.teamInMonths(s), row.planMonths(), 1e-9, row.stage());
            assertEquals(row.needed(), row.pipelineAtStart() + row.planMonths(), 1e-9, row.stage());
            assertEquals(plan.reps().get(1).preYear()[s], reps.get(plan.stages().size() + s).pipelineAtStart(), 1e-12, "Bob");
        }
        assertEquals(true, plan.teamPipelineAtStart(0) > 0, "the seed's cycle time puts leads before January");
    }

    /** The light goes with the whole percent the console and the report show, so "89.6%" (shown 90%) is not red "below 90%". */
    @ParameterizedTest(name = "{1} of {0} planned: {2}")
    @CsvSource({"1000, 896, AMBER", "1000, 894, RED", "1000, 900, AMBER", "1000, 995, GREEN", "1000, 994, AMBER",
            "1000, 0, RED", "3, 4, GREEN"})
    void theLightIsJudgedOnTheShownPercent(double plan, double actual, StageSummary.Light light) {
        StageSummary row = new StageSummary("Anna", "visited", plan, actual, plan, 0, plan, 0.2, null, 0);
        assertEquals(light, row.light());
    }
}
