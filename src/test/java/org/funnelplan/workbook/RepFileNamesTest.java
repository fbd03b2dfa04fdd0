package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Per-rep file names survive Windows, macOS and Linux, and never collide. */
class RepFileNamesTest {
    @Test
    void forbiddenCharactersControlCharactersAndTrailingDotsGo() {
        assertEquals(List.of("Bob the best rep.xlsx", "ab.xlsx", "Jan jr.xlsx", "hidden.xlsx"),
                RepFileNames.of(List.of("Bob: the <\"best\"> rep?", "a\u0000b\t", "Jan jr. . ", "..hidden")));
    }

    @Test
    void reservedDeviceNamesAreNotUsedAsIs() {
        assertEquals(List.of("_CON.xlsx", "_nul.xlsx", "_COM1.xlsx", "_LPT9.xlsx", "_aux.txt.xlsx", "CONSOLE.xlsx"),
                RepFileNames.of(List.of("CON", "nul", "COM1", "LPT9", "aux.txt", "CONSOLE")));
    }

    @Test
    void namesThatDifferOnlyInCaseOrVanishAreNumbered() {
        assertEquals(List.of("Anna.xlsx", "ANNA (2).xlsx", "rep.xlsx", "rep (2).xlsx", "anna (3).xlsx"),
                RepFileNames.of(List.of("Anna", "ANNA", "???", "***", "anna ")));
    }

    @Test
    void longNamesAreCutKeepingRoomForTheNumber() {
        String longName = "x".repeat(300);
        List<String> names = RepFileNames.of(List.of(longName, longName));
        assertEquals(RepFileNames.MAX_BASE_LENGTH + ".xlsx".length(), names.get(0).length());
        assertTrue(names.get(1).endsWith(" (2).xlsx") && names.get(1).length() == names.get(0).length(), names.get(1));
    }
}
