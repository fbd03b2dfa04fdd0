package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.Plan;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.testutil.LibreOfficeTypist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.testutil.FilledWorkbooks;

/**
 * What a director gets back from LibreOffice users: a master whose two rep tabs were swapped by
 * renaming (the names follow the sheets, Rep_Name stays), and a workbook saved as .ods.
 */
class LibreOfficeReturnsTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOfficeTypist.assumeAvailable();
    }

    @Test
    void sheetsSwappedByRenamingInLibreOfficeAreRefusedInsteadOfGivingOneRepTheOthersActuals() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path master = FilledWorkbooks.master(plan, dir.resolve("plan.xlsx"), FilledWorkbooks.PLAN_ID);
        Path back = LibreOfficeTypist.open(master)
                .set("Anna", "Actual_lead_M", 0, 101).set("Bob", "Actual_lead_M", 0, 102)
                .renameSheet("Anna", "tmp").renameSheet("Bob", "Anna").renameSheet("tmp", "Bob")
                .saveAs(dir.resolve("returned.xlsx"));
        List<String> errors = assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(back), false)).problems();
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).matches(".*returned\\.xlsx, sheet Anna, cell B\\d+: Rep_Name holds 'Bob', but the workbook's metadata"
                + " gives the sheet 'Anna' to rep Anna \\(were sheets renamed or swapped\\?\\).*"), errors.get(0));
        assertTrue(errors.get(1).matches(".*returned\\.xlsx, sheet Bob, cell B\\d+: Rep_Name holds 'Anna'.*"), errors.get(1));
    }

    @Test
    void aWorkbookSavedAsOdsIsToldToBeSavedAsXlsxAsAnXlsIs() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        Path ods = LibreOffice.convert(anna, Files.createDirectories(dir.resolve("ods")), "ods");
        List<String> errors = assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(ods), false)).problems();
        assertEquals(List.of(ods + ": an OpenDocument spreadsheet (.ods); " + FileRefusals.SAVE_AS_XLSX), errors);
    }
}
