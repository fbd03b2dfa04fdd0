package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.SeedFunnel;
import org.funnelplan.workbook.PlanWorkbook;
import org.funnelplan.workbook.WorkbookOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big team's workbook holds more zip parts than POI's default limit of 1,000: it must still read back. */
class LargeWorkbookReadTest {
    @TempDir
    Path dir;

    @Test
    void aTwoHundredRepPlanWithChartsReadsBack() throws IOException {
        List<RepTarget> targets = new ArrayList<>();
        for (int r = 1; r <= 200; r++) {
            targets.add(RepTarget.simple("Rep " + r, 1 + r % 9, 4000, null));
        }
        Plan plan = FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", targets, SeedFunnel.history(), null, null, 20));
        Path file = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertTrue(zip.size() > 1000, "more parts than POI's default limit: " + zip.size());
        }
        TeamActuals team = ActualsImport.read(List.of(file), false);
        assertEquals(200, team.reps().size());
    }
}
