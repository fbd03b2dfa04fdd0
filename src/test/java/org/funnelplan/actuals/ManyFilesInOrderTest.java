package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.Plan;
import org.funnelplan.testutil.FilledWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of one run are read several at a time (on every core), and still reported as given:
 * every problem in the order of the files, across more files than are read at once, and the
 * first of two copies of a rep is the one kept.
 */
class ManyFilesInOrderTest {
    @TempDir
    Path dir;

    @Test
    void problemsOfFiftyFilesComeInTheOrderTheFilesWereGiven() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        Path bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID);
        List<Path> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            if (i == 31) {
                files.add(bob);
            } else if (i % 3 == 0 || i == 7) {
                // Anna's workbook, first at 0: the one kept, which every later copy names.
                Path copy = i == 7 ? anna : Files.copy(anna, dir.resolve("Anna copy %02d.xlsx".formatted(i)));
                files.add(copy);
                if (i > 0) {
                    expected.add(copy + ": rep Anna is also in " + files.get(0));
                }
            } else if (i % 3 == 1) {
                Path empty = Files.write(dir.resolve("empty %02d.xlsx".formatted(i)), new byte[0]);
                files.add(empty);
                expected.add(empty + ": the file is empty");
            } else {
                Path text = Files.writeString(dir.resolve("notes %02d.xlsx".formatted(i)), "rep,count\nAnna,3\n");
                files.add(text);
                expected.add(text + ": not an .xlsx workbook");
            }
        }
        InputErrors e = assertThrows(InputErrors.class, () -> ActualsImport.read(files, false));
        List<String> problems = e.problems();
        assertEquals(expected.size(), problems.size(), String.join("\n", problems));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(problems.get(i).startsWith(expected.get(i)), i + ": " + problems.get(i) + "\nexpected: " + expected.get(i));
        }
    }
}
