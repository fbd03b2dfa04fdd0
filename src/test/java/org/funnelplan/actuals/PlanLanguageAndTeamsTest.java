package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.SeedFunnel;
import org.funnelplan.contract.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.testutil.FilledWorkbooks;

/** The plan's language and the reps' teams travel in the metadata sheet and decide the way back's words and team rows. */
class PlanLanguageAndTeamsTest {
    @TempDir
    Path dir;

    /** Anna and Bob in team Noord, Cas in Zuid, Dan in none. */
    static Plan fourRepsInTwoTeams() {
        List<HistoryRow> rows = new ArrayList<>(SeedFunnel.history().rows());
        FunnelHistory history = new FunnelHistory("history.csv", SeedFunnel.STAGES, rows);
        return FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", List.of(
                new RepTarget("Anna", 10, 5000, 20000.0, "Noord", 1, 0),
                new RepTarget("Bob", 4, 3000, null, "Noord", 3, 2),
                new RepTarget("Cas", 6, 4000, null, "Zuid", 1, 0),
                new RepTarget("Dan", 2, 2000, null, "", 1, 0)),
                history, null, null, PlanInputs.DEFAULT_PRIOR_WEIGHT));
    }

    private List<Path> filled(Plan plan, Language language) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < plan.reps().size(); i++) {
            String rep = plan.reps().get(i).rep();
            Path file = FilledWorkbooks.perRep(plan, i, dir.resolve(language + "-" + rep + ".xlsx"), FilledWorkbooks.PLAN_ID, language);
            double base = 10 * (i + 1);
            FilledWorkbooks.edit(file, wb -> {
                FilledWorkbooks.actuals(wb, rep, "lead", base, base + 3, base + 5);
                FilledWorkbooks.actuals(wb, rep, "contacted", base / 2, base / 2 + 1, null);
                FilledWorkbooks.actuals(wb, rep, "won", 1.0, 0.0, 1.0);
            });
            files.add(file);
        }
        return files;
    }

    @Test
    void theMetadataGivesTheLanguageAndTheTeams() throws IOException {
        Plan plan = fourRepsInTwoTeams();
        TeamActuals dutch = ActualsImport.read(filled(plan, Language.NL), false);
        assertEquals(Language.NL, dutch.language());
        assertEquals(List.of("Noord", "Noord", "Zuid", ""), dutch.reps().stream().map(r -> r.plan().target().team()).toList());
        assertEquals(Language.EN, ActualsImport.read(filled(plan, Language.EN), false).language());
    }

    @Test
    void aWorkbookOfTheFirstVersionWithoutLanguageOrTeamsIsEnglishWithoutTeams() throws IOException {
        Plan plan = fourRepsInTwoTeams();
        List<Path> files = filled(plan, Language.NL);
        for (Path file : files) {
            FilledWorkbooks.edit(file, wb -> {
                Sheet meta = wb.getSheet("funnelplan");
                for (Row row : meta) {
                    if (row.getCell(0).getStringCellValue().equals("language")) {
                        meta.removeRow(row);
                        break;
                    }
                }
                for (Row row : meta) {
                    if (row.getCell(0).getStringCellValue().equals("rep") && row.getCell(3) != null) {
                        row.removeCell(row.getCell(3));
                    }
                }
            });
        }
        TeamActuals old = ActualsImport.read(files, false);
        assertEquals(Language.EN, old.language());
        assertEquals(Map.of(), StageSummary.perTeam(old, 3), "no teams, so no team rows");
        InputErrors errors = assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(files.get(0), dir.resolve("gone.xlsx")), false));
        assertEquals(List.of(dir.resolve("gone.xlsx") + ": cannot read: no such file"), errors.problems());
    }

    @Test
    void theTeamsRowsAddUpToTheTotalAndEachIsItsRepsAddedUp() throws IOException {
        TeamActuals team = ActualsImport.read(filled(fourRepsInTwoTeams(), Language.EN), false);
        Map<String, List<StageSummary>> teams = StageSummary.perTeam(team, 3);
        assertEquals(List.of("Noord", "Zuid", ""), List.copyOf(teams.keySet()), "by name, the reps without a team last");
        List<StageSummary> total = StageSummary.team(team, 3);
        List<StageSummary> reps = StageSummary.perRep(team, 3);
        int stages = team.stages().size();
        for (int s = 0; s < stages; s++) {
            double[] sums = new double[6];
            for (List<StageSummary> rows : teams.values()) {
                add(sums, rows.get(s));
            }
            assertSums(total.get(s), sums);
            double[] noord = new double[6];
            add(noord, reps.get(s));
            add(noord, reps.get(stages + s));
            assertSums(teams.get("Noord").get(s), noord);
        }
        StageSummary won = teams.get("Noord").get(stages - 1);
        assertEquals(won.actualToDate() / won.planToDate(), won.attainment(), 1e-12, "the light from the team's own sums");
    }

    private static void add(double[] sums, StageSummary row) {
        sums[0] += row.planToDate();
        sums[1] += row.actualToDate() == null ? 0 : row.actualToDate();
        sums[2] += row.planMonths();
        sums[3] += row.pipelineAtStart();
        sums[4] += row.needed();
        sums[5] += row.forecast();
    }

    private static void assertSums(StageSummary row, double[] sums) {
        double[] values = {row.planToDate(), row.actualToDate() == null ? 0 : row.actualToDate(), row.planMonths(),
            row.pipelineAtStart(), row.needed(), row.forecast()};
        String[] what = {"plan to date", "actual to date", "plan Jan-Dec", "pipeline at start", "needed", "forecast"};
        for (int i = 0; i < sums.length; i++) {
            assertEquals(values[i], sums[i], 1e-9 * Math.max(1, sums[i]), row.rep() + " " + row.stage() + " " + what[i]);
        }
    }

    @Test
    void theDutchReportWordsGiveEveryKeyTheEnglishOnesDo() throws IOException {
        TreeSet<String> english = keys("report.properties");
        assertEquals(english, keys("report_nl.properties"));
        for (String key : english) {
            assertNotNull(ReportWords.of(Language.NL).format(key, 1, 2, 3, 4, 5), key);
            assertTrue(!ReportWords.of(Language.EN).format(key, 1, 2, 3, 4, 5).contains("{"), key + ": a quote left unpaired");
        }
    }

    @Test
    void everyQuoteInTheReportWordsIsWrittenTwiceAsMessageFormatWantsIt() throws IOException {
        for (String file : List.of("report.properties", "report_nl.properties")) {
            Properties words = properties(file);
            for (String key : words.stringPropertyNames()) {
                assertTrue(!words.getProperty(key).replace("''", "").contains("'"), file + " " + key + ": a single ' vanishes");
            }
        }
    }

    private static TreeSet<String> keys(String file) throws IOException {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportWords.class.getResourceAsStream(file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
