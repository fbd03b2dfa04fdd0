package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The defined names as they are written into workbook.xml ({@link DefinedNames}, {@link DefinedNamesInjector}): exact XML. */
class DefinedNamesTest {
    /**
     * Workbook and sheet scope, a cell and a row of twelve, print titles of columns and rows or of
     * rows only, a print area of two ranges; the print titles and area given nothing add no name.
     */
    @Test
    void everyKindOfNameIsWrittenAfterTheSheetsInTheOrderGiven() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>\
                <sheet name="O'Neil &amp; Co" r:id="rId3" sheetId="1"/><sheet name="Meta" r:id="rId4" sheetId="2"/></sheets>\
                <definedNames><definedName name="Plan_id">'Meta'!$B$1</definedName>\
                <definedName name="Rate_1" localSheetId="0">'O''Neil &amp; Co'!$C$5</definedName>\
                <definedName name="Plan_1_M" localSheetId="0">'O''Neil &amp; Co'!$E$15:$P$15</definedName>\
                <definedName name="_xlnm.Print_Titles" localSheetId="0">'O''Neil &amp; Co'!$A:$B,'O''Neil &amp; Co'!$1:$3</definedName>\
                <definedName name="_xlnm.Print_Titles" localSheetId="1">'Meta'!$1:$2</definedName>\
                <definedName name="_xlnm.Print_Area" localSheetId="1">'Meta'!$A$1:$D$10,'Meta'!$F$1:$H$10</definedName>\
                </definedNames></workbook>\
                """,
                PackageWriterTest.smallWorkbook().get("xl/workbook.xml"));
    }

    @Test
    void aWorkbookWithoutNamesHasNoDefinedNamesElement() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>\
                <sheet name="Only" r:id="rId3" sheetId="1"/></sheets></workbook>\
                """,
                WrittenParts.of(new DefinedNames(), workbook -> workbook.createSheet("Only")).get("xl/workbook.xml"));
    }

    @Test
    void theNamesFollowTheNamespacePrefixOfTheSheetsElement() {
        String workbook = "<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:sheets><x:sheet name=\"A&amp;B\"/></x:sheets><x:calcPr/></x:workbook>";
        assertEquals("<x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<x:sheets><x:sheet name=\"A&amp;B\"/></x:sheets><x:definedNames>"
                + "<x:definedName name=\"Won_1\" localSheetId=\"0\">'A&amp;B'!$B$2</x:definedName>"
                + "<x:definedName name=\"Plan_id\">'A&amp;B'!$A$1</x:definedName></x:definedNames><x:calcPr/></x:workbook>",
                DefinedNamesInjector.withNames(workbook, List.of(new DefinedName("Won_1", 0, "'A&B'!$B$2"),
                        new DefinedName("Plan_id", -1, "'A&B'!$A$1"))));
    }

    @Test
    void noNamesLeaveTheWorkbookAsItWas() {
        String workbook = "<workbook><sheets><sheet name=\"A\"/></sheets></workbook>";
        assertEquals(workbook, DefinedNamesInjector.withNames(workbook, List.of()));
    }

    @Test
    void aWorkbookThatHasNamesAlreadyIsRefused() {
        List<DefinedName> one = List.of(new DefinedName("Plan_id", -1, "'A'!$A$1"));
        assertThrows(IllegalStateException.class, () -> DefinedNamesInjector.withNames(
                "<workbook><sheets><sheet name=\"A\"/></sheets><definedNames><definedName name=\"x\">1</definedName></definedNames></workbook>", one));
    }
}
