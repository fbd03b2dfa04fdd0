package org.funnelplan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.InputException;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC section 2: --history given more than once pools the files; a (rep, period) group sits in one file. */
class PooledHistoryTest {
    @TempDir
    Path dir;
    private final List<String> warnings = new ArrayList<>();

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path lastYear() throws IOException {
        return file("history-2025.csv", """
                rep,period,stage,count,avg_days
                Anna,2025,lead,400,20
                Anna,2025,quoted,40,30
                Anna,2025,won,10,
                Bob,2025,lead,100,20
                Bob,2025,quoted,20,30
                Bob,2025,won,2,
                """);
    }

    /** This year's, as Dutch Excel saves the CSV 'history' writes for a Dutch plan: BOM, ';', decimal commas. */
    private Path thisYear() throws IOException {
        return file("history-2026.csv", "\uFEFFrep;period;stage;count;avg_days\r\n"
                + "Anna;2026-01..05;lead;200;22,5\r\n"
                + "Anna;2026-01..05;quoted;10;31,25\r\n"
                + "Anna;2026-01..05;won;5;\r\n");
    }

    @Test
    void rowsOfAllFilesArePooledAsOneHistory() throws IOException {
        FunnelHistory history = HistoryReader.read(List.of(lastYear(), thisYear()), warnings);
        assertEquals(List.of("lead", "quoted", "won"), history.stages());
        assertEquals(9, history.rows().size());
        assertEquals(List.of(), warnings);
        Plan plan = FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", List.of(RepTarget.simple("Anna", 10, 5000, null)),
                history, null, null, 0));
        // lead is marketing's: the team's rate over both years and reps, 70 of 700; quoted → won is Anna's own
        // over both years (no team prior): 15 of 50.
        assertEquals(70.0 / 700, plan.reps().get(0).rates().get(0).rate(), 1e-12);
        assertEquals(15.0 / 50, plan.reps().get(0).rates().get(1).rate(), 1e-12);
    }

    @Test
    void messagesNameTheFileOfTheirRow() throws IOException {
        Path broken = file("history-2026.csv", """
                rep,period,stage,count,avg_days
                Anna,2026,lead,200,20
                Anna,2026,quoted,ten,30
                """);
        InputException e = assertThrows(InputException.class, () -> HistoryReader.read(List.of(lastYear(), broken), warnings));
        assertEquals(broken + " line 3: column count: expected a whole number ≥ 0 (digits only), got 'ten'", e.getMessage());
    }

    @Test
    void theSameRepAndPeriodInTwoFilesIsAnErrorNamingBoth() throws IOException {
        Path first = lastYear();
        Path again = file("copy.csv", """
                rep,period,stage,count,avg_days
                Cas,2025,lead,10,1
                Cas,2025,won,1,
                bob,2025,lead,100,20
                """);
        InputException e = assertThrows(InputException.class, () -> HistoryReader.read(List.of(first, again), warnings));
        assertEquals(again + " line 4: rep bob, period 2025 is also in " + first + " line 5; a rep and period must sit in one file"
                + " (the same history given twice?)", e.getMessage());
    }

    @Test
    void aYearNextToThePartOfItWrittenEarlierIsAnErrorNamingBoth() throws IOException {
        Path part = thisYear();
        Path whole = file("history-2026-whole.csv", """
                rep,period,stage,count,avg_days
                Anna,2026,lead,500,22
                Anna,2026,quoted,25,31
                Anna,2026,won,12,
                """);
        InputException e = assertThrows(InputException.class, () -> HistoryReader.read(List.of(part, whole), warnings));
        assertEquals(whole + " line 2: rep Anna, period 2026 covers months of period 2026-01..05 in " + part + " line 2;"
                + " pooled, they would count those months twice: give one of the files (a history of the whole year replaces"
                + " the one of its first months)", e.getMessage());
    }

    @Test
    void quartersOfOneFileAndAnotherYearDoNotOverlap() throws IOException {
        Path quarters = file("quarters.csv", """
                rep,period,stage,count
                Anna,2024-Q3,lead,100
                Anna,2024-Q3,won,3
                Anna,2024-Q4,lead,100
                Anna,2024-Q4,won,4
                """);
        assertEquals(13, HistoryReader.read(List.of(quarters, lastYear(), thisYear()), warnings).rows().size());
    }

    @Test
    void stagesInAnotherOrderNameTheOtherFilesLine() throws IOException {
        Path first = lastYear();
        Path swapped = file("swapped.csv", """
                rep,period,stage,count
                Cas,2026,quoted,10
                Cas,2026,lead,100
                """);
        InputException e = assertThrows(InputException.class, () -> HistoryReader.read(List.of(first, swapped), warnings));
        assertEquals(swapped + " line 3: column stage: for rep Cas, period 2026, 'lead' comes after 'quoted', but " + first
                + " line 3 put 'lead' before 'quoted'; every rep and period must list the stages in one order, seen before as"
                + " lead → quoted → won", e.getMessage());
    }

    @Test
    void aFileWithoutRowsIsNamed() throws IOException {
        Path empty = file("empty.csv", "rep,period,stage,count\n");
        InputException e = assertThrows(InputException.class, () -> HistoryReader.read(List.of(lastYear(), empty), warnings));
        assertEquals(empty + " line 1: no history; expected rows with rep, period, stage and count", e.getMessage());
    }
}
