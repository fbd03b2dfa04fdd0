package org.funnelplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryCoverageTest {

    @Test
    void aRenamedRepIsBothWithoutHistoryAndAStrangerInTheHistory() {
        List<HistoryRow> rows = new ArrayList<>(SeedFunnel.history("J. de Vries", new long[] {100, 40, 10, 5, 2}, new double[5]).rows());
        rows.addAll(SeedFunnel.history("anna  BERG", new long[] {100, 40, 10, 5, 2}, new double[5]).rows());
        rows.addAll(SeedFunnel.history("Henk", new long[] {100, 40, 10, 5, 2}, new double[5]).rows());
        FunnelHistory history = new FunnelHistory("history.csv", SeedFunnel.STAGES, rows);
        List<RepTarget> targets = List.of(RepTarget.simple("Jan de Vries", 10, 5000, null), RepTarget.simple("Anna Berg", 5, 5000, null),
                RepTarget.simple("Nobody Yet", 0, 5000, null));

        HistoryCoverage coverage = HistoryCoverage.of(targets, history);

        assertEquals(List.of("Jan de Vries"), coverage.withoutHistory(), "a rep with nothing to win is not worth a warning");
        assertEquals(List.of("J. de Vries", "Henk"), coverage.notInTargets(), "names match ignoring case and spaces");
    }

    @Test
    void aTeamWhoseHistoryCoversEveryoneGivesNoWarning() {
        HistoryCoverage coverage = HistoryCoverage.of(SeedFunnel.inputs().targets(), SeedFunnel.history());
        assertEquals(List.of(), coverage.withoutHistory());
        assertEquals(List.of(), coverage.notInTargets());
    }
}
