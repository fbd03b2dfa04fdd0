package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.funnelplan.cli.Main;
import org.funnelplan.contract.Language;
import org.funnelplan.model.Plan;
import org.funnelplan.testutil.FilledWorkbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metadata's schema_version is read: a workbook of a later funnelplan, whose rows may mean
 * something else, is refused in one line naming the file, in the run's language, exit 1; one of an
 * earlier version is read as before.
 */
class SchemaVersionTest {
    @TempDir
    Path dir;
    Plan plan;

    @BeforeEach
    void twoReps() {
        plan = FilledWorkbooks.twoReps();
    }

    /** Anna's own workbook with the metadata's schema_version (cell B1 of sheet funnelplan) set to {@code version}. */
    private Path withSchemaVersion(String name, String version, Language language) throws IOException {
        Path file = FilledWorkbooks.perRep(plan, 0, dir.resolve(name), FilledWorkbooks.PLAN_ID, language);
        FilledWorkbooks.edit(file, wb -> {
            Row row = wb.getSheet("funnelplan").getRow(0);
            assertEquals("schema_version", row.getCell(0).getStringCellValue());
            assertEquals("2", row.getCell(1).getStringCellValue());
            // A new cell: POI would put the value of an inline string cell beside its text, which readers do not see.
            row.removeCell(row.getCell(1));
            row.createCell(1).setCellValue(version);
        });
        return file;
    }

    private static List<String> problems(Path... files) {
        return assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(files), false)).problems();
    }

    @Test
    void aWorkbookOfANewerSchemaIsRefusedInOneLineNamingTheFile() throws IOException {
        Path newer = withSchemaVersion("newer.xlsx", "3", Language.EN);
        assertEquals(List.of(newer + ": written by a newer funnelplan (workbook schema version 3, this funnelplan reads up to version 2);"
                + " read it with the funnelplan that wrote it, or update this one"), problems(newer));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "variance", newer.toString());
        assertEquals(1, exit, err.toString());
        assertEquals("error: " + newer + ": written by a newer funnelplan (workbook schema version 3, this funnelplan reads up to version 2);"
                + " read it with the funnelplan that wrote it, or update this one", err.toString().strip());
    }

    @Test
    void nextToADutchPlanTheRefusalIsDutch() throws IOException {
        Path newer = withSchemaVersion("nieuwer.xlsx", "12", Language.NL);
        Path bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID, Language.NL);
        assertEquals(List.of(newer + ": geschreven door een nieuwere funnelplan (schemaversie 12 van de werkmap, deze funnelplan leest"
                + " tot en met versie 2); lees de werkmap met de funnelplan die hem schreef, of werk deze bij"), problems(newer, bob));
    }

    @Test
    void aWorkbookOfTheFirstSchemaIsReadAsBefore() throws IOException {
        Path first = withSchemaVersion("first.xlsx", "1", Language.EN);
        assertEquals(List.of("Anna"), ActualsImport.read(List.of(first), false).reps().stream().map(RepActuals::rep).toList());
    }

    @Test
    void aSchemaVersionThatIsNoNumberIsDamagedMetadataNamingItsCell() throws IOException {
        Path odd = withSchemaVersion("odd.xlsx", "two", Language.EN);
        assertEquals(List.of(odd + ", sheet funnelplan, cell B1: the funnelplan metadata is damaged: the schema version is 'two';"
                + " expected a whole number such as 2; use the workbook as funnelplan wrote it"), problems(odd));
    }
}
