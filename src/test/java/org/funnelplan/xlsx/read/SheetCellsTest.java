package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.funnelplan.model.InputException;
import org.funnelplan.xlsx.read.RawCell.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wanted cells of a hand-written worksheet part: each kind of value, as spreadsheets write them, and what is refused. */
class SheetCellsTest {
    private static final String STYLES = """
            <styleSheet><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>""";

    private static Map<Long, RawCell> read(String sheetData, SheetCells.Wanted wanted) {
        CellFormats formats;
        try (XmlCursor xml = PartXml.cursor("xl/styles.xml", STYLES)) {
            formats = CellFormats.read(xml);
        }
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1\"/>"
                + "<sheetData>" + sheetData + "</sheetData><pageMargins left=\"0.7\"/></worksheet>";
        try (XmlCursor xml = PartXml.cursor("xl/worksheets/sheet1.xml (sheet Anna)", sheet)) {
            return new TreeMap<>(SheetCells.read(xml, wanted, formats));
        }
    }

    /** Every cell of the first ten columns. */
    private static Map<Long, RawCell> read(String sheetData) {
        return read(sheetData, SheetCells.columns(10, 1000));
    }

    private static String refusal(String sheetData) {
        return assertThrows(InputException.class, () -> read(sheetData)).getMessage();
    }

    private static RawCell cell(int row, int col, Kind kind, double number, String text, int sharedString, boolean formula) {
        return new RawCell(row, col, kind, number, text, sharedString, formula, false);
    }

    private static Map<Long, RawCell> byKey(RawCell... cells) {
        Map<Long, RawCell> map = new TreeMap<>();
        for (RawCell c : cells) {
            map.put(RawCell.key(c.row(), c.col()), c);
        }
        return map;
    }

    @Test
    void eachKindOfValueAsExcelAndLibreOfficeWriteIt() {
        assertEquals(byKey(
                        cell(0, 0, Kind.NUMBER, 12, null, -1, false),
                        cell(0, 1, Kind.NUMBER, -2.5e-3, null, -1, false),
                        cell(0, 2, Kind.SHARED_STRING, 0, null, 7, false),
                        cell(0, 3, Kind.TEXT, 0, "Jan de Vries", -1, false),
                        cell(0, 4, Kind.BOOLEAN, 1, null, -1, false),
                        cell(0, 5, Kind.BOOLEAN, 0, null, -1, false),
                        cell(0, 6, Kind.ERROR, 0, "#DIV/0!", -1, false),
                        cell(0, 7, Kind.BLANK, 0, null, -1, false),
                        cell(0, 8, Kind.TEXT, 0, "2027-03-04T00:00:00", -1, false),
                        new RawCell(0, 9, Kind.NUMBER, 46085, null, -1, false, true)),
                read("""
                        <row r="1" spans="1:10"><c r="A1"><v>12</v></c><c r="B1" t="n"><v> -2.5E-3 </v></c>\
                        <c r="C1" t="s"><v>7</v></c><c r="D1" t="inlineStr"><is><r><t>Jan </t></r><r><t>de Vries</t></r></is></c>\
                        <c r="E1" t="b"><v>1</v></c><c r="F1" t="b"><v>false</v></c><c r="G1" t="e"><v>#DIV/0!</v></c>\
                        <c r="H1" s="1"/><c r="I1" t="d"><v>2027-03-04T00:00:00</v></c><c r="J1" s="1"><v>46085</v></c></row>"""));
    }

    @Test
    void aFormulaCellHoldsItsCachedValueAndSaysAFormulaMadeIt() {
        assertEquals(byKey(
                        cell(0, 0, Kind.NUMBER, 11.5, null, -1, true),
                        cell(0, 1, Kind.TEXT, 0, "many", -1, true),
                        cell(0, 2, Kind.BOOLEAN, 1, null, -1, true),
                        cell(0, 3, Kind.ERROR, 0, "#REF!", -1, true),
                        cell(0, 4, Kind.BLANK, 0, null, -1, true),
                        cell(0, 5, Kind.NUMBER, 3, null, -1, true)),
                read("""
                        <row r="1"><c r="A1"><f>SUM(B2:E2)</f><v>11.5</v></c>\
                        <c r="B1" t="str"><f>IF(A2&gt;1,"many","few")</f><v>many</v></c>\
                        <c r="C1" t="b"><f>A2&gt;1</f><v>1</v></c><c r="D1" t="e"><f>#REF!+1</f><v>#REF!</v></c>\
                        <c r="E1"><f>A2/0</f></c><c r="F1"><f t="shared" ref="F1:F3" si="0"/><v>3</v></c></row>"""));
        assertEquals(byKey(cell(0, 0, Kind.BLANK, 0, null, -1, true), cell(0, 1, Kind.TEXT, 0, "", -1, true)),
                read("<row r=\"1\"><c r=\"A1\"><f>B1*2</f><v></v></c><c r=\"B1\" t=\"str\"><f>\"\"</f><v></v></c></row>"),
                "an empty <v> (openpyxl) is no result; a formula's empty text is text");
    }

    @Test
    void excelsEscapesAreDecodedInInlineAndFormulaTextButNotInDates() {
        assertEquals(byKey(
                        cell(0, 0, Kind.TEXT, 0, "Jan_x0041_Vries", -1, false),
                        cell(0, 1, Kind.TEXT, 0, "Noord\r", -1, true),
                        cell(0, 2, Kind.TEXT, 0, "2027-03-04T00:00:00", -1, false)),
                read("""
                        <row r="1"><c r="A1" t="inlineStr"><is><t>Jan_x005F_x0041_Vries</t></is></c>\
                        <c r="B1" t="str"><f>A1</f><v>Noord_x000D_</v></c><c r="C1" t="d"><v>2027-03-04T00:00:00</v></c></row>"""));
    }

