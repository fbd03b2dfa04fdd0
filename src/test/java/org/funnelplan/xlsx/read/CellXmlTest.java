package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values of a sheet's XML as the schema defines them, and a cell as a message shows it. */
class CellXmlTest {
    @ParameterizedTest
    @CsvSource({"A1,0,0", "c27,26,2", "Z9,8,25", "AA10,9,26", "XFD1048576,1048575,16383"})
    void aCellReferenceIsItsRowAndColumn(String ref, int row, int col) {
        assertEquals(RawCell.key(row, col), CellXml.cellKey(ref));
        assertEquals(ref.toUpperCase(java.util.Locale.ROOT), CellXml.address(RawCell.key(row, col)));
    }

    /** NKJDCLBT would overflow an int to column 1584 were letters not capped at three. */
    @ParameterizedTest
    @CsvSource({"''", "A", "1", "A0", "A01", "XFE1", "A1048577", "AAAA1", "NKJDCLBT1", "A-1", "A1.5", "É1", "$A$1", "A 1"})
    void whatIsNoCellIsMinusOne(String ref) {
        assertEquals(-1, CellXml.cellKey(ref));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12|12", " 2.5 |2.5", "-0|-0.0", "+3|3", ".5|0.5", "5.|5", "1E5|100000", "-2.5e-3|-0.0025"})
    void aValueIsAnXsdDouble(String value, double number) {
        assertEquals(number, CellXml.number(value));
    }

    @ParameterizedTest
    @CsvSource({"NaN", "INF", "Infinity", "0x1p3", "1d", "1f", "1_000", "'1,5'", "''", "e5", "1e", "1e123456"})
    void aValueNoSpreadsheetWritesIsNaN(String value) {
        assertEquals(Double.NaN, CellXml.number(value));
    }

    @Test
    void aValueBeyondADoubleIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, CellXml.number("1e309"));
        assertEquals(Double.NEGATIVE_INFINITY, CellXml.number("-1e309"));
        assertEquals(Double.NaN, CellXml.number("1".repeat(401)), "more than 400 characters is not parsed");
    }

    @Test
    void anIndexIsDigitsOnly() {
        assertEquals(3, CellXml.index(" 3 "));
        assertEquals(0, CellXml.index("0"));
        assertEquals(-1, CellXml.index("-1"));
        assertEquals(-1, CellXml.index("1.0"));
        assertEquals(-1, CellXml.index("1234567890"));
    }

    @Test
    void aCellDescribesItsValueAsAUserReadsIt() {
        assertEquals("12", new RawCell(0, 0, RawCell.Kind.NUMBER, 12, null, -1, false, false).describe());
        assertEquals("2.5", new RawCell(0, 0, RawCell.Kind.NUMBER, 2.5, null, -1, false, false).describe());
        assertEquals("text 'twelve'", RawCell.blank(0, 0).withText("twelve").describe());
        assertEquals("text '" + "x".repeat(40) + "…'", RawCell.blank(0, 0).withText("x".repeat(41)).describe());
        assertEquals("TRUE", new RawCell(0, 0, RawCell.Kind.BOOLEAN, 1, null, -1, false, false).describe());
        assertEquals("the error #N/A", new RawCell(0, 0, RawCell.Kind.ERROR, 0, "#N/A", -1, false, false).describe());
        assertEquals("nothing", RawCell.blank(0, 0).describe());
    }

    @Test
    void onlyABlankOrSpacesTypedByHandAreEmpty() {
        assertEquals(true, RawCell.blank(3, 4).isEmpty());
        assertEquals(true, RawCell.blank(3, 4).withText(" \t").isEmpty());
        assertEquals(false, RawCell.blank(3, 4).withText("0").isEmpty());
        assertEquals(false, new RawCell(3, 4, RawCell.Kind.TEXT, 0, " ", -1, true, false).isEmpty(), "a formula's result is not typed");
        assertEquals(false, new RawCell(3, 4, RawCell.Kind.NUMBER, 0, null, -1, false, false).isEmpty());
    }
}
