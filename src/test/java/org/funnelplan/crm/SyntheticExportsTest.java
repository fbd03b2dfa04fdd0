package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import org.funnelplan.csv.CsvFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports other than the samples, so nothing is tuned to them: per seed a random pipeline (its
 * own stage names, several CRM stages to one plan stage, perhaps a parked stage), random reps
 * with and without an owner, one of the four formats, split over one or two files, in a random
 * date format and period; the history must be the one worked out from the deals.
 */
class SyntheticExportsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void randomExportGivesTheHistoryWorkedOutFromItsDeals(long seed) throws IOException {
        Random random = new Random(seed);
        SyntheticExports.Export export = SyntheticExports.write(random, dir, (int) (seed % 4));
        Period period = random.nextBoolean() ? Period.YEAR : Period.QUARTER;

        FromCrm.Converted converted = CrmFixtures.convert(export.map(), export.files(), export.pipelineOption(), export.order(), period);

        ExpectedHistory.Truth truth = ExpectedHistory.of(export.mapped(), export.shown(), export.pipeline().map(), period == Period.QUARTER);
        assertEquals(CrmSamplesTest.text(truth.rows()), CrmSamplesTest.rows(CrmFixtures.csv(converted.history(), CsvFormat.COMMA)));
        assertArrayEquals(new long[] {truth.won(), truth.lost(), truth.open(), truth.unstaged()}, CrmFixtures.tally(converted.history()));
    }
}
