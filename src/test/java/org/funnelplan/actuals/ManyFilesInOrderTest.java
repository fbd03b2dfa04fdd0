package org.funnelplan.actuals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.funnelplan.model.Plan;
import org.funnelplan.testutil.FilledWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of one run are read several at a time (on every core), and a master's sheets too,
 * and still reported as given: every problem in the order of the files, across more files than
 * are read at once, the first of two copies of a rep is the one kept, and of two broken sheets the
 * first in the workbook is the one named.
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

    @Test
    void ofTwoBrokenSheetsTheFirstInTheWorkbookIsNamed() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path master = FilledWorkbooks.master(plan, dir.resolve("master.xlsx"), FilledWorkbooks.PLAN_ID);
        Path broken = dir.resolve("broken.xlsx");
        // Every worksheet numbers its first row 'x': the first sheet read is the one reported.
        Pattern firstRow = Pattern.compile("<row r=\"\\d+\"");
        try (ZipFile in = new ZipFile(master.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(broken))) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream part = in.getInputStream(entry)) {
                    String text = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                    if (entry.getName().startsWith("xl/worksheets/sheet")) {
                        text = firstRow.matcher(text).replaceFirst(Matcher.quoteReplacement("<row r=\"x\""));
                    }
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        InputErrors e = assertThrows(InputErrors.class, () -> ActualsImport.read(List.of(broken), false));
        assertEquals(List.of(broken + ": corrupt .xlsx: xl/worksheets/sheet1.xml (sheet Overview), line 2: a row is numbered 'x',"
                + " which is no row number; save it again from Excel or LibreOffice"), e.problems());
    }
}
