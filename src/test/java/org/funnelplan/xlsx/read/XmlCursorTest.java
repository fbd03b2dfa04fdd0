package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;

/** The re-import's one XML reader: what it refuses, with which words, and that it keeps nothing it was not asked for. */
class XmlCursorTest {
    private static XmlCursor cursor(String xml, long maxBytes) {
        return XmlCursor.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "book.xlsx", "xl/part.xml", maxBytes);
    }

    /** Reads every start tag and the text of each {@code <t>}. */
    private static List<String> readAll(XmlCursor xml) {
        List<String> seen = new ArrayList<>();
        while (xml.next(0)) {
            seen.add(xml.name().equals("t") ? "t=" + xml.text(100) : xml.name() + "@" + xml.depth());
        }
        return seen;
    }

    private static String refusal(String xml) {
        return assertThrows(InputException.class, () -> readAll(cursor(xml, 1 << 30))).getMessage();
    }

    @Test
    void walksStartTagsWithTheirDepthAndText() {
        assertEquals(List.of("a@1", "b@2", "t=x &amp; y", "c@2"),
                readAll(cursor("<?xml version=\"1.0\"?><a><b><t>x &amp;amp; y</t></b><!-- note --><c/></a>", 1000)));
    }

    @Test
    void nextWithinStopsAtTheEndOfThatElement() {
        XmlCursor xml = cursor("<a><b><c/><d/></b><e/></a>", 1000);
        assertTrue(xml.next(0));
        assertTrue(xml.next(1));
        assertEquals("b", xml.name());
        List<String> inB = new ArrayList<>();
        while (xml.next(2)) {
            inB.add(xml.name());
        }
        assertEquals(List.of("c", "d"), inB);
        assertTrue(xml.next(1));
        assertEquals("e", xml.name());
        assertFalse(xml.next(1));
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l \"lol\"><!ENTITY l2 \"&l;&l;&l;&l;&l;\">]><a>&l2;</a>";
        assertEquals("book.xlsx: refused: xl/part.xml declares a DOCTYPE, which no workbook from Excel or LibreOffice has (a damaged or tampered file)",
                refusal(laughs));
    }

    @Test
    void malformedXmlNamesThePartAndLine() {
        String message = refusal("<a>\n<b></a>");
        assertTrue(message.startsWith("book.xlsx: corrupt .xlsx: xl/part.xml is not well-formed XML, line 2 ("), message);
        assertTrue(message.endsWith("; save it again from Excel or LibreOffice"), message);
    }

    @Test
    void anUndeclaredEntityIsMalformed() {
        assertTrue(refusal("<a>&nbsp;</a>").startsWith("book.xlsx: corrupt .xlsx: xl/part.xml is not well-formed XML"));
    }

    @Test
    void textCommentAndAttributeSizesAreCapped() {
        // Woodstox checks as its buffer grows: a skipped comment is refused by twice the ceiling at the latest.
        String big = "x ".repeat(XmlCursor.MAX_TEXT + 10);
        for (String xml : List.of("<a>" + big + "</a>", "<a><!--" + big + "--></a>", "<a><![CDATA[" + big + "]]></a>")) {
            String message = refusal(xml);
            assertTrue(message.startsWith("book.xlsx: refused: xl/part.xml holds a text, comment or CDATA section of more than 1,048,576 characters"), message);
        }
        assertTrue(refusal("<a b=\"" + "x ".repeat(XmlCursor.MAX_ATTRIBUTE) + "\"/>")
                .startsWith("book.xlsx: refused: xl/part.xml holds an attribute value of more than 65,536 characters"));
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i <= XmlCursor.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        assertTrue(refusal(many + "/>").startsWith("book.xlsx: refused: xl/part.xml holds a tag with more than 100 attributes"));
        assertTrue(refusal("<a>".repeat(XmlCursor.MAX_DEPTH + 1)).startsWith("book.xlsx: refused: xl/part.xml nests elements more than 64 deep"));
    }

    @Test
    void aNameLongerThanTheTokenCeilingIsRefusedBeforeTheParserHoldsIt() {
        // Woodstox holds a name whole: a 300 MB element name ran out of a 256 MB heap.
        InputStream head = new ByteArrayInputStream("<a><".getBytes(StandardCharsets.US_ASCII));
        InputStream name = new InputStream() {
            private long left = 3L * XmlCursor.MAX_TOKEN;

            @Override
            public int read() {
                return left-- > 0 ? 'n' : -1;
            }
        };
        XmlCursor xml = XmlCursor.open(new SequenceInputStream(Collections.enumeration(List.of(head, name))), "book.xlsx", "xl/part.xml", 1L << 30);
        String message = assertThrows(InputException.class, () -> readAll(xml)).getMessage();
        assertEquals("book.xlsx: refused: xl/part.xml holds a name or word of more than 1,048,576 characters, far more than a workbook from Excel or LibreOffice has",
                message);
    }

    @Test
    void aPartLargerThanItsCeilingIsRefused() {
        String message = assertThrows(InputException.class, () -> readAll(cursor("<a>" + "<b/>".repeat(1000) + "</a>", 1000))).getMessage();
        assertEquals("book.xlsx: refused: xl/part.xml is larger than 1,000 bytes uncompressed, far more than a workbook from Excel or LibreOffice has",
                message);
    }

    @Test
    void aTextLongerThanTheCallerAllowsIsRefused() {
        XmlCursor xml = cursor("<a>" + "x".repeat(101) + "</a>", 1000);
        assertTrue(xml.next(0));
        String message = assertThrows(InputException.class, () -> xml.text(100)).getMessage();
        assertTrue(message.startsWith("book.xlsx: refused: xl/part.xml <a> holds a text of more than 100 characters"), message);
    }

    @Test
    void sharedStringsKeepOnlyTheWantedEntriesWithoutTheirPhoneticGuide() {
        String sst = "<sst><si><t>zero</t></si><si><r><t>o</t></r><r><t>ne</t></r><rPh><t>wan</t></rPh></si><si><t>" + "x".repeat(2000)
                + "</t></si><si><t>three</t></si></sst>";
        Map<Integer, String> found = SharedStrings.read(cursor(sst, 1 << 20), Set.of(1, 3, 7));
        assertEquals(Map.of(1, "one", 3, "three"), found, "7 is beyond the last entry: absent, never a blank");
    }

    @Test
    void attributesAreFoundByNameWithOrWithoutNamespace() {
        XmlCursor xml = cursor("<a xmlns:r=\"urn:r\" id=\"plain\" r:id=\"spaced\" v=\"x &amp; &lt;y&gt; &#65;\"/>", 1000);
        assertTrue(xml.next(0));
        assertEquals("plain", xml.attribute("id"));
        assertEquals("spaced", xml.attribute("urn:r", "id"));
        assertEquals("x & <y> A", xml.attribute("v"));
        assertEquals(null, xml.attribute("missing"));
        assertEquals(null, xml.attribute("urn:other", "id"));
    }

    @Test
    void theTextOfAnElementLeavesOutItsChildrenAndTakesCdata() {
        XmlCursor xml = cursor("<a><v>one <x>skipped <y>too</y></x>two<![CDATA[ <three> ]]></v><after/></a>", 1000);
        assertTrue(xml.next(0));
        assertTrue(xml.next(1));
        assertEquals("one two <three> ", xml.text(100));
        assertTrue(xml.next(1), "the cursor goes on after the element's end tag");
        assertEquals("after", xml.name());
        assertEquals(2, xml.depth());
    }

    @Test
    void aProblemWithWhatThePartSaysNamesFilePartAndLine() {
        XmlCursor xml = cursor("<a>\n\n<b/></a>", 1000);
        assertTrue(xml.next(0));
        assertTrue(xml.next(1));
        assertEquals("book.xlsx: corrupt .xlsx: xl/part.xml, line 3: b is wrong; save it again from Excel or LibreOffice",
                xml.broken("b is wrong").getMessage());
        assertEquals("book.xlsx: refused: xl/part.xml holds too much (line 3), far more than a workbook from Excel or LibreOffice has",
                xml.refused("holds too much").getMessage());
    }
}
