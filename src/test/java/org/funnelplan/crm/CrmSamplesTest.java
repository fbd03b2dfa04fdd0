package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.funnelplan.csv.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed samples in {@code samples/crm/} are the deals {@link CrmSamples} writes, so their
 * history must be the one worked out from those deals, year by year and quarter by quarter.
 */
class CrmSamplesTest {
    static final Path SAMPLES = Path.of(System.getProperty("basedir", ".")).resolve("samples/crm");

    @TempDir
    Path dir;

    static Stream<CrmSamples.Sample> samples() {
        return CrmSamples.all().stream();
    }

    @Test
    void committedSamplesAreWhatTheGeneratorWrites() throws IOException {
        CrmSamples.write(dir);
        List<String> differing = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                Path committed = SAMPLES.resolve(file.getFileName());
                if (!Files.exists(committed) || Files.mismatch(file, committed) >= 0) {
                    differing.add(file.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), differing, "regenerate with CrmSamples.main(samples/crm)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleGivesTheHistoryWorkedOutFromItsDeals(CrmSamples.Sample sample) throws IOException {
        for (Period period : Period.values()) {
            FromCrm.Converted converted = convert(sample, period);
            ExpectedHistory.Truth truth = ExpectedHistory.of(sample.mapped(), sample.shown(), sample.pipeline().map(),
                    period == Period.QUARTER);
            assertEquals(text(truth.rows()), rows(CrmFixtures.csv(converted.history(), CsvFormat.COMMA)), sample.export() + " " + period);
            assertArrayEquals(new long[] {truth.won(), truth.lost(), truth.open(), truth.unstaged()},
                    CrmFixtures.tally(converted.history()), "won, lost, open, without a funnel stage");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachSampleHasWhatTheIssueAsksFor(CrmSamples.Sample sample) {
        List<SyntheticDeals.Deal> deals = sample.mapped();
        assertTrue(deals.stream().anyMatch(d -> d.outcome() == SyntheticDeals.Outcome.OPEN), "open deals");
        assertTrue(deals.stream().anyMatch(d -> d.outcome() == SyntheticDeals.Outcome.LOST), "lost deals");
        assertTrue(deals.stream().anyMatch(d -> d.owner().isEmpty()), "deals without an owner");
        List<String> open = sample.pipeline().open();
        assertTrue(deals.stream().anyMatch(d -> movedBack(d, open)), "a deal that moved back");
        assertTrue(deals.stream().anyMatch(d -> skipped(d, open)), "a deal that skipped a stage");
        for (int s = 0; s < open.size(); s++) {
            String stage = open.get(s);
            assertTrue(deals.stream().anyMatch(d -> d.outcome() == SyntheticDeals.Outcome.LOST && d.currentStage().equals(stage)),
                    "a deal lost at " + stage);
        }
        assertTrue(deals.stream().anyMatch(d -> d.path().stream().anyMatch(e -> e.stage().equals(sample.pipeline().parked()))),
                "a deal parked in the ignored stage");
        for (int year = 2023; year <= 2025; year++) {
            int y = year;
            assertTrue(deals.stream().anyMatch(d -> d.created().getYear() == y), "deals in " + year);
        }
    }

    @Test
    void oneSampleHasTwoPipelines() {
        assertEquals(2, CrmSamples.hubspot().deals().stream().map(SyntheticDeals.Deal::pipeline).distinct().count());
    }

    static FromCrm.Converted convert(CrmSamples.Sample sample, Period period) {
        String pipeline = sample.options().isEmpty() ? null : sample.options().get(1);
        return CrmFixtures.convert(SAMPLES.resolve(sample.map()), List.of(SAMPLES.resolve(sample.export())), pipeline, null, period);
    }

    private static boolean movedBack(SyntheticDeals.Deal deal, List<String> open) {
        int furthest = -1;
        for (SyntheticDeals.Entry entry : deal.path()) {
            int at = open.indexOf(entry.stage());
            if (at >= 0 && at < furthest) {
                return true;
            }
            furthest = Math.max(furthest, at);
        }
        return false;
    }

    private static boolean skipped(SyntheticDeals.Deal deal, List<String> open) {
        int previous = -1;
        for (SyntheticDeals.Entry entry : deal.path()) {
            int at = open.indexOf(entry.stage());
            if (at > previous + 1) {
                return true;
            }
            previous = Math.max(previous, at);
        }
        return false;
    }

    static List<String> text(List<ExpectedHistory.Row> rows) {
        return rows.stream().map(ExpectedHistory.Row::toString).toList();
    }

    /** The data rows of a comma history CSV as {@code rep,period,stage,count,avg_days}, unquoted. */
    static List<String> rows(String csv) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            rows.add(String.join(",", record.toList()));
        }
        return rows;
    }
}
