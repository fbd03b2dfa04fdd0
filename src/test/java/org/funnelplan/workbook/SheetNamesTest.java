package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rep names Excel would not take as a sheet name become one it takes, and stay recognisable. */
class SheetNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Maximiliaan van Oldenbarnevelt' Jr | Maximiliaan van Oldenbarnevelt",
        "'Quoted'                          | Quoted",
        "Anna [Noord]: *?/\\                | Anna Noord",
        "History                           | History (2)",
        "\"Tab\there\"                     | Tab here",
        "Code_x0041_ Rep                   | Codex0041_ Rep",
        "_x0041__x0042_                    | x0041x0042_",
        "Tab_xyz _x12_ _x004G_             | Tab_xyz _x12_ _x004G_",
        "Ölçü 😀 Jansen-Van Der Berghe-Smit | Ölçü 😀 Jansen-Van Der Berghe-S",
    })
    void aRepNameBecomesASheetNameExcelTakes(String rep, String expected) {
        String name = new SheetNames("Overview", "Assumptions").forRep(rep);
        assertEquals(expected, name);
        assertNull(problem(name), name);
    }

    @Test
    void aNumberedSecondNameIsCutBeforeItsSuffixAndLosesTheApostropheTheCutLeaves() {
        SheetNames names = new SheetNames();
        assertEquals("Maximiliaan van Oldenbarnevelt", names.forRep("Maximiliaan van Oldenbarnevelt' Jr"));
        String second = names.forRep("Maximiliaan van Oldenbarnevelt' Sr");
        assertEquals("Maximiliaan van Oldenbarnev (2)", second);
        assertEquals("Maximiliaan van Oldenbarne' Jr", names.forRep("Maximiliaan van Oldenbarne' Jr A"));
        String fourth = names.forRep("Maximiliaan van Oldenbarne' Jr B");
        assertEquals("Maximiliaan van Oldenbarne (2)", fourth);
        assertNull(problem(fourth), fourth);
    }

    /** What POI checks (Excel's rules) plus Excel's reserved "History". */
    private static String problem(String name) {
        try {
            WorkbookUtil.validateSheetName(name);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return name.equalsIgnoreCase("History") ? "reserved" : null;
    }
}
