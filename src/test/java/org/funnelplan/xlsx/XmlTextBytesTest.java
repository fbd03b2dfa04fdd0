package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class XmlTextBytesTest {
    private static String written(XmlText.Bytes bytes) {
        return new String(Arrays.copyOf(bytes.array(), bytes.length()), StandardCharsets.UTF_8);
    }

    /** The bytes are what the escaped String gives as UTF-8, lone surrogates and all, in a buffer that starts small. */
    @Test
    void writesTheSameUtf8AsStringGetBytes() {
        Random random = new Random(16);
        char[] alphabet = "aZ09 _x0041_<>&\"'\t\n\r\u0001\u00A0\u00E9\u2212\u20AC\uD83D\uDE00\uD800\uDC00\uFFFE\uFFFF".toCharArray();
        for (int round = 0; round < 2_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            for (XmlText.Mode mode : XmlText.Mode.values()) {
                XmlText.Bytes bytes = new XmlText.Bytes(1);
                bytes.escaped(s, mode);
                StringBuilder expected = new StringBuilder();
                for (int i = 0; i < s.length(); i++) {
                    String replacement = XmlText.replacement(s, i, mode);
                    expected.append(replacement == null ? String.valueOf(s.charAt(i)) : replacement);
                }
                byte[] utf8 = expected.toString().getBytes(StandardCharsets.UTF_8);
                assertEquals(Arrays.toString(utf8), Arrays.toString(Arrays.copyOf(bytes.array(), bytes.length())), s + " as " + mode);
            }
        }
    }

    @Test
    void escapesEachModeAsItsReaderExpects() {
        String text = "a<b & \"c\"\t_x0041_\u00A0\u0007";
        assertEquals("a&lt;b &amp; &quot;c&quot;\t_x0041_\u00A0?", XmlText.escaped(text));
        assertEquals("a&lt;b &amp; &quot;c&quot;&#x9;_x0041_&#xa0;?", written(new XmlText.Bytes(4).escaped(text, XmlText.Mode.FORMULA)));
        assertEquals("a&lt;b &amp; &quot;c&quot;&#x9;_x005F_x0041_&#xa0;?", written(new XmlText.Bytes(4).escaped(text, XmlText.Mode.CELL_TEXT)));
    }

    @Test
    void writesNumbersAndColumnsAsLongToStringAndPoiDo() {
        long[] numbers = {0, 7, -7, 10, 99, 1_048_576, -999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long n : numbers) {
            assertEquals(Long.toString(n), written(new XmlText.Bytes(1).digits(n)));
        }
        for (int col : new int[] {0, 25, 26, 51, 52, 701, 702, 16_383}) {
            assertEquals(CellReference.convertNumToColString(col), written(new XmlText.Bytes(1).column(col)));
        }
    }
}
