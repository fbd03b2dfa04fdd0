package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.report.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports are read by the project's encoding rules, and a message's line is the file's line, however cells span lines. */
class ExportFilesTest {
    private static final String MAP = "crm_stage,stage\nlead,lead\ngewonnen,gewonnen\nverloren,lost\n";

    @TempDir
    Path dir;

    @Test
    void excelsPlainCsvIsReadAsWindows1252WithAWarning() throws IOException {
        Path export = Files.write(dir.resolve("log.csv"), "item;rep;stage;date\nA;Jörg Müller;lead;2024-01-05\nA;Jörg Müller;gewonnen;2024-01-20\n"
                .getBytes(Charset.forName("windows-1252")));
        Path map = Files.writeString(dir.resolve("stages.csv"), MAP);
        FromCrm.Converted converted = CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR);
        assertEquals(List.of("Jörg Müller"), converted.history().reps());
        assertTrue(converted.warnings().stream().anyMatch(w -> w.contains("log.csv line 2: not valid UTF-8")), converted.warnings().toString());
        assertTrue(CrmFixtures.csv(converted.history(), CsvFormat.COMMA).contains("Jörg Müller,2024,lead,1,15\n"));
    }

    @Test
    void aNoteOverSeveralLinesKeepsTheLinesOfTheRowsAfterIt() throws IOException {
        Path export = Files.writeString(dir.resolve("log.csv"), "item,rep,stage,date,note\nA,Anna,lead,2024-01-05,\"called twice:\nno answer,\nthen yes\"\n"
                + "A,Anna,gewonnen,2024-13-01,\n", StandardCharsets.UTF_8);
        Path map = Files.writeString(dir.resolve("stages.csv"), MAP);
        try {
            CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR);
            fail("the date is unreadable");
        } catch (CrmProblems e) {
            assertEquals(List.of(export + " line 5, column date: '2024-13-01' is not a date; " + FileDates.EXPECTED), e.messages());
        }
    }

    @Test
    void aRepWrittenTwoWaysIsOneRepAsGenerateHasIt() throws IOException {
        Path export = Files.writeString(dir.resolve("log.csv"), "item,rep,stage,date\nA,Jan de Vries,lead,2024-01-05\nA,Jan de Vries,gewonnen,2024-01-09\n"
                + "B,jan  de vries,lead,2024-02-05\nB,jan  de vries,verloren,2024-02-06\n");
        Path map = Files.writeString(dir.resolve("stages.csv"), MAP);
        FromCrm.Converted converted = CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR);
        assertEquals("rep,period,stage,count,avg_days\nJan de Vries,2024,lead,2,4\nJan de Vries,2024,gewonnen,1,\n",
                CrmFixtures.csv(converted.history(), CsvFormat.COMMA));
    }
}
