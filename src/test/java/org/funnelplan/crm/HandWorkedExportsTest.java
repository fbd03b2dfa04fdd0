package org.funnelplan.crm;

import static org.funnelplan.crm.CrmFixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.funnelplan.csv.HistoryReader;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.csv.CsvFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small export per format whose history was worked out by hand (the WORKED.md next to each
 * fixture): skipped stages, moved back, lost at each stage, open, no owner, two CRM stages to one
 * plan stage, an ignored stage.
 */
class HandWorkedExportsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("hubspot", "deals.csv", null, Period.YEAR, new long[] {4, 7, 1, 2}, 1, null),
                Arguments.of("pipedrive", "deals.csv", null, Period.YEAR, new long[] {4, 6, 2, 1}, 0, null),
                Arguments.of("salesforce", "opportunity-history.csv", null, Period.YEAR, new long[] {4, 5, 1, 2}, 0, DateOrder.MDY),
                Arguments.of("stage-log", "log.csv", "Nieuw", Period.QUARTER, new long[] {2, 6, 1, 1}, 0, DateOrder.DMY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void derivesTheHistoryWorkedOutByHand(String format, String export, String pipeline, Period period, long[] wonLostOpenUnstaged,
            long backwards, DateOrder detected) throws IOException {
        FromCrm.Converted converted = CrmFixtures.convert(fixture("worked/" + format + "/stages.csv"),
                List.of(fixture("worked/" + format + "/" + export)), pipeline, null, period);

        String expected = Files.readString(fixture("worked/" + format + "/expected.csv"), StandardCharsets.UTF_8);
        assertEquals(expected, CrmFixtures.csv(converted.history(), CsvFormat.COMMA));
        assertArrayEquals(wonLostOpenUnstaged, CrmFixtures.tally(converted.history()), "won, lost, open, without a funnel stage");
        assertEquals(backwards, converted.history().backwards());
        assertEquals(detected, converted.files().get(0).dateOrder(), "the date order the file proves");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void generateReadsTheHistoryInBothCsvFormats(String format, String export, String pipeline, Period period) throws IOException {
        FromCrm.Converted converted = CrmFixtures.convert(fixture("worked/" + format + "/stages.csv"),
                List.of(fixture("worked/" + format + "/" + export)), pipeline, null, period);
        List<List<HistoryRow>> read = new ArrayList<>();
        for (CsvFormat csv : CsvFormat.values()) {
            Path file = Files.writeString(dir.resolve(csv + ".csv"), CrmFixtures.csv(converted.history(), csv), StandardCharsets.UTF_8);
            List<String> warnings = new ArrayList<>();
            FunnelHistory history = HistoryReader.read(file, warnings);
            assertEquals(List.of(), warnings);
            assertEquals(converted.history().funnel(), history.stages());
            read.add(history.rows().stream().map(r -> new HistoryRow(r.rep(), r.period(), r.stage(), r.count(), r.avgDays(), 0)).toList());
        }
        assertEquals(read.get(0), read.get(1), "the comma and semicolon files read back the same");
        assertTrue(Files.readString(dir.resolve("SEMICOLON.csv")).startsWith("\uFEFFrep;period;stage;count;avg_days"));
    }
}
