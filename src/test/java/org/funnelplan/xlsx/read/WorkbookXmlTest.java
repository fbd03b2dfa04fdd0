package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.BiPredicate;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;

/** The sheets and the wanted defined names of a hand-written workbook.xml. */
class WorkbookXmlTest {
    private static final BiPredicate<String, Integer> ALL = (name, scope) -> true;

    private static WorkbookXml read(String xml, BiPredicate<String, Integer> keep) {
        try (XmlCursor cursor = PartXml.cursor("xl/workbook.xml", xml)) {
            return WorkbookXml.read(cursor, keep);
        }
    }

    private static String refusal(String xml) {
        return assertThrows(InputException.class, () -> read(xml, ALL)).getMessage();
    }

    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
              <workbookPr date1904="false"/>
              <sheets>
                <sheet name="Overview" sheetId="1" r:id="rId3"/>
                <sheet name="O'Neil &amp; Co" sheetId="7" state="hidden" r:id="rId4"/>
                <sheet name="funnelplan" sheetId="2" state="veryHidden" r:id="rId5"/>
              </sheets>
              <definedNames>
                <definedName name="Report_Month">'Overview'!$C$3</definedName>
                <definedName name="Rate_1" localSheetId="1"> 'O''Neil &amp; Co'!$C$5 </definedName>
                <definedName name="_xlnm.Print_Area" localSheetId="0">'Overview'!$A$1:$H$40</definedName>
                <definedName name="My_Own" localSheetId=" 2 " hidden="1">'funnelplan'!$A$1</definedName>
              </definedNames>
              <calcPr calcId="191029" fullCalcOnLoad="1"/>
            </workbook>""";

    @Test
    void theSheetsInOrderWithTheirRelationship() {
        assertEquals(List.of(new WorkbookXml.Sheet("Overview", "rId3"), new WorkbookXml.Sheet("O'Neil & Co", "rId4"),
                new WorkbookXml.Sheet("funnelplan", "rId5")), read(WORKBOOK, ALL).sheets());
    }

    @Test
    void eachNameWithItsScopeAndWhatItRefersToTrimmed() {
        assertEquals(List.of(new WorkbookXml.Name("Report_Month", -1, "'Overview'!$C$3"),
                new WorkbookXml.Name("Rate_1", 1, "'O''Neil & Co'!$C$5"),
                new WorkbookXml.Name("_xlnm.Print_Area", 0, "'Overview'!$A$1:$H$40"),
                new WorkbookXml.Name("My_Own", 2, "'funnelplan'!$A$1")), read(WORKBOOK, ALL).names());
    }

    @Test
    void onlyTheNamesTheCallerKeepsAreRead() {
        assertEquals(List.of(new WorkbookXml.Name("Rate_1", 1, "'O''Neil & Co'!$C$5")),
                read(WORKBOOK, (name, scope) -> name.startsWith("Rate_") && scope == 1).names());
        // A name not kept is skipped unread: its text may be longer than a kept one could be.
        String longName = WORKBOOK.replace("'Overview'!$C$3", "x".repeat(WorkbookXml.MAX_REFERS_TO + 1));
        assertEquals(3, read(longName, (name, scope) -> scope >= 0).names().size());
        String message = assertThrows(InputException.class, () -> read(longName, ALL)).getMessage();
        assertEquals("book.xlsx: refused: xl/workbook.xml <definedName> holds a text of more than 8,192 characters (line 10),"
                + " far more than a workbook from Excel or LibreOffice has", message);
    }

    @Test
    void aSheetIsFoundByItsNameIgnoringCase() {
        WorkbookXml workbook = read(WORKBOOK, ALL);
        assertEquals(1, workbook.sheetIndex("o'neil & CO"));
        assertEquals(2, workbook.sheetIndex("FunnelPlan"));
        assertEquals(-1, workbook.sheetIndex("Anna"));
    }

    @Test
    void theStrictRelationshipNamespaceIsReadToo() {
        WorkbookXml workbook = read("""
                <workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">\
                <sheets><sheet name="Anna" sheetId="1" r:id="rId1"/><sheet name="Bob" sheetId="2"/></sheets></workbook>""", ALL);
        assertEquals(List.of(new WorkbookXml.Sheet("Anna", "rId1"), new WorkbookXml.Sheet("Bob", null)), workbook.sheets());
    }

    @Test
    void aSheetWithoutNameOrTwoSheetsOfOneNameAreCorrupt() {
        assertEquals("book.xlsx: corrupt .xlsx: xl/workbook.xml, line 1: a sheet has no name; save it again from Excel or LibreOffice",
                refusal("<workbook><sheets><sheet name=\" \" sheetId=\"1\"/></sheets></workbook>"));
        assertEquals("book.xlsx: corrupt .xlsx: xl/workbook.xml, line 1: two sheets are named 'ANNA'; save it again from Excel or LibreOffice",
                refusal("<workbook><sheets><sheet name=\"Anna\"/><sheet name=\"ANNA\"/></sheets></workbook>"));
    }

    @Test
    void aNameScopedToASheetTheWorkbookDoesNotHaveIsCorrupt() {
        for (String scope : List.of("1", "-1", "x", "99999")) {
            assertEquals("book.xlsx: corrupt .xlsx: xl/workbook.xml, line 1: the defined name Rate_1 is scoped to sheet number " + scope
                    + ", which the workbook does not have; save it again from Excel or LibreOffice",
                    refusal("<workbook><sheets><sheet name=\"Anna\"/></sheets><definedNames><definedName name=\"Rate_1\" localSheetId=\""
                            + scope + "\">'Anna'!$A$1</definedName></definedNames></workbook>"));
        }
    }
}
