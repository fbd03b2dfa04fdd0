package org.funnelplan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.HistoryRow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC sections 3 and 5: every CSV the tool writes is read back unchanged, defused text included. */
class OwnOutputReadsBackTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CsvFormat.class)
    void aHistoryWithFormulaLikeRepNamesReadsBackAsWritten(CsvFormat format) throws IOException {
        List<String> reps = List.of("=1+1", "+cmd|' /C calc'!A0", "@SUM(1)", "-Jan", "Vries; Jan \"de\", jr");
        Path file = dir.resolve("history-" + format + ".csv");
        try (OutputStream out = Files.newOutputStream(file); CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row("rep", "period", "stage", "count", "avg_days");
            for (String rep : reps) {
                csv.text(rep).text("2027").text("lead").number(120.0).number(12.25).endRow();
                csv.text(rep).text("2027").text("won").number(3.0).number(null).endRow();
            }
        }
        List<String> warnings = new ArrayList<>();
        FunnelHistory history = HistoryReader.read(file, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(reps, history.rows().stream().map(HistoryRow::rep).distinct().toList());
        assertEquals(12.25, history.rows().get(0).avgDays());
        assertEquals(List.of("lead", "won"), history.stages());
    }
}
