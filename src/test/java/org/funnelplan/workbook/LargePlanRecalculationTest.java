package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.contract.Language;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.Lead;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.Leads;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.SampleLeads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A larger plan than the other recalculation tests (60 reps, 4,000 leads) still recalculates in
 * LibreOffice to the model's numbers: the writer's shortcuts for large plans (names added as XML,
 * parts copied raw) must not change what the formulas say. Kept small enough to stay quick.
 */
class LargePlanRecalculationTest {
    static final int REPS = 60;
    static final int LEADS = 4_000;
    static final String[] STAGES = {"lead", "contacted", "visited", "quoted", "won"};

    @TempDir
    static Path dir;
    static MarketingPlan marketing;
    static Path recalculated;

    @BeforeAll
    static void writeAndRecalculate() throws IOException {
        LibreOffice.assumeAvailable();
        Random random = new Random(60);
        List<RepTarget> targets = new ArrayList<>();
        List<HistoryRow> history = new ArrayList<>();
        int line = 2;
        for (int r = 0; r < REPS; r++) {
            String rep = "Rep %02d".formatted(r + 1);
            targets.add(new RepTarget(rep, 2 + random.nextInt(15), 3_000 + random.nextInt(5_000),
                    r % 4 == 0 ? null : (double) (10_000 + random.nextInt(50_000)), "Team " + r % 5, 1 + r % 3, r % 4));
            for (int period = 0; period < 2; period++) {
                long count = 200 + random.nextInt(300);
                for (String stage : STAGES) {
                    history.add(new HistoryRow(rep, "202" + period, stage, count, (double) (5 + random.nextInt(40)), line++));
                    count = Math.max(1, Math.round(count * (0.2 + 0.4 * random.nextDouble())));
                }
            }
        }
        List<Lead> leads = new ArrayList<>();
        LeadStatus[] statuses = LeadStatus.values();
        for (Lead lead : SampleLeads.of(LEADS, LeadStatus.LEAD)) {
            LeadStatus status = statuses[random.nextInt(statuses.length)];
            leads.add(new Lead(lead.id(), lead.organisation(), lead.source(), lead.segment(), status, lead.owner(), "", "", "",
                    List.of()));
        }
        marketing = MarketingPlan.of(FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", targets,
                new FunnelHistory("history.csv", List.of(STAGES), history), null, null, PlanInputs.DEFAULT_PRIOR_WEIGHT)),
                new Leads("leads.csv", List.of(), leads), SampleLeads.campaigns());
        Path plan = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(plan)) {
            PlanWorkbook.write(marketing, WorkbookOptions.defaults(), out);
        }
        recalculated = LibreOffice.recalculate(plan, dir.resolve("lo"));
    }

    @Test
    void everyDefinedNameAndTheLeadSummaryRecalculateToTheModel() throws IOException {
        Map<String, List<Object>> actual = WorkbookNames.read(recalculated);
        Map<String, List<Object>> expected = ExpectedNames.of(marketing, PlanWorkbook.repSheetNames(marketing.plan(), Language.EN));
        assertEquals(expected.keySet().size(), actual.keySet().size(), "number of defined names");
        List<String> differences = new ArrayList<>();
        expected.forEach((name, values) -> {
            if (!close(values, actual.get(name))) {
                differences.add(name + ": model " + values + ", LibreOffice " + actual.get(name));
            }
        });
        assertTrue(differences.isEmpty(), String.join("\n", differences));

        Map<LeadStatus, Long> byStatus = marketing.countByStatus();
        try (Workbook workbook = WorkbookFactory.create(recalculated.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Leads");
            List<LeadStatus> owned = LeadStatus.byOwner();
            for (int i = 0; i < owned.size(); i++) {
                double count = sheet.getRow(LeadSheet.FIRST_STATUS + i).getCell(LeadSheet.COUNT).getNumericCellValue();
                assertEquals((double) byStatus.get(owned.get(i)), count, owned.get(i).code());
            }
        }
        assertEquals(List.of(), WorkbookNames.errorCells(recalculated), "cells that evaluate to an error");
    }

    private static boolean close(List<Object> expected, List<Object> actual) {
        if (actual == null || expected.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            Object e = WorkbookNames.asSaved(expected.get(i));
            Object a = actual.get(i);
            if (e instanceof Double d && a instanceof Double v) {
                if (Math.abs(d - v) > 1e-6 * Math.max(1, Math.abs(d))) {
                    return false;
                }
            } else if (!java.util.Objects.equals(e, a)) {
                return false;
            }
        }
        return true;
    }
}
