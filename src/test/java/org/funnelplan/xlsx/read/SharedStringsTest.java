package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;

/** Entries picked out of a hand-written shared strings part. */
class SharedStringsTest {
    private static Map<Integer, String> read(String sst, Set<Integer> wanted) {
        try (XmlCursor xml = PartXml.cursor("xl/sharedStrings.xml", sst)) {
            return SharedStrings.read(xml, wanted);
        }
    }

    private static final String SST = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">\
            <si><t>Anna</t></si>\
            <si><r><rPr><b/><sz val="11"/></rPr><t>Jan </t></r><r><rPr><i/></rPr><t xml:space="preserve"> de Vries </t></r></si>\
            <si><t xml:space="preserve">  two spaces either side  </t></si>\
            <si><t>A&amp;B &lt;Noord&gt; &quot;q&quot; &apos;s&apos; &#8364; &#x41;&#10;next</t></si>\
            <si><t><![CDATA[<not a tag> & more]]></t></si>\
            <si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>\
            </sst>""";

    @Test
    void aPlainEntryIsItsText() {
        assertEquals(Map.of(0, "Anna"), read(SST, Set.of(0)));
    }

    @Test
    void richTextIsItsRunsJoinedWithoutTheirFormatting() {
        assertEquals(Map.of(1, "Jan  de Vries "), read(SST, Set.of(1)));
    }

    @Test
    void spacesAreKeptAsWritten() {
        assertEquals(Map.of(2, "  two spaces either side  "), read(SST, Set.of(2)));
    }

    @Test
    void entitiesAndCharacterReferencesAreResolvedAndCdataIsText() {
        assertEquals(Map.of(3, "A&B <Noord> \"q\" 's' € A\nnext", 4, "<not a tag> & more"), read(SST, Set.of(3, 4)));
    }

    @Test
    void excelsEscapesAreDecodedInEachRun() {
        String sst = """
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <si><t>Jan_x005F_x0041_Vries</t></si>\
                <si><r><t>Noord_x000D_</t></r><r><t>_x000A_Zuid</t></r></si>\
                </sst>""";
        assertEquals(Map.of(0, "Jan_x0041_Vries", 1, "Noord\r\nZuid"), read(sst, Set.of(0, 1)));
    }

    @Test
    void thePhoneticGuideIsLeftOut() {
        assertEquals(Map.of(5, "漢字"), read(SST, Set.of(5)));
    }

    @Test
    void onlyTheWantedEntriesAreKeptAndOnesBeyondTheLastAreAbsent() {
        assertEquals(Map.of(0, "Anna", 5, "漢字"), read(SST, Set.of(0, 5, 9)));
        assertEquals(Map.of(), read(SST, Set.of()));
    }

    @Test
    void readingStopsAfterTheLastWantedEntry() {
        // What follows the wanted entry is never parsed: not even its broken XML stops the read.
        assertEquals(Map.of(1, "b"), read("<sst><si><t>a</t></si><si><t>b</t></si><si><t>c</oops></si></sst>", Set.of(1)));
    }

    @Test
    void anEntryLongerThanACellHoldsIsRefused() {
        String runs = "<r><t>" + "x".repeat(20_000) + "</t></r>";
        InputException e = assertThrows(InputException.class, () -> read("<sst><si>" + runs + runs + "</si></sst>", Set.of(0)));
        assertTrue(e.getMessage().startsWith("book.xlsx: refused: xl/sharedStrings.xml holds a text of more than 32,767 characters,"
                + " more than an Excel cell holds"), e.getMessage());
    }
}
