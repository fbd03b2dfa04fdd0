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

import org.funnelplan.csv.CsvFormat;
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
        assertTrue(converted.warnings().stream().anyMatch(w -> w.contains("log.csv: read as Windows-1252, the encoding of Excel's plain \"CSV\" (first on line 2)")), converted.warnings().toString());
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

    @Test
    void salesforcesOtherColumnNamesWork() throws IOException {
        Path export = Files.writeString(dir.resolve("report.csv"), """
                "Opportunity Owner","Opportunity Name","Stage","Last Modified"
                "Anna","Acme - Pilot","Prospecting","1/8/2024"
                "Anna","Acme - Pilot","Closed Won","1/18/2024"
                "Bram","Beta - Pilot","Prospecting","2/1/2024"
                "Bram","Beta - Pilot","Closed Lost","2/3/2024"
                """);
        Path map = Files.writeString(dir.resolve("stages.csv"), "crm_stage,stage\nProspecting,lead\nClosed Won,won\nClosed Lost,lost\n");
        FromCrm.Converted converted = CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR);
        assertEquals("rep,period,stage,count,avg_days\nAnna,2024,lead,1,10\nAnna,2024,won,1,\nBram,2024,lead,1,\nBram,2024,won,0,\n",
                CrmFixtures.csv(converted.history(), CsvFormat.COMMA));
        assertEquals(CrmFormat.SALESFORCE, converted.files().get(0).format());
    }

    @Test
    void aHubSpotExportWithoutPipelineColumnTakesEachDealsPipelineFromItsDates() throws IOException {
        String header = String.join(",", "Record ID", "Deal owner", entered("Lead (Sales)"), entered("Won (Sales)"), entered("Lost (Sales)"),
                entered("Lead (Partners)"), entered("Won (Partners)"), entered("Lost (Partners)"));
        Path export = Files.writeString(dir.resolve("deals.csv"), header + """

                1,Anna,2024-01-02,2024-01-12,,,,
                2,Anna,2024-01-03,,2024-01-04,,,
                3,Bram,,,,2024-02-01,2024-02-11,
                """);
        Path map = Files.writeString(dir.resolve("stages.csv"), "crm_stage,stage\nLead,lead\nWon,won\nLost,lost\n");
        try {
            CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR);
            fail("two pipelines need --pipeline");
        } catch (org.funnelplan.model.InputException e) {
            assertEquals(export + ": the export has 2 pipelines: Sales (2), Partners (1); pick one with --pipeline NAME"
                    + " (each pipeline is a funnel of its own)", e.getMessage());
        }
        FromCrm.Converted sales = CrmFixtures.convert(map, List.of(export), "sales", null, Period.YEAR);
        assertEquals("rep,period,stage,count,avg_days\nAnna,2024,lead,2,10\nAnna,2024,won,1,\n", CrmFixtures.csv(sales.history(), CsvFormat.COMMA));
        assertEquals(1, sales.history().pipelines().stream().filter(p -> "Partners".equals(p.name())).findFirst().orElseThrow().skipped());
    }

    @Test
    void aHubSpotExportWithoutPipelineNamesInItsColumnsWorks() throws IOException {
        String header = String.join(",", "Record ID", "Deal Name", "Deal owner", entered("Demo (online)"), "Date exited \"Demo (online)\"",
                entered("Closed won"), entered("Closed lost"));
        Path export = Files.writeString(dir.resolve("deals.csv"), header + """

                1,A,Anna,2024-03-01 10:00,2024-03-04 10:00,2024-03-04 10:00,
                2,B,,2024-03-02 10:00,2024-03-03 10:00,,2024-03-03 10:00
                """);
        Path map = Files.writeString(dir.resolve("stages.csv"), "crm_stage,stage\nDemo (online),demo\nClosed won,won\nClosed lost,lost\n");
        FromCrm.Converted converted = CrmFixtures.convert(map, List.of(export), null, null, Period.QUARTER);
        assertEquals("rep,period,stage,count,avg_days\n(no owner),2024-Q1,demo,1,\n(no owner),2024-Q1,won,0,\n"
                + "Anna,2024-Q1,demo,1,3\nAnna,2024-Q1,won,1,\n", CrmFixtures.csv(converted.history(), CsvFormat.COMMA));
    }

    private static String entered(String stage) {
        return "\"Date entered \"\"" + stage + "\"\"\"";
    }
}
