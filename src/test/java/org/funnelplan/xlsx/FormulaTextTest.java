package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FormulaTextTest {
    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("SUM(%s)", new Object[] {"B4:M4"}),
                Arguments.of("IF(%1$d<%2$s,0,IF(%3$s=0,1,MIN(1,(%1$d-%2$s+1)/%3$s)))", new Object[] {7, "$C$5", "$C$6"}),
                Arguments.of("%s-%s", new Object[] {"A1", "B1"}),
                Arguments.of("\"%s\"&TEXT(%s,\"0%%\")&\"%s\"", new Object[] {"Leads cover ", "C9", " of the need"}),
                Arguments.of("%2$s/%1$s then %s and %s", new Object[] {"x", "y"}),
                Arguments.of("IF(%4$s=0,0,((1-%1$s)*%2$s+%1$s*%3$s)/%4$s)", new Object[] {"f", "a", "b", "Win_quoted"}),
                Arguments.of("no placeholders", new Object[] {}));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void fillsLikeStringFormatted(String template, Object[] args) {
        assertEquals(template.formatted(args), FormulaText.fill(template, args));
    }

    @Test
    void refusesAConversionItDoesNotKnow() {
        assertThrows(IllegalArgumentException.class, () -> FormulaText.fill("%.2f", 1.5));
    }
}
