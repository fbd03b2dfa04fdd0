package org.funnelplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.csv.HistoryReader;
import org.funnelplan.csv.TargetsReader;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.workbook.PlanWorkbook;
import org.funnelplan.workbook.WorkbookOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "From Java" snippet, through the public API only: read, plan, write. */
class LibraryUseTest {
    @TempDir
    Path dir;

    @Test
    void readmeSnippetMakesThePlanOfTheSeed() throws Exception {
        List<String> warnings = new ArrayList<>();
        PlanInputs inputs = new PlanInputs(2027, "targets.csv",
                TargetsReader.read(Path.of("samples/seed/targets.csv"), warnings),
                HistoryReader.read(Path.of("samples/seed/history.csv"), warnings),
                null /* even seasonality */, null /* default hand-over */, PlanInputs.DEFAULT_PRIOR_WEIGHT);
        Plan plan = FunnelPlanner.plan(inputs);
        Path file = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        }
        assertEquals(List.of(), warnings);
        assertEquals(400, plan.teamRequired(1));
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertTrue(workbook.getNames("Plan_contacted").size() == 1, "the defined names are there");
        }
    }
}
