package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.Plan;
import org.funnelplan.contract.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.report.VarianceCsvTest;
import org.funnelplan.testutil.FilledWorkbooks;

/** A Dutch rep fills in a Dutch workbook: variance reads it exactly as it reads an English one. */
class DutchRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void varianceOfADutchWorkbookEqualsThatOfTheEnglishOne() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        assertEquals(csv(plan, Language.EN), csv(plan, Language.NL));
    }

    private String csv(Plan plan, Language language) throws IOException {
        Path folder = dir.resolve(language.name());
        java.nio.file.Files.createDirectories(folder);
        Path anna = FilledWorkbooks.perRep(plan, 0, folder.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID, language);
        Path bob = FilledWorkbooks.perRep(plan, 1, folder.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID, language);
        FilledWorkbooks.edit(anna, wb -> {
            FilledWorkbooks.actuals(wb, "Anna", "contacted", 30.0, 41.0);
            FilledWorkbooks.actuals(wb, "Anna", "won", 1.0, 0.0);
        });
        FilledWorkbooks.edit(bob, wb -> FilledWorkbooks.actuals(wb, "Bob", "quoted", 2.0, 1.0, 3.0));
        TeamActuals team = ActualsImport.read(List.of(anna, bob), false);
        assertEquals(List.of(), team.warnings(), language.name());
        return VarianceCsvTest.csv(team, team.reportMonth(null));
    }
}
