package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;

/** Which cell styles of styles.xml show numbers as dates. */
class CellFormatsTest {
    private static CellFormats read(String xml) {
        try (XmlCursor cursor = XmlCursor.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "book.xlsx", "xl/styles.xml", 1 << 20)) {
            return CellFormats.read(cursor);
        }
    }

    @Test
    void onlyTheCellXfsNumberFormatsCount() throws Exception {
        CellFormats formats = read("""
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                  <numFmts count="3">
                    <numFmt numFmtId="164" formatCode="#,##0"/>
                    <numFmt numFmtId="165" formatCode="[$-409]D/M;@"/>
                    <numFmt numFmtId="166" formatCode="&quot;€ &quot;#,##0;-&quot;€ &quot;#,##0"/>
                  </numFmts>
                  <cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>
                  <cellXfs count="8">
                    <xf numFmtId="0" xfId="1"/>
                    <xf numFmtId="164"/>
                    <xf numFmtId="165"/>
                    <xf numFmtId="14"/>
                    <xf numFmtId="10"/>
                    <xf numFmtId="166"/>
                    <xf numFmtId="31"/>
                    <xf/>
                  </cellXfs>
                  <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></dxf></dxfs>
                </styleSheet>
                """);
        boolean[] expected = {false, false, true, true, false, false, true, false};
        for (int style = 0; style < expected.length; style++) {
            assertTrue(formats.isDate(style) == expected[style], "style " + style);
        }
        assertFalse(formats.isDate(8), "a style the workbook does not have");
        assertFalse(formats.isDate(-1));
    }

    @Test
    void aBadFormatIdNamesFilePartAndLine() {
        InputException e = assertThrows(InputException.class,
                () -> read("<styleSheet>\n<cellXfs><xf numFmtId=\"x\"/></cellXfs></styleSheet>"));
        assertEquals("book.xlsx: corrupt .xlsx: xl/styles.xml, line 2: a number format has the id 'x', which is no number;"
                + " save it again from Excel or LibreOffice", e.getMessage());
    }
}
