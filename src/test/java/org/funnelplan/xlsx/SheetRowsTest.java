package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;
import org.funnelplan.contract.Capacity;

class SheetRowsTest {
    private static String xml(SheetRows rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rows.copyTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesCellsInRowAndColumnOrderWhateverOrderTheyCameIn() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("s"), store, 10);
            rows.number(1, 2, 2.5, 3);
            rows.text(0, 0, "Plan", 0);
            rows.formula(1, 0, "SUM(B1:B2)", 12, 4);
            rows.blank(1, 1, 5);
            assertEquals("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Plan</t></is></c></row>\n"
                    + "<row r=\"2\"><c r=\"A2\" s=\"4\"><f>SUM(B1:B2)</f><v>12</v></c><c r=\"B2\" s=\"5\"/>"
                    + "<c r=\"C2\" s=\"3\"><v>2.5</v></c></row>\n", xml(rows));
        }
    }

    @Test
    void escapesTextAsExcelReadsIt() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("s"), store, 10);
            rows.text(0, 0, " A&B <\"x\">\tline\nnext\u0001", 0);
            rows.formula(0, 1, "IF(A1=\"\",\"none\",A1)", "a<b", 0);
            rows.formula(0, 2, "A1>0", true, 0);
            rows.text(0, 3, null, 0);
            rows.formula(0, 4, "IF(A1=1,\"x\",\"\")", "", 0);
            assertEquals("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                    + " A&amp;B &lt;&quot;x&quot;&gt;&#x9;line&#xa;next?</t></is></c>"
                    + "<c r=\"B1\" t=\"str\"><f>IF(A1=&quot;&quot;,&quot;none&quot;,A1)</f><v>a&lt;b</v></c>"
                    + "<c r=\"C1\" t=\"b\"><f>A1&gt;0</f><v>1</v></c><c r=\"D1\"/>"
                    + "<c r=\"E1\" t=\"str\"><f>IF(A1=1,&quot;x&quot;,&quot;&quot;)</f></c></row>\n", xml(rows));
        }
    }

    @Test
    void escapesALiteralExcelEscapeInTextButNotInFormulas() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("s"), store, 10);
            rows.text(0, 0, "code_x0041_ _x12_", 0);
            rows.formula(0, 1, "\"_x0041_\"", "_x0041_", 0);
            assertEquals("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>code_x005F_x0041_ _x12_</t></is></c>"
                    + "<c r=\"B1\" t=\"str\"><f>&quot;_x0041_&quot;</f><v>_x005F_x0041_</v></c></row>\n", xml(rows));
        }
    }

    @Test
    void aCellPastExcelsLastRowOrColumnIsRefusedNamingTheSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("Assumptions"), store, 10);
            rows.text(Capacity.EXCEL_ROWS - 1, Capacity.EXCEL_COLUMNS - 1, "the last cell", 0);
            InputException row = assertThrows(InputException.class, () -> rows.number(Capacity.EXCEL_ROWS, 0, 1, 0));
            assertEquals("the plan: sheet 'Assumptions' would need row 1,048,577, past Excel's 1,048,576; split the plan", row.getMessage());
            InputException col = assertThrows(InputException.class, () -> rows.number(0, Capacity.EXCEL_COLUMNS, 1, 0));
            assertEquals("the plan: sheet 'Assumptions' would need column 16,385, past Excel's 16,384; split the plan", col.getMessage());
        }
    }

    @Test
    void keepsRowHeightsOutlinesAndHiddenRows() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("s"), store, 10);
            rows.height(0, 40);
            rows.group(1);
            rows.hide(1);
            assertEquals("<row r=\"1\" customHeight=\"1\" ht=\"40.0\"></row>\n"
                    + "<row r=\"2\" hidden=\"1\" outlineLevel=\"1\"></row>\n", xml(rows));
            assertEquals(1, rows.sheet().getCTWorksheet().getSheetFormatPr().getOutlineLevelRow());
        }
    }

    @Test
    void aRowThatLeftTheWindowCannotBeWrittenAgain() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("s"), store, 2);
            for (int row = 0; row < 5; row++) {
                rows.number(row, 0, row, 0);
            }
            rows.number(3, 1, 1, 0); // still open
            assertThrows(IllegalStateException.class, () -> rows.number(1, 1, 1, 0));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
