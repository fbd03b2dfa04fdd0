package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date shapes CRM exports and spreadsheets write (SPEC section 7, Dates); a time of day never counts. */
class DateTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025-03-14|2025-03-14|2025-03-14",
        "2025-03-14 10:22|2025-03-14|2025-03-14",
        "2025-03-14T10:22:00Z|2025-03-14|2025-03-14",
        "2025-03-14T23:59:59.999+02:00|2025-03-14|2025-03-14",
        "2025-3-4|2025-03-04|2025-03-04",
        "2025/03/14 08:00:00|2025-03-14|2025-03-14",
        "14-3-2025|2025-03-14|",
        "14.03.2025 10:22|2025-03-14|",
        "3/14/2025|  |2025-03-14",
        "'3/14/2025, 10:22 AM'|  |2025-03-14",
        "3/14/2025 12:05 pm|  |2025-03-14",
        "03/04/2025|2025-04-03|2025-03-04",
        "31-12-2024 23:30|2024-12-31|",
    })
    void readsTheCalendarDate(String text, LocalDate dayFirst, LocalDate monthFirst) {
        DateText date = DateText.split(text);
        if (dayFirst != null) {
            assertEquals(dayFirst.toEpochDay(), date.epochDay(DateOrder.DMY), "read day first");
        } else {
            assertFalse(date.readsAs(DateOrder.DMY), "no date read day first");
        }
        if (monthFirst != null) {
            assertEquals(monthFirst.toEpochDay(), date.epochDay(DateOrder.MDY), "read month first");
        } else {
            assertFalse(date.readsAs(DateOrder.MDY), "no date read month first");
        }
    }

    @ParameterizedTest(name = "{0} proves {1}")
    @CsvSource({"14-3-2025,DMY", "3/14/2025,MDY", "3/4/2025,", "2025-03-14,", "13/13/2025,"})
    void aPartAbove12ProvesTheOrder(String text, DateOrder proves) {
        assertEquals(proves, DateText.split(text).proves());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "gisteren", "14-3-25", "2025-03", "20250314", "2025-03-14 25:00", "2025-03-14 10:61",
        "14/3-2025", "3/14/2025 13:00 PM", "2025-03-14 morning", "Mar 14, 2025", "14 maart 2025", "123-4-2025"})
    void otherTextIsNoDate(String text) {
        assertNull(DateText.split(text));
    }
}
