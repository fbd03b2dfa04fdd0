package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.junit.jupiter.api.Test;

/**
 * More reps than the writer keeps rows open (200): the team rows sit above the rep rows on the
 * overview, so they must be written first. A 1,000-rep team once failed here with "row 13 of
 * sheet 'Overview' was already written".
 */
class ManyRepsOverviewTest {
    private static final int REPS = 230;
    private static final int TEAMS = 3;

    @Test
    void teamRowsAboveTwoHundredRepsAreWrittenAndAddUp() throws IOException {
        List<RepTarget> targets = new ArrayList<>();
        List<HistoryRow> history = new ArrayList<>();
        int line = 2;
        for (int r = 0; r < REPS; r++) {
            String rep = "Rep %03d".formatted(r + 1);
            targets.add(new RepTarget(rep, 1 + r % 7, 4_000, null, "Team " + r % TEAMS, 1, 0));
            for (String[] stage : new String[][] {{"lead", "400"}, {"quoted", "40"}, {"won", "10"}}) {
                history.add(new HistoryRow(rep, "2025", stage[0], Long.parseLong(stage[1]), 30.0, line++));
            }
        }
        Plan plan = FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", targets,
                new FunnelHistory("history.csv", List.of("lead", "quoted", "won"), history), null, null,
                PlanInputs.DEFAULT_PRIOR_WEIGHT));

        byte[] xlsx = WrittenPlans.write(plan);

        ZipSecureFile.setMaxFileCount(10_000); // POI's guard against zip bombs stops at 1,000 parts

        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet overview = workbook.getSheetAt(0);
            int[] wonPerTeam = new int[TEAMS];
            for (RepTarget target : targets) {
                wonPerTeam[Integer.parseInt(target.team().substring(5))] += target.newCustomers();
            }
            int targetCol = 2; // the first value column: new customers targeted; row 12 (0-based) is the first under the team total
            for (int t = 0; t < TEAMS; t++) {
                Row row = overview.getRow(12 + t);
                assertEquals("Team " + t, row.getCell(0).getStringCellValue());
                assertEquals(wonPerTeam[t], row.getCell(targetCol).getNumericCellValue(), 1e-9, "team " + t);
            }
            Row last = overview.getRow(12 + TEAMS + REPS - 1);
            assertEquals("Rep %03d".formatted(REPS), last.getCell(0).getStringCellValue());
        }
    }
}
