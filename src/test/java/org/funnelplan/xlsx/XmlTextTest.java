package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rep 'A&B'!$C$5|Rep 'A&amp;B'!$C$5",
        "<\"quoted\">|&lt;&quot;quoted&quot;&gt;",
        "Jan de Vries — Noord|Jan de Vries — Noord",
        "bell\u0007 here|bell? here"})
    void escapesMarkupAndReplacesWhatXmlCannotHold(String text, String escaped) {
        assertEquals(escaped, XmlText.escaped(text));
    }
}
