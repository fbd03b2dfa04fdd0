package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RateSource;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.Seasonality;
import org.junit.jupiter.api.Test;

/**
 * The committed samples are documentation users run: they must keep obeying the input format and
 * keep giving the numbers the docs quote. A deliberately small reader (',' files only, as the
 * samples are) feeds them to the model without depending on the real CSV reader.
 */
class SamplesTest {

    static final Path BASE = Path.of(System.getProperty("basedir", "."));
    static final Path SEED = BASE.resolve("samples/seed");
    static final Path TEAM = BASE.resolve("samples/team");
    static final Pattern WHOLE = Pattern.compile("\\d+");

    @Test
    void seedReproducesTheBlogsFunnel() throws IOException {
        Plan plan = FunnelPlanner.plan(inputs(SEED, null));
        RepPlan x = plan.reps().get(0);
        assertEquals("Rep X", x.rep());
        assertArrayEquals(new long[] {1000, 400, 100, 20, 10}, x.required());
        double[] expectedRates = {0.40, 0.25, 0.20, 0.50};
        for (int s = 0; s < expectedRates.length; s++) {
            assertEquals(expectedRates[s], x.rates().get(s).rate(), 1e-12, "rate at " + plan.stages().get(s));
        }
        assertEquals(0.025, x.winProbability()[1], 1e-12);
        assertEquals(0.10, x.winProbability()[2], 1e-12);
        assertEquals(0.50, x.winProbability()[3], 1e-12);
        assertEquals(22917, Math.round(x.inYearMargin()));
        assertEquals(20000, x.marginTarget(), 0);
        assertEquals(1000, plan.leadsNeeded());
    }

    @Test
    void templatesRunAsTheyAre() throws IOException {
        Path templates = BASE.resolve("templates");
        Plan plan = FunnelPlanner.plan(inputs(templates, weights(templates.resolve("seasonality.csv"))));
        assertArrayEquals(new long[] {1000, 400, 100, 20, 10}, plan.reps().get(0).required());
    }

    @Test
    void teamSamplePlansEveryRepIncludingTheEdgeCases() throws IOException {
        Plan plan = FunnelPlanner.plan(inputs(TEAM, weights(TEAM.resolve("seasonality.csv"))));
        assertEquals(10, plan.reps().size());
        Map<String, RepPlan> byRep = new LinkedHashMap<>();
        plan.reps().forEach(r -> byRep.put(r.rep(), r));
        for (RepPlan rep : plan.reps()) {
            if (rep.target().newCustomers() > 0) {
                assertTrue(rep.required()[0] > 0, rep.rep() + " needs leads");
            }
        }
        assertTrue(byRep.get("Ruben Smit").rates().stream().allMatch(r -> r.source() == RateSource.TEAM),
                "Ruben Smit has no history and should get the team rates");
        assertTrue(byRep.get("Sanne Visser").rates().get(3).isThin(plan.priorWeight()), "Sanne Visser's history is thin");
        assertTrue(byRep.get("Youssef El Amrani").rates().get(3).isThin(plan.priorWeight()), "Youssef's history is thin");
        RepPlan late = byRep.get("Sanne Visser");
        assertEquals(4, late.target().startMonth());
        assertEquals(0, late.wonByMonth()[0] + late.wonByMonth()[1] + late.wonByMonth()[2], 0);
        assertEquals(0, byRep.get("Marieke Jansen").target().newCustomers());
        double[] teamRates = plan.teamRates().stream().mapToDouble(t -> t.rate()).toArray();
        double[][] ranges = {{0.35, 0.45}, {0.20, 0.30}, {0.15, 0.25}, {0.40, 0.60}};
        for (int s = 0; s < ranges.length; s++) {
            assertTrue(teamRates[s] >= ranges[s][0] && teamRates[s] <= ranges[s][1], "team rate " + s + ": " + teamRates[s]);
        }
    }

