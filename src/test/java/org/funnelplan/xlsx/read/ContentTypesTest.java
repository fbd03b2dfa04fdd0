package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;

/** What a hand-written {@code [Content_Types].xml} says each part is. */
class ContentTypesTest {
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private static ContentTypes read(String xml) {
        try (XmlCursor cursor = PartXml.cursor("[Content_Types].xml", xml)) {
            return ContentTypes.read(cursor);
        }
    }

    private static final ContentTypes TYPES = read("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="XML" ContentType=" application/xml "/>
              <Override PartName="/xl/Workbook.xml" ContentType="%s"/>
              <Override PartName="/xl/workbook.xml" ContentType="text/plain"/>
              <Override PartName="/xl/broken.xml"/>
              <Default ContentType="image/png"/>
            </Types>""".formatted(MAIN));

    @Test
    void anOverrideForThePartComesBeforeTheDefaultForItsExtension() {
        assertEquals(MAIN, TYPES.of("/xl/workbook.xml"));
        assertEquals("application/xml", TYPES.of("/xl/styles.xml"));
        assertEquals("application/vnd.openxmlformats-package.relationships+xml", TYPES.of("/_rels/.rels"));
    }

    @Test
    void namesAndExtensionsCompareIgnoringCaseAndTheFirstEntryForANameCounts() {
        assertEquals(MAIN, TYPES.of("/XL/WORKBOOK.XML"));
        assertEquals("application/xml", TYPES.of("/xl/Styles.Xml"));
    }

    @Test
    void aPartWithoutATypeHasNone() {
        assertNull(TYPES.of("/xl/media/image1.png"), "a Default without Extension gives no type");
        assertNull(TYPES.of("/xl.d/noextension"), "the dot is the folder's");
        assertEquals("application/xml", TYPES.of("/xl/broken.xml"), "an Override without ContentType leaves the Default");
    }

    @Test
    void aPartThatIsNoContentTypesPartIsCorrupt() {
        InputException e = assertThrows(InputException.class, () -> read("<Relationships/>"));
        assertEquals("book.xlsx: corrupt .xlsx: [Content_Types].xml, line 1: the root element is <Relationships>, not <Types>;"
                + " save it again from Excel or LibreOffice", e.getMessage());
    }
}
