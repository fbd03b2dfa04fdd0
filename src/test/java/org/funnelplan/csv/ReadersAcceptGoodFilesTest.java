package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.Seasonality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.funnelplan.csv.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadersAcceptGoodFilesTest {
    private final List<String> warnings = new ArrayList<>();

    @Test
    void commaFileReadsAllTargetColumnsAndDefaults() {
        List<RepTarget> targets = TargetsReader.read(fixture("good/targets-comma.csv"), warnings);
        assertEquals(List.of(
                new RepTarget("Anna Berg", 10, 5000, 20000.0, "North", 1, 0),
                new RepTarget("Ben Bos", 12, 1234.50, null, "South", 4, 3),
                new RepTarget("Cas Cole", 0, 0, null, "", 1, 0)), targets);
        assertEquals(List.of(), warnings);
    }

    @Test
    void semicolonFileReadsDecimalCommasCurrencyAndThousands() {
        List<RepTarget> targets = TargetsReader.read(fixture("good/targets-semicolon.csv"), warnings);
        assertEquals(1234.50, targets.get(0).avgMargin());
        assertEquals(20000.0, targets.get(0).marginTarget());
        assertEquals(1234.5, targets.get(1).avgMargin());
        assertEquals(1_000_000.0, targets.get(1).marginTarget());
        assertEquals(750, targets.get(2).avgMargin());
        assertNull(targets.get(2).marginTarget());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstHeader() {
        List<RepTarget> targets = TargetsReader.read(fixture("good/targets-bom.csv"), warnings);
        assertEquals("Anna Berg", targets.get(0).rep());
        assertEquals(List.of(), warnings);
    }

    @Test
    void excelPaddingIsIgnored() {
        // CRLF, blank and whitespace lines, lines of delimiters only, trailing unnamed empty columns,
        // and headers in any case with spaces around them.
        List<RepTarget> targets = TargetsReader.read(fixture("good/targets-padding.csv"), warnings);
        assertEquals(List.of("Anna Berg", "Ben Bos"), targets.stream().map(RepTarget::rep).toList());
        assertEquals(6000, targets.get(1).avgMargin());
    }

    @Test
    void historyStageOrderIsMergedFromGroupsThatSkipStages() {
        FunnelHistory history = HistoryReader.read(fixture("good/history-seed.csv"), warnings);
        assertEquals(List.of("lead", "contacted", "visited", "quoted", "won"), history.stages());
        assertEquals(8, history.rows().size());
        assertEquals(new HistoryRow("Anna Berg", "2025", "contacted", 100, 14.5, 3), history.rows().get(1));
        assertNull(history.rows().get(2).avgDays());
        assertEquals(8, history.rows().get(5).line(), "the blank line 7 still counts");
        assertTrue(history.source().endsWith("history-seed.csv"));
        assertEquals(List.of(), warnings);
    }

    @Test
    void quotedCellSpanningLinesKeepsLaterRowsOnTheirPhysicalLine() {
        FunnelHistory history = HistoryReader.read(fixture("good/history-semicolon.csv"), warnings);
        assertEquals(List.of(2, 4), history.rows().stream().map(HistoryRow::line).toList());
        assertEquals("Anna\nBerg", history.rows().get(0).rep());
        assertEquals(10.5, history.rows().get(0).avgDays());
    }

    @Test
    void seasonalityReadsTeamAndRepProfilesWithTheirFirstLines() {
        Seasonality season = SeasonalityReader.read(fixture("good/seasonality-team-and-rep.csv"), warnings);
        double[] team = new double[12];
        Arrays.fill(team, 1);
        team[7] = 0.5;
        assertArrayEquals(team, season.team());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, season.weightsFor("Anna Berg"));
        assertArrayEquals(team, season.weightsFor("Ben Bos"));
        assertEquals(2, season.lineOf().get(""));
        assertEquals(14, season.lineOf().get("annaberg"));
    }

    @Test
    void seasonalityWithoutTeamProfileWeighsEveryMonthOne() {
        Seasonality season = SeasonalityReader.read(fixture("good/seasonality-rep-only.csv"), warnings);
        double[] ones = new double[12];
        Arrays.fill(ones, 1);
        assertArrayEquals(ones, season.team());
        assertTrue(season.hasOwnProfile("ben bos"));
        assertNull(season.lineOf().get(""));
        assertEquals(2, season.lineOf().get("benbos"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets-comma.csv", "targets-semicolon.csv", "targets-bom.csv", "targets-padding.csv"})
    void goodTargetFilesGiveNoWarnings(String name) {
        Path file = fixture("good/" + name);
        TargetsReader.read(file, warnings);
        assertEquals(List.of(), warnings);
    }
}