    @Test
    void formerRepCountsTowardTeamRatesOnly() throws IOException {
        Set<String> targets = new HashSet<>();
        read(TEAM.resolve("targets.csv")).forEach(r -> targets.add(r.get("rep")));
        Set<String> historic = new HashSet<>();
        read(TEAM.resolve("history.csv")).forEach(r -> historic.add(r.get("rep")));
        historic.removeAll(targets);
        assertEquals(Set.of("Henk de Groot"), historic);
    }

    @Test
    void teamLeadsAndCampaignsObeyTheFormat() throws IOException {
        List<CSVRecord> leads = read(TEAM.resolve("leads.csv"));
        assertEquals(1000, leads.size());
        Set<String> ids = new HashSet<>();
        Set<String> statuses = Set.of("lead", "invited", "called", "attended", "no-show", "follow-up", "prospect",
                "customer", "lost");
        boolean leadingZero = false;
        for (CSVRecord lead : leads) {
            assertTrue(ids.add(lead.get("id")), "duplicate id " + lead.get("id"));
            assertFalse(lead.get("organisation").isBlank(), "line " + lead.getRecordNumber());
            assertTrue(statuses.contains(lead.get("status")), lead.get("status"));
            leadingZero |= lead.get("kvk_number").startsWith("0");
        }
        assertTrue(leadingZero, "some KvK numbers should start with 0, to prove they stay text");
        for (CSVRecord c : read(TEAM.resolve("campaigns.csv"))) {
            assertTrue(WHOLE.matcher(c.get("invited")).matches());
            int month = Integer.parseInt(c.get("month"));
            assertTrue(month >= 1 && month <= 12);
            for (String rate : List.of("response_rate", "handover_rate")) {
                double v = Double.parseDouble(c.get(rate));
                assertTrue(v >= 0 && v <= 1, rate + " of " + c.get("campaign"));
            }
        }
    }

    private static PlanInputs inputs(Path dir, Seasonality seasonality) throws IOException {
        List<RepTarget> targets = new ArrayList<>();
        for (CSVRecord r : read(dir.resolve("targets.csv"))) {
            targets.add(new RepTarget(r.get("rep"), whole(r, "new_customers"), Double.parseDouble(r.get("avg_margin")),
                    Double.valueOf(r.get("margin_target")), r.get("team"), whole(r, "start_month"), whole(r, "ramp_months")));
        }
        List<HistoryRow> rows = new ArrayList<>();
        List<String> stages = new ArrayList<>();
        for (CSVRecord r : read(dir.resolve("history.csv"))) {
            if (!stages.contains(r.get("stage"))) {
                stages.add(r.get("stage"));
            }
            String days = r.get("avg_days");
            rows.add(new HistoryRow(r.get("rep"), r.get("period"), r.get("stage"), whole(r, "count"),
                    days.isEmpty() ? null : Double.valueOf(days), (int) r.getRecordNumber() + 1));
        }
        return new PlanInputs(2026, "targets.csv", targets, new FunnelHistory("history.csv", stages, rows),
                seasonality, null, PlanInputs.DEFAULT_PRIOR_WEIGHT);
    }

    private static Seasonality weights(Path file) throws IOException {
        double[] w = new double[12];
        boolean[] seen = new boolean[12];
        for (CSVRecord r : read(file)) {
            int m = whole(r, "month");
            assertFalse(seen[m - 1], "month " + m + " twice");
            seen[m - 1] = true;
            w[m - 1] = Double.parseDouble(r.get("weight"));
        }
        for (boolean s : seen) {
            assertTrue(s, "every month once");
        }
        return new Seasonality(file.toString(), w, Map.of(), Map.of("", 2));
    }

    private static int whole(CSVRecord r, String column) {
        String v = r.get(column);
        assertTrue(WHOLE.matcher(v).matches(), column + " must be digits only, line " + (r.getRecordNumber() + 1));
        return Integer.parseInt(v);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(in).getRecords();
        }
    }
}
