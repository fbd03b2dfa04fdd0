package org.funnelplan.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC section 5: the two CSV formats the tool writes, and text a spreadsheet would run defused. */
class CsvOutputTest {

    private static byte[] written(CsvFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row("rep", "count", "share");
            csv.text("Vries, Jan de").number(1234567.0).number(1 / 3.0).endRow();
            csv.text("=1+1").number(null).number(-0.00001).endRow();
            csv.text("Anne \"de\" Wit; Noord").number(12.5).number(Double.NaN).endRow();
        }
        return out.toByteArray();
    }

    @Test
    void commaFormatHasPointDecimalsAndNoBom() throws IOException {
        assertEquals("""
                rep,count,share
                "Vries, Jan de",1234567,0.3333
                '=1+1,,0
                "Anne ""de"" Wit; Noord",12.5,
                """, new String(written(CsvFormat.COMMA), StandardCharsets.UTF_8));
    }

    @Test
    void semicolonFormatIsWhatDutchExcelReads() throws IOException {
        byte[] bytes = written(CsvFormat.SEMICOLON);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM first");
        assertEquals("""
                rep;count;share
                Vries, Jan de;1234567;0,3333
                '=1+1;;0
                "Anne ""de"" Wit; Noord";12,5;
                """, new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"=SUM(A1)|'=SUM(A1)", "+31 rep|'+31 rep", "-x|'-x", "@x|'@x", "Jan|Jan", "'quoted|'quoted"})
    void formulaLikeTextGetsAnApostrophe(String text, String written) {
        assertEquals(written, CsvOutput.defused(text));
    }

    @Test
    void theDefaultFollowsThePlansLanguage() {
        assertEquals(CsvFormat.SEMICOLON, CsvFormat.forLanguage(Locale.forLanguageTag("nl")));
        assertEquals(CsvFormat.COMMA, CsvFormat.forLanguage(Locale.ENGLISH));
    }
}
