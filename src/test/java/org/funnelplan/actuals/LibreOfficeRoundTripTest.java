package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.Plan;
import org.funnelplan.testutil.LibreOfficeTypist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.report.VarianceCsvTest;
import org.funnelplan.testutil.FilledWorkbooks;

/**
 * Reps fill their workbooks in LibreOffice (typed through its UNO API, saved as .xlsx), one of
 * them after inserting a row above the funnel table and a column before the months, and pasting
 * text into an actual cell: variance finds every cell through the names and gives the same CSV
 * as the same actuals set directly.
 */
class LibreOfficeRoundTripTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOfficeTypist.assumeAvailable();
    }

    @Test
    void actualsTypedInLibreOfficeGiveTheSameVarianceAsTheSameActualsSetDirectly() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path handedOut = Files.createDirectories(dir.resolve("handed out"));
        Path anna = FilledWorkbooks.perRep(plan, 0, handedOut.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        Path bob = FilledWorkbooks.perRep(plan, 1, handedOut.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID);

        Path back = Files.createDirectories(dir.resolve("returned"));
        Path annaBack = LibreOfficeTypist.open(anna)
                .set("Anna", "Actual_contacted_M", 0, 30).set("Anna", "Actual_contacted_M", 1, 41)
                .set("Anna", "Actual_visited_M", 0, 10).set("Anna", "Actual_visited_M", 1, 7)
                .set("Anna", "Actual_won_M", 1, 1)
                .saveAs(back.resolve("Anna.xlsx"));
        Path bobBack = LibreOfficeTypist.open(bob)
                .insertRows("Bob", 14, 1)       // above the funnel table
                .insertColumns("Bob", "C", 1)   // before the months
                .set("Bob", "Actual_quoted_M", 0, 2).set("Bob", "Actual_quoted_M", 2, 3)
                .setText("Bob", "Actual_won_M", 2, "one")
                .saveAs(back.resolve("Bob.xlsx"));

        TeamActuals typed = ActualsImport.read(List.of(annaBack, bobBack), true);
        assertEquals(1, typed.warnings().size(), typed.warnings().toString());
        assertTrue(typed.warnings().get(0).matches(".*Bob\\.xlsx, sheet Bob, cell [A-Z]+\\d+: the actual 'won' of Mar holds text 'one'.*"),
                typed.warnings().get(0));

        Path annaPoi = Files.copy(anna, dir.resolve("Anna poi.xlsx"));
        Path bobPoi = Files.copy(bob, dir.resolve("Bob poi.xlsx"));
        FilledWorkbooks.edit(annaPoi, wb -> {
            FilledWorkbooks.actuals(wb, "Anna", "contacted", 30.0, 41.0);
            FilledWorkbooks.actuals(wb, "Anna", "visited", 10.0, 7.0);
            FilledWorkbooks.actuals(wb, "Anna", "won", null, 1.0);
        });
        FilledWorkbooks.edit(bobPoi, wb -> FilledWorkbooks.actuals(wb, "Bob", "quoted", 2.0, null, 3.0));
        TeamActuals direct = ActualsImport.read(List.of(annaPoi, bobPoi), false);

        assertEquals(3, typed.reportMonth(null));
        assertEquals(VarianceCsvTest.csv(direct, 3), VarianceCsvTest.csv(typed, 3));
    }
}
