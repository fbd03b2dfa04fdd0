package org.funnelplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunnelMathTest {

    @ParameterizedTest(name = "{0} / {1} needs {2}")
    @CsvSource({
        "10, 0.5, 20",
        "20, 0.2, 100",
        "100, 0.25, 400",
        "400, 0.4, 1000",
        "7, 0.3, 24",
        "1, 0.07, 15",
        "0, 0.0, 0",
        "3, 1.0, 3",
    })
    void requiredRoundsUpLikeASpreadsheet(long next, double rate, long expected) {
        assertEquals(expected, FunnelMath.required(next, rate));
    }

    @ParameterizedTest
    @CsvSource({"100.00000000000001, 100", "25.000000000000004, 25", "25.0001, 26", "0.1, 1"})
    void roundUpIgnoresFloatingNoiseBeyondFifteenDigits(double x, long expected) {
        assertEquals(expected, FunnelMath.roundUp(x));
    }
}