    @Test
    void rowsAndCellsWithoutAReferenceFollowTheOneBefore() {
        assertEquals(byKey(
                        cell(0, 0, Kind.NUMBER, 1, null, -1, false),
                        cell(0, 1, Kind.NUMBER, 2, null, -1, false),
                        cell(1, 0, Kind.NUMBER, 3, null, -1, false),
                        cell(3, 2, Kind.NUMBER, 4, null, -1, false),
                        cell(3, 3, Kind.NUMBER, 5, null, -1, false)),
                read("<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>"
                        + "<row r=\"4\"><c r=\"C4\"><v>4</v></c><c><v>5</v></c></row>"));
    }

    @Test
    void anInlineStringWithoutTextIsEmptyTextAndSpacesAreNothingTyped() {
        Map<Long, RawCell> cells = read("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"/><c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + "   </t></is></c></row>");
        assertEquals(byKey(cell(0, 0, Kind.TEXT, 0, "", -1, false), cell(0, 1, Kind.TEXT, 0, "   ", -1, false)), cells);
        assertEquals(List.of(true, true), cells.values().stream().map(RawCell::isEmpty).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<v>NaN</v>|NOT_A_NUMBER|NaN|'NaN', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "<v>0x1p3</v>|NOT_A_NUMBER|0x1p3|'0x1p3', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "<v>Infinity</v>|NOT_A_NUMBER|Infinity|'Infinity', which is not a number a spreadsheet writes (a damaged or edited file?)",
        "<v>1e309</v>|BEYOND_A_SPREADSHEET|1e309|'1e309', a number beyond what a spreadsheet can hold",
        "<v>12 apples</v>|NOT_A_NUMBER|12 apples|'12 apples', which is not a number a spreadsheet writes (a damaged or edited file?)"})
    void aNumberNoSpreadsheetWritesIsUnreadableNotAnError(String value, RawCell.Unreadable why, String held, String what) {
        Map<Long, RawCell> cells = read("<row r=\"1\"><c r=\"A1\">" + value + "</c></row>");
        assertEquals(byKey(RawCell.unreadable(0, 0, why, held, false)), cells);
        assertEquals(what, cells.values().iterator().next().describe());
    }

    @Test
    void aBadSharedStringNumberOrBooleanIsUnreadable() {
        assertEquals(byKey(
                        RawCell.unreadable(0, 0, RawCell.Unreadable.NOT_A_STRING_NUMBER, "x", false),
                        RawCell.unreadable(0, 1, RawCell.Unreadable.NOT_TRUE_OR_FALSE, "yes", true)),
                read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>x</v></c><c r=\"B1\" t=\"b\"><f>1=1</f><v>yes</v></c></row>"));
    }

    @Test
    void onlyTheWantedCellsAreKeptAndRowsAfterTheLastWantedOneAreNotRead() {
        // Row 3 holds a type no spreadsheet writes: read, it would stop the file.
        Map<Long, RawCell> cells = read("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>3</v></c></row><row r=\"3\"><c r=\"A3\" t=\"nonsense\"><v>4</v></c></row>",
                SheetCells.cells(Set.of(RawCell.key(0, 1), RawCell.key(1, 0))));
        assertEquals(byKey(cell(0, 1, Kind.NUMBER, 2, null, -1, false), cell(1, 0, Kind.NUMBER, 3, null, -1, false)), cells);
        assertEquals(Map.of(), read("<row r=\"1\"><c r=\"A1\" t=\"nonsense\"/></row>", SheetCells.cells(Set.of())));
    }

    @Test
    void moreWantedCellsThanTheReaderTakesAreRefused() {
        String message = assertThrows(InputException.class,
                () -> read("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c></row>",
                        SheetCells.columns(10, 2))).getMessage();
        assertEquals("book.xlsx: refused: xl/worksheets/sheet1.xml (sheet Anna) has more than 2 cells where funnelplan reads (line 1),"
                + " far more than a workbook from Excel or LibreOffice has", message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<row r='0'/>|a row is numbered '0', which is no row number",
        "<row r='1048577'/>|a row is numbered '1048577', which is no row number",
        "<row r='2'/><row r='2'/>|row 2 comes after row 2 (rows out of order)",
        "<row r='3'/><row r='2'/>|row 2 comes after row 3 (rows out of order)",
        "<row r='1'><c r='1A'/></row>|a cell has the reference '1A', which is no cell",
        "<row r='1'><c r='XFE1'/></row>|a cell has the reference 'XFE1', which is no cell",
        "<row r='1'><c r='A2'/></row>|the cell A2 sits in row 1",
        "<row r='1'><c r='B1'/><c r='A1'/></row>|the cell A1 comes after B1 (cells out of order)",
        "<row r='1'><c r='B1'/><c r='B1'/></row>|the cell B1 comes after B1 (cells out of order)",
        "<row r='1'><c r='A1' s='x'/></row>|the cell A1 has the style 'x', which is no style number",
        "<row r='1'><c r='A1' t='date'><v>1</v></c></row>|the cell A1 has the type 'date', which no spreadsheet writes"})
    void whatNoSpreadsheetWritesStopsTheFileNamingPartAndLine(String sheetData, String problem) {
        assertEquals("book.xlsx: corrupt .xlsx: xl/worksheets/sheet1.xml (sheet Anna), line 1: " + problem
                + "; save it again from Excel or LibreOffice", refusal(sheetData.replace('\'', '"')));
    }
}
