package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;

/**
 * The exact XML of the parts the stream writes itself, for a small case: a sheet's rows put into
 * its {@code <sheetData>} (every kind of cell, heights, hidden and grouped rows, the used range),
 * and the styles with the Normal cell style added. A writer rewritten for speed must keep every
 * byte of these parts; how they are zipped is its own business.
 */
class StreamingWorkbookTest {
    /** One cell of every kind {@link SheetRows} writes, in an order other than the sheet's, and a sheet without cells. */
    static Map<String, String> everyKindOfRow() throws IOException {
        return WrittenParts.of(new DefinedNames(), workbook -> {
            XSSFCellStyle percent = workbook.template().createCellStyle();
            percent.setDataFormat(workbook.template().createDataFormat().getFormat("0.0%"));
            int s = percent.getIndex();
            SheetRows rows = workbook.createSheet("Plan");
            rows.formula(2, 6, "A2<1", false, 0);
            rows.text(0, 0, "Plan 2027", s);
            rows.text(0, 1, " padded ", 0);
            rows.text(0, 2, "a&b<c>\"d\"\ttab\nline\r\u00a0\u0001", 0);
            rows.text(0, 3, "_x0041_", 0);
            rows.text(0, 4, null, s);
            rows.height(0, 30);
            rows.number(1, 0, 12, 0);
            rows.number(1, 1, 2.5, s);
            rows.number(1, 2, -3, 0);
            rows.number(1, 3, 1e15, 0);
            rows.number(1, 4, 0.1 + 0.2, 0);
            rows.blank(1, 5, s);
            rows.formula(2, 0, "SUM(A2:E2)", 11.5, s);
            rows.formula(2, 1, "A2/0", Double.NaN, 0);
            rows.formula(2, 2, "IF(A2>1,\"many\",\"few\")", "many", 0);
            rows.formula(2, 3, "IF(A2>1,\"\",\"few\")", "", 0);
            rows.formula(2, 4, "B1&\"x\"", (String) null, 0);
            rows.formula(2, 5, "A2>1", true, 0);
            rows.hide(4);
            rows.group(5);
            rows.height(5, 12.75f);
            rows.group(6);
            rows.group(6);
            rows.hide(6);
            rows.number(6, 1, 7, 0);
            workbook.createSheet("Empty");
        });
    }

