package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
