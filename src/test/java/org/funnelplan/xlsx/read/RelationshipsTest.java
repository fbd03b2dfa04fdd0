package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hand-written {@code .rels} part: targets resolved against their source part (OPC, ECMA-376 part 2, 9.3). */
class RelationshipsTest {
    private static final String NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static Relationships read(String source, String rels) {
        try (XmlCursor xml = PartXml.cursor("xl/_rels/workbook.xml.rels", rels)) {
            return Relationships.read(xml, source);
        }
    }

    private static String refusal(String rels) {
        return assertThrows(InputException.class, () -> read("/xl/workbook.xml", rels)).getMessage();
    }

    @Test
    void eachRelationshipByIdWithItsTypeAndTargetPart() {
        Relationships rels = read("/xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId2" Type="%1$sstyles" Target="styles.xml"/>
                  <Relationship Id="rId1" Type=" %1$sworksheet " Target=" worksheets/sheet1.xml "/>
                  <Relationship Id="rId3" Type="%1$shyperlink" Target="https://example.com/a b" TargetMode="External"/>
                </Relationships>""".formatted(NS));
        assertEquals(new Relationships.Target(NS + "worksheet", "/xl/worksheets/sheet1.xml", false), rels.byId("rId1"));
        assertEquals(new Relationships.Target(NS + "styles", "/xl/styles.xml", false), rels.byId("rId2"));
        assertEquals(new Relationships.Target(NS + "hyperlink", null, true), rels.byId("rId3"));
        assertNull(rels.byId("rId4"));
        assertEquals(List.of(rels.byId("rId2"), rels.byId("rId1"), rels.byId("rId3")), rels.all(), "in the order of the part");
    }

    @Test
    void theFirstOfATypeIsFoundByTheEndOfItsTypeStrictOrTransitional() {
        Relationships rels = read("/", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties" Target="docProps/app.xml"/>\
                <Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/>\
                <Relationship Id="rId3" Type="%sofficeDocument" Target="xl/other.xml"/>\
                </Relationships>""".formatted(NS));
        assertEquals("/xl/workbook.xml", rels.ofType("/officeDocument").part());
        assertNull(rels.ofType("/styles"));
    }

    @ParameterizedTest
    @CsvSource({
        "/xl/workbook.xml, worksheets/sheet1.xml, /xl/worksheets/sheet1.xml",
        "/xl/worksheets/sheet1.xml, ../drawings/drawing1.xml, /xl/drawings/drawing1.xml",
        "/xl/worksheets/sheet1.xml, ../../../../x.xml, /x.xml",
        "/xl/workbook.xml, /xl/styles.xml, /xl/styles.xml",
        "/xl/workbook.xml, ./a/./b//c.xml, /xl/a/b/c.xml",
        "/, xl/workbook.xml, /xl/workbook.xml",
        "/xl/workbook.xml, worksheets/sheet%201.xml, /xl/worksheets/sheet 1.xml",
        "/xl/workbook.xml, worksheets/%C3%A9t%C3%A9.xml, /xl/worksheets/été.xml",
        "/xl/workbook.xml, worksheets/100%.xml, /xl/worksheets/100%.xml",
        "/xl/workbook.xml, worksheets/%zz.xml, /xl/worksheets/%zz.xml",
        "/xl/workbook.xml, sheet.xml#part, /xl/sheet.xml"})
    void aTargetIsResolvedAgainstTheFolderOfItsSource(String source, String target, String part) {
        assertEquals(part, Relationships.resolve(source, target));
    }

    @Test
    void aPartThatIsNoRelationshipsPartIsCorrupt() {
        assertEquals("book.xlsx: corrupt .xlsx: xl/_rels/workbook.xml.rels, line 1: the root element is <Types>, not <Relationships>;"
                + " save it again from Excel or LibreOffice", refusal("<Types/>"));
    }

    @Test
    void aRelationshipWithoutIdTypeOrTargetIsCorrupt() {
        for (String missing : List.of("<Relationship Type=\"t\" Target=\"a.xml\"/>", "<Relationship Id=\"rId1\" Target=\"a.xml\"/>",
                "<Relationship Id=\"rId1\" Type=\"t\"/>")) {
            assertEquals("book.xlsx: corrupt .xlsx: xl/_rels/workbook.xml.rels, line 1: a relationship lacks its Id, Type or Target;"
                    + " save it again from Excel or LibreOffice", refusal("<Relationships>" + missing + "</Relationships>"));
        }
    }

    @Test
    void anIdUsedTwiceIsCorrupt() {
        assertEquals("book.xlsx: corrupt .xlsx: xl/_rels/workbook.xml.rels, line 2: the relationship id rId1 is used twice;"
                + " save it again from Excel or LibreOffice", refusal("""
                <Relationships><Relationship Id="rId1" Type="t" Target="a.xml"/>
                <Relationship Id="rId1" Type="t" Target="b.xml"/></Relationships>"""));
    }

    @Test
    void elementsOtherThanRelationshipsAreIgnored() {
        Relationships rels = read("/xl/workbook.xml", "<Relationships><ext><Relationship Id=\"x\" Type=\"t\" Target=\"x\"/></ext>"
                + "<Relationship Id=\"rId1\" Type=\"t\" Target=\"a.xml\"/></Relationships>");
        assertEquals(List.of(new Relationships.Target("t", "/xl/a.xml", false)), rels.all());
    }
}
