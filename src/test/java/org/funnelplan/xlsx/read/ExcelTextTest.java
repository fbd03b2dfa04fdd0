package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Excel's {@code _xHHHH_} escapes in cell text, decoded as Excel reads them. */
class ExcelTextTest {
    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "Jan de Vries | Jan de Vries",
            "Jan_x0041_ | JanA",
            "Jan_x005F_x0041_ | Jan_x0041_",
            "line_x000D_break | 'line\rbreak'",
            "_x20AC_ 5.000 | € 5.000",
            "_x00e9_t_x00E9_ | été",
            "snake_case_x | snake_case_x",
            "_x004_ | _x004_",
            "_x00G1_ | _x00G1_",
            "__x0041__ | _A_",
            "_x0041 | _x0041",
    })
    void decodesLikeExcel(String written, String read) {
        assertEquals(read, ExcelText.decode(written));
    }
}