    @Test
    void aSheetsRowsGoIntoItsSheetDataWithEveryKindOfCell() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:G7"/>\
                <sheetViews><sheetView workbookViewId="0" tabSelected="true"/></sheetViews>\
                <sheetFormatPr defaultRowHeight="15.0" outlineLevelRow="2"/><sheetData><row r="1" customHeight="1" ht="30.0">\
                <c r="A1" s="1" t="inlineStr"><is><t>Plan 2027</t></is></c><c r="B1" t="inlineStr"><is>\
                <t xml:space="preserve"> padded </t></is></c><c r="C1" t="inlineStr"><is>\
                <t>a&amp;b&lt;c&gt;&quot;d&quot;&#x9;tab&#xa;line&#xd;&#xa0;?</t></is></c><c r="D1" t="inlineStr"><is>\
                <t>_x005F_x0041_</t></is></c><c r="E1" s="1"/></row>
                <row r="2"><c r="A2"><v>12</v></c><c r="B2" s="1"><v>2.5</v></c><c r="C2"><v>-3</v></c><c r="D2"><v>1.0E15</v>\
                </c><c r="E2"><v>0.30000000000000004</v></c><c r="F2" s="1"/></row>
                <row r="3"><c r="A3" s="1"><f>SUM(A2:E2)</f><v>11.5</v></c><c r="B3"><f>A2/0</f></c><c r="C3" t="str">\
                <f>IF(A2&gt;1,&quot;many&quot;,&quot;few&quot;)</f><v>many</v></c><c r="D3" t="str">\
                <f>IF(A2&gt;1,&quot;&quot;,&quot;few&quot;)</f></c><c r="E3" t="str"><f>B1&amp;&quot;x&quot;</f></c>\
                <c r="F3" t="b"><f>A2&gt;1</f><v>1</v></c><c r="G3" t="b"><f>A2&lt;1</f><v>0</v></c></row>
                <row r="5" hidden="1"></row>
                <row r="6" customHeight="1" ht="12.75" outlineLevel="1"></row>
                <row r="7" hidden="1" outlineLevel="2"><c r="B7"><v>7</v></c></row>
                </sheetData><pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" top="0.75"/></worksheet>\
                """,
                everyKindOfRow().get("xl/worksheets/sheet1.xml"));
    }

    @Test
    void aSheetWithoutCellsKeepsA1AsItsRangeAndAnEmptySheetData() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetViews>\
                <sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15.0"/><sheetData></sheetData>\
                <pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" top="0.75"/></worksheet>\
                """,
                everyKindOfRow().get("xl/worksheets/sheet2.xml"));
    }

    @Test
    void theStylesGetExcelsNormalCellStyleAfterTheCellFormats() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1">\
                <numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11.0"/><color indexed="8"/>\
                <name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill>\
                <patternFill patternType="none"/></fill><fill><patternFill patternType="darkGray"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1">\
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2">\
                <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="true"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>\
                """,
                everyKindOfRow().get("xl/styles.xml"));
    }

    @Test
    void stylesThatNameTheirCellStylesAreLeftAsTheyAre() {
        String named = "<styleSheet><cellXfs count=\"1\"><xf/></cellXfs><cellStyles count=\"1\"><cellStyle name=\"Own\" xfId=\"0\"/>"
                + "</cellStyles></styleSheet>";
        assertSame(named, StreamingWorkbook.withNormalStyle(named));
        assertThrows(IllegalStateException.class, () -> StreamingWorkbook.withNormalStyle("<styleSheet/>"));
    }

    /**
     * Two sheets written row by row in turn, each row's second cell five rows late: rows leave the
     * window of ten out of order, the sheets' pieces alternate in the one store, and 5 MB of rows
     * (text of two- and three-byte characters) go past what the store keeps in memory.
     */
    @Test
    void rowsPastTheWindowAndTheStoresMemoryComeBackWholeAndInOrder() throws IOException {
        int count = 30_000;
        Map<String, String> parts = WrittenParts.of(new DefinedNames(), workbook -> {
            SheetRows[] sheets = {workbook.createSheet("North"), workbook.createSheet("South")};
            for (int row = 0; row < count + 5; row++) {
                for (SheetRows sheet : sheets) {
                    if (row < count) {
                        sheet.text(row, 0, rowText(sheet.sheet().getSheetName(), row), 0);
                    }
                    if (row >= 5) {
                        sheet.number(row - 5, 1, (row - 5) * 0.5, 0);
                    }
                }
            }
        });
        for (String sheet : new String[] {"North", "South"}) {
            StringBuilder expected = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:B30000\"/>"
                    + "<sheetViews><sheetView workbookViewId=\"0\"" + (sheet.equals("North") ? " tabSelected=\"true\"" : "")
                    + "/></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData>");
            for (int row = 0; row < count; row++) {
                String r = Integer.toString(row + 1);
                expected.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>")
                        .append(rowText(sheet, row)).append("</t></is></c><c r=\"B").append(r).append("\"><v>")
                        .append(row % 2 == 0 ? Integer.toString(row / 2) : Double.toString(row * 0.5)).append("</v></c></row>\n");
            }
            expected.append("</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
                    + " top=\"0.75\"/></worksheet>");
            String part = parts.get(sheet.equals("North") ? "xl/worksheets/sheet1.xml" : "xl/worksheets/sheet2.xml");
            assertEquals(expected.length(), part.length(), sheet);
            assertEquals(expected.toString(), part, sheet);
        }
    }

    private static String rowText(String sheet, int row) {
        return "rij " + (row + 1) + " van " + sheet + " — € é";
    }
}
