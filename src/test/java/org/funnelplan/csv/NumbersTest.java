package org.funnelplan.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NumbersTest {

    @ParameterizedTest(name = "''{1}'' in a ''{0}'' file is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ; | € 1.234,50       | 1234.5
            ; | 1.234.567,5 EUR  | 1234567.5
            ; | 1234,5           | 1234.5
            ; | 1.234            | 1234
            ; | EUR 12           | 12
            ; | 1 234,50         | 1234.5
            , | $1,234.50        | 1234.5
            , | 1,234,567        | 1234567
            , | £ 0.5            | 0.5
            , | 1234.50 €        | 1234.5
            , | .5               | 0.5
            , | -0               | 0
            """)
    void moneyAcceptsCurrencyAndTheFilesGrouping(char delimiter, String text, double value) throws Numbers.Problem {
        assertEquals(value, Numbers.money(text, delimiter));
    }

    @ParameterizedTest(name = "''{1}'' in a ''{0}'' file")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ; | 1.23
            ; | 1,234.50
            , | 1.234,50
            , | 5000,5
            , | 1,23
            , | 12,34,567
            , | -€ 5
            , | € -5
            , | NaN
            , | Infinity
            , | -Infinity
            , | 0x1F
            , | 1e3
            , | 1E+3
            , | 1000000000000001
            , | 1.2.3
            , | €
            , | 12 USD
            """)
    void moneyRefusesWhatIsNotAPlainAmount(char delimiter, String text) {
        assertThrows(Numbers.Problem.class, () -> Numbers.money(text, delimiter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 234", "€5", "1,5", "-1", "+1", "1e2", "NaN", "0x10", "", " "})
    void decimalInACommaFileRefusesGroupingCurrencyAndSigns(String text) {
        assertThrows(Numbers.Problem.class, () -> Numbers.decimal(text, ','));
    }

    @ParameterizedTest
    @CsvSource({"'2,5',2.5", "'0,125',0.125", "7,7", "',5',0.5"})
    void semicolonFileReadsDecimalCommas(String text, double value) throws Numbers.Problem {
        assertEquals(value, Numbers.decimal(text, ';'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1,5", "1 000", "+3", "-3", "٣", "99999999999999999999", "10000", ""})
    void wholeTakesDigitsOnlyWithinBounds(String text) {
        assertThrows(Numbers.Problem.class, () -> Numbers.whole(text, 0, 9999));
    }

    @ParameterizedTest
    @CsvSource({"7,7", "007,7", "' 12 ',12", "9999,9999"})
    void wholeReadsPlainDigits(String text, long value) throws Numbers.Problem {
        assertEquals(value, Numbers.whole(text, 0, 9999));
    }
}
