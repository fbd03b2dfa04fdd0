package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.funnelplan.crm.CrmSamples;
import org.funnelplan.crm.ExpectedHistory;
import org.funnelplan.crm.SyntheticExports;
import org.funnelplan.testutil.LibreOffice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code from-crm} as a director runs it: draft the map, convert, then {@code generate}, with the
 * plan recalculated by LibreOffice and its assumptions sheet holding the rates worked out from
 * the deals; and the command's exit codes, one-line errors and nothing written on failure.
 */
class FromCrmCommandTest {
    static final Path BASE = Path.of(System.getProperty("basedir", "."));
    static final Path SAMPLES = BASE.resolve("samples/crm");

    @TempDir
    Path dir;

    static Stream<CrmSamples.Sample> samples() {
        return CrmSamples.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void threeCommandsTurnEachSampleIntoAPlanWithTheRatesOfItsDeals(CrmSamples.Sample sample) throws IOException {
        LibreOffice.assumeAvailable();
        boolean dutch = sample.mapDelimiter() == ';';
        String export = SAMPLES.resolve(sample.export()).toString();
        Path draft = dir.resolve("stages.csv");
        List<String> list = new ArrayList<>(List.of("from-crm", export, "--list-stages", "--out", draft.toString()));
        list.addAll(sample.options());
        CommandLineRun drafted = CommandLineRun.of(list.toArray(String[]::new));
        assertEquals(0, drafted.exitCode(), drafted.err());
        assertEquals(lowerCase(sample.pipeline().map().keySet()), lowerCase(column(draft, 0)), "the draft lists every CRM stage the map needs");

        Path history = dir.resolve("history.csv");
        List<String> convert = new ArrayList<>(List.of("from-crm", export, "--stages", SAMPLES.resolve(sample.map()).toString(),
                "--out", history.toString(), "--csv-format", dutch ? "semicolon" : "comma"));
        convert.addAll(sample.options());
        CommandLineRun converted = CommandLineRun.of(convert.toArray(String[]::new));
        assertEquals(0, converted.exitCode(), converted.err());
        assertTrue(converted.out().contains("decided") && converted.out().contains("reps: ") && converted.out().contains("periods: 2023, 2024, 2025"),
                converted.out());

        Path plan = dir.resolve("plan.xlsx");
        CommandLineRun generated = CommandLineRun.of("generate", "--targets", BASE.resolve(dutch ? "samples/nl/targets.csv"
                : "samples/team/targets.csv").toString(), "--history", history.toString(), "--year", "2026", "--lang", dutch ? "nl" : "en",
                "--out", plan.toString());
        assertEquals(0, generated.exitCode(), generated.err());

        ExpectedHistory.Truth truth = ExpectedHistory.of(sample.mapped(), sample.shown(), sample.pipeline().map(), false);
        AssumptionRates.assertRecalculatedRatesMatch(LibreOffice.recalculate(plan, dir.resolve("recalculated")), truth.rows(), 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void aRandomExportGivesAPlanWithTheRatesOfItsDeals(long seed) throws IOException {
        LibreOffice.assumeAvailable();
        Random random = new Random(seed);
        SyntheticExports.Export export = SyntheticExports.write(random, dir, (int) (seed % 4));
        List<String> args = new ArrayList<>(List.of("from-crm"));
        export.files().forEach(f -> args.add(f.toString()));
        args.addAll(List.of("--stages", export.map().toString(), "--out", dir.resolve("history.csv").toString(), "--period", "quarter"));
        if (export.order() != null) {
            args.addAll(List.of("--date-order", export.order().name().toLowerCase(Locale.ROOT)));
        }
        if (export.pipelineOption() != null) {
            args.addAll(List.of("--pipeline", export.pipelineOption()));
        }
        CommandLineRun converted = CommandLineRun.of(args.toArray(String[]::new));
        assertEquals(0, converted.exitCode(), converted.err());

        Set<String> reps = new LinkedHashSet<>();
        export.mapped().forEach(d -> reps.add(d.owner()));
        StringBuilder targets = new StringBuilder("rep,new_customers,avg_margin\n");
        reps.stream().filter(r -> !r.isEmpty()).forEach(r -> targets.append(r).append(",6,5000\n"));
        Path targetsFile = Files.writeString(dir.resolve("targets.csv"), targets);
        Path plan = dir.resolve("plan.xlsx");
        CommandLineRun generated = CommandLineRun.of("generate", "--targets", targetsFile.toString(), "--history",
                dir.resolve("history.csv").toString(), "--year", "2026", "--out", plan.toString());
        assertEquals(0, generated.exitCode(), generated.err());

        ExpectedHistory.Truth truth = ExpectedHistory.of(export.mapped(), export.shown(), export.pipeline().map(), true);
        AssumptionRates.assertRecalculatedRatesMatch(LibreOffice.recalculate(plan, dir.resolve("recalculated")), truth.rows(), 20);
    }

    @Test
    void problemsOfOnePassAreAllReportedAndNothingIsWritten() throws IOException {
        Path export = Files.writeString(dir.resolve("log.csv"), "item,rep,stage,date\nA,Anna,lead,2024-01-05\nA,Anna,demo,2024-01-09\n"
                + "A,Anna,won,2024-01-30\nB,Anna,offer,2024-02-01\n");
        Path map = Files.writeString(dir.resolve("stages.csv"), "crm_stage,stage\nlead,lead\nwon,won\n");
        Path out = dir.resolve("history.csv");
        CommandLineRun run = CommandLineRun.of("from-crm", export.toString(), "--stages", map.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals(List.of("error: " + export + " line 3: CRM stage 'demo' is not in the stage map " + map
                + "; add a row 'demo,<plan stage>' (or lost, or ignore)", "error: " + export + " line 5: CRM stage 'offer' is not in the"
                + " stage map " + map + "; add a row 'offer,<plan stage>' (or lost, or ignore)"), lines);
        assertFalse(Files.exists(out), "nothing written");
        assertEquals("", run.out());
    }

    @Test
    void oneProblemIsOneErrorLine() throws IOException {
        Path export = Files.writeString(dir.resolve("export.csv"), "Name,Owner\nA,Anna\n");
        Path map = Files.writeString(dir.resolve("stages.csv"), "crm_stage,stage\nlead,lead\nwon,won\n");
        CommandLineRun run = CommandLineRun.of("from-crm", export.toString(), "--stages", map.toString(), "--out", dir.resolve("h.csv").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.saysOneError(), run.err());
        assertTrue(run.err().contains("export.csv line 1: the header fits none of the export formats"), run.err());
    }

    @Test
    void anExistingOutputIsReplacedOnlyWithForce() throws IOException {
        Path out = Files.writeString(dir.resolve("history.csv"), "mine");
        String[] args = {"from-crm", SAMPLES.resolve("salesforce-opportunity-history.csv").toString(), "--stages",
            SAMPLES.resolve("salesforce-stages.csv").toString(), "--out", out.toString()};
        CommandLineRun refused = CommandLineRun.of(args);
        assertEquals(2, refused.exitCode());
        assertTrue(refused.saysOneError() && refused.err().contains("exists; add --force"), refused.err());
        assertEquals("mine", Files.readString(out));
        List<String> forced = new ArrayList<>(List.of(args));
        forced.add("--force");
        assertEquals(0, CommandLineRun.of(forced.toArray(String[]::new)).exitCode());
        assertTrue(Files.readString(out).startsWith("rep,period,stage,count,avg_days\n"));
    }

    @Test
    void theStageLogsBackwardDatesAreCountedInAWarningInPlainEnglish() {
        CommandLineRun run = CommandLineRun.of("from-crm", SAMPLES.resolve("stage-log.csv").toString(),
                "--stages", SAMPLES.resolve("stage-log-stages.csv").toString(), "--out", dir.resolve("h.csv").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: 4 times an item's date at a stage came after its date at the next stage"
                + " (it moved back, or a date is wrong); left out of avg_days\n"), run.err());
    }

    @Test
    void usageMistakesExitTwo() {
        String export = SAMPLES.resolve("stage-log.csv").toString();
        String map = SAMPLES.resolve("stage-log-stages.csv").toString();
        String out = dir.resolve("h.csv").toString();
        for (String[] args : List.of(new String[] {"from-crm", export, "--out", out},
                new String[] {"from-crm", export, "--stages", map, "--list-stages", "--out", out},
                new String[] {"from-crm", export, "--stages", map},
                new String[] {"from-crm", export, "--stages", map, "--out", map},
                new String[] {"from-crm", export, "--stages", map, "--out", out, "--period", "month"},
                new String[] {"from-crm", export, "--stages", map, "--out", out, "--date-order", "ymd"})) {
            CommandLineRun run = CommandLineRun.of(args);
            assertEquals(2, run.exitCode(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.saysOneError(), run.err());
            assertFalse(Files.exists(Path.of(out)));
        }
    }

    @Test
    void aDraftWithoutOutGoesToTheConsole() {
        CommandLineRun run = CommandLineRun.of("from-crm", SAMPLES.resolve("pipedrive-deals.csv").toString(), "--list-stages");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("crm_stage,stage,items\n"), run.out());
        assertTrue(run.out().contains("\nWon,Won,") && run.out().contains("\nLost,Lost,"), run.out());
        assertTrue(run.err().contains("pipedrive-deals.csv: Pipedrive deals export, "), run.err());
    }

    @Test
    void aDraftOfSeveralPipelinesSaysToPickOne() {
        CommandLineRun run = CommandLineRun.of("from-crm", SAMPLES.resolve("hubspot-deals.csv").toString(), "--list-stages");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: the export has 2 pipelines (Sales Pipeline, Partners), each a funnel of its own:"
                + " list one pipeline's stages with --pipeline NAME"), run.err());
        assertTrue(run.out().contains("\nReferral,Referral,"), "the stages of every pipeline are listed");
    }

    @Test
    void theLauncherNamesTheCommand() {
        CommandLineRun run = CommandLineRun.of();
        assertTrue(run.err().contains("from-crm"), run.err());
        CommandLineRun help = CommandLineRun.of("from-crm", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--list-stages") && help.out().contains("--date-order"), help.out());
    }

    private static Set<String> lowerCase(Iterable<String> names) {
        Set<String> lower = new LinkedHashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }

    private static List<String> column(Path csv, int column) throws IOException {
        List<String> values = new ArrayList<>();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            values.add(record.get(column));
        }
        return values;
    }
}
