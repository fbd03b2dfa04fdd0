package org.funnelplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.actuals.ActualsImport;
import org.funnelplan.actuals.StageSummary;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.SeedFunnel;
import org.funnelplan.testutil.FilledWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console table variance prints. */
class VarianceTableTest {
    @TempDir
    Path dir;

    @Test
    void onlyRepsWhoHadSomethingPlannedAreListedAsWithoutActuals() throws IOException {
        Plan plan = FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", List.of(
                RepTarget.simple("Anna", 10, 5000, 20000.0),
                new RepTarget("Carl", 4, 3000, null, "", 12, 0),
                RepTarget.simple("Dirk", 4, 3000, null)), SeedFunnel.history(), null, null, PlanInputs.DEFAULT_PRIOR_WEIGHT));
        Path master = FilledWorkbooks.master(plan, dir.resolve("plan.xlsx"), FilledWorkbooks.PLAN_ID);
        FilledWorkbooks.edit(master, wb -> {
            for (String stage : SeedFunnel.STAGES) {
                FilledWorkbooks.actuals(wb, "Anna", stage, 5.0, 5.0);
            }
        });
        TeamActuals team = ActualsImport.read(List.of(master), false);
        List<StageSummary> carl = StageSummary.perRep(team, 2).stream().filter(r -> r.rep().equals("Carl")).toList();
        assertEquals(5, carl.size());
        assertTrue(carl.stream().allMatch(r -> r.planToDate() == 0), "Carl starts in December: nothing planned up to February");

        StringWriter out = new StringWriter();
        VarianceTable.print(team, 2, new PrintWriter(out));
        assertTrue(out.toString().endsWith("No actuals up to month 2 from: Dirk" + System.lineSeparator()), out.toString());
    }
}
