package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mistake SPEC section 7 names, and those real exports make, as data: the export, the map,
 * the options, and what the messages must say (file, line, column). All problems one pass finds
 * are reported, each on its own line.
 */
class CrmErrorsTest {
    private static final String HUBSPOT_MAP = "crm_stage,stage\nNew lead,lead\nContacted,contacted\nClosed won,won\nClosed lost,lost\n";
    private static final String LOG_MAP = "crm_stage,stage\nlead,lead\nbezocht,bezocht\ngewonnen,gewonnen\nverloren,lost\n";
    private static final String PIPEDRIVE_MAP = "crm_stage,stage\nLead In,lead\nProposal Made,quoted\nWon,won\nLost,lost\n";
    private static final String PIPEDRIVE = "Deal - ID,Deal - Owner,Deal - Pipeline,Deal - Stage,Deal - Status,Deal - Deal created\n";

    @TempDir
    Path dir;

    /** An error case: the export (file name and text), the map, {@code --pipeline}, and the fragments each message must hold. */
    record Case(String name, String file, String export, String map, String pipeline, List<List<String>> messages) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A HubSpot header cell: {@code "Date entered ""<stage>"""} as the export quotes it. */
    static String entered(String stage) {
        return "\"Date entered \"\"" + stage + "\"\"\"";
    }

    static String header(String... cells) {
        return String.join(",", cells) + "\n";
    }

    static Case of(String name, String file, String export, String map, String pipeline, List<List<String>> messages) {
        return new Case(name, file, export, map, pipeline, messages);
    }

    static Stream<Case> cases() {
        return Stream.of(
                of("every unmapped stage, where it first occurs", "deals.csv", header("Record ID", "Deal owner", entered("New lead"), entered("Meeting booked"), entered("On hold"),
                        entered("Closed won")) + """
                        1,Anna,2024-01-01,,,2024-02-01
                        2,Anna,2024-01-01,2024-01-05,,
                        3,Anna,2024-01-01,2024-01-06,2024-01-09,
                        """, HUBSPOT_MAP, null, List.of(
                        List.of("deals.csv line 3, column Date entered \"Meeting booked\": CRM stage 'Meeting booked' is not in the stage map",
                                "stages.csv", "add a row 'Meeting booked,<plan stage>' (or lost, or ignore)"),
                        List.of("deals.csv line 4, column Date entered \"On hold\": CRM stage 'On hold' is not in the stage map"))),
                of("a map with one funnel stage", "log.csv", "item,rep,stage,date\nA,Anna,lead,2024-01-05\n",
                        "crm_stage,stage\nlead,lead\ngewonnen,lead\nverloren,lost\n", null, List.of(
                        List.of("stages.csv: the map names 1 funnel stage (lead); a funnel needs at least two"))),
                of("a map that names a CRM stage twice, and an empty plan stage", "log.csv", "item,rep,stage,date\nA,Anna,lead,2024-01-05\n",
                        "crm_stage,stage\nlead,lead\nLead,bezocht\nbezocht,\ngewonnen,gewonnen\n", null, List.of(
                        List.of("stages.csv line 3: CRM stage 'Lead' is mapped twice, on line 2 and here"),
                        List.of("stages.csv line 4: column stage is empty; say which plan stage CRM stage 'bezocht' counts as, or lost, or ignore"))),
                of("plan stages the workbook cannot tell apart", "log.csv", "item,rep,stage,date\nA,Anna,lead,2024-01-05\n",
                        "crm_stage,stage\nlead,Demo / Pilot\nbezocht,demo pilot\ngewonnen,won\n", null, List.of(
                        List.of("stages.csv line 3: plan stage 'demo pilot' and 'Demo / Pilot' (line 2) would be the same stage"))),
                of("an unreadable date, with its column", "log.csv", """
                        item,rep,stage,date
                        A,Anna,lead,2024-01-05
                        A,Anna,gewonnen,2024-02-30
                        B,Anna,lead,gisteren
                        """, LOG_MAP, null, List.of(
                        List.of("log.csv line 3, column date: '2024-02-30' is not a date", "2025-03-14"),
                        List.of("log.csv line 4, column date: 'gisteren' is not a date"))),
                of("dates written both ways", "log.csv", """
                        item,rep,stage,date
                        A,Anna,lead,14-3-2024
                        A,Anna,gewonnen,3/15/2024
                        """, LOG_MAP, null, List.of(
                        List.of("log.csv: the dates are written both ways: line 2 ('14-3-2024') is day first",
                                "line 3 ('3/15/2024') is month first", "give --date-order dmy or mdy"))),
                of("dates that settle no order", "log.csv", """
                        item,rep,stage,date
                        A,Anna,lead,2024-01-02
                        A,Anna,bezocht,3-4-2024
                        A,Anna,gewonnen,5-6-2024
                        """, LOG_MAP, null, List.of(
                        List.of("log.csv: dates like line 3 ('3-4-2024') can be read day first or month first",
                                "give --date-order dmy (14-3-2025) or mdy (3/14/2025)"))),
                of("several pipelines without --pipeline", "deals.csv", PIPEDRIVE + """
                        1,Anna,Sales,Lead In,Won,2024-01-05
                        2,Anna,Sales,Lead In,Lost,2024-01-05
                        3,Bram,Service,Lead In,Lost,2024-01-05
                        """, PIPEDRIVE_MAP, null, List.of(
                        List.of("deals.csv: the export has 2 pipelines: Sales (2), Service (1); pick one with --pipeline NAME"))),
                of("--pipeline that is not in the export", "deals.csv", PIPEDRIVE + "1,Anna,Sales,Lead In,Won,2024-01-05\n",
                        PIPEDRIVE_MAP, "Service", List.of(
                        List.of("deals.csv: --pipeline Service: no such pipeline; the export's pipelines are Sales"))),
                of("a deal twice in one export", "deals.csv", header("Record ID", "Deal owner", entered("New lead"), entered("Closed won")) + """
                        7,Anna,2024-01-01,2024-02-01
                        8,Anna,2024-01-01,2024-02-01
                        7,Bram,2024-01-03,
                        """, HUBSPOT_MAP, null, List.of(
                        List.of("deals.csv line 4: deal 7 is also on line 2; each deal may be in the export once"))),
                of("a header that fits no format", "export.csv", "Name,Owner,Stage,Changed\nA,Anna,lead,2024-01-01\n", LOG_MAP, null,
                        List.of(List.of("export.csv line 1: the header fits none of the export formats from-crm reads:",
                                "HubSpot deals export (Record ID, Deal owner, Pipeline (optional) and a Date entered \"<stage> (<pipeline>)\" column per stage)",
                                "Pipedrive deals export (Deal - ID, Deal - Owner, Deal - Pipeline (optional), Deal - Stage, Deal - Status, Deal - Deal created)",
                                "Salesforce opportunity history report (Opportunity ID (or Opportunity Name), Opportunity Owner, To Stage (or Stage), Edit Date (or Last Modified))",
                                "stage log (item, rep, stage, date, pipeline (optional))"))),
                of("Salesforce: a report without the owner", "report.csv", """
                        "Opportunity ID","Opportunity Name","From Stage","To Stage","Edit Date"
                        "006A1","O1","","Prospecting","1/8/2024"
                        """, LOG_MAP, null, List.of(
                        List.of("report.csv line 1: the header fits none", "closest is the Salesforce opportunity history report, which lacks Opportunity Owner"))),
                of("Salesforce: an empty To Stage and a bad date in one pass", "report.csv", """
                        "Opportunity Owner","Opportunity ID","To Stage","Edit Date"
                        "Anna","006A1","Prospecting","1/18/2024"
                        "Anna","006A1","","1/19/2024"
                        "Anna","006A1","Closed Won","13/40/2024"

                        "Grand Totals (3 records)"
                        """, "crm_stage,stage\nProspecting,lead\nClosed Won,won\n", null, List.of(
                        List.of("report.csv line 3: column To Stage is empty"),
                        List.of("report.csv line 4, column Edit Date: '13/40/2024' is not a date"))),
                of("HubSpot: an export without the Date entered columns", "deals.csv",
                        "Record ID,Deal Name,Deal Stage,Deal owner,Create Date\n1,A,Closed won,Anna,2024-01-01\n", HUBSPOT_MAP, null, List.of(
                        List.of("closest is the HubSpot deals export, which lacks Date entered \"<stage>\" columns (add the Date entered property"))),
                of("HubSpot: a deal whose pipeline has no columns", "deals.csv", header("Record ID", "Pipeline", "Deal owner", entered("New lead (Sales Pipeline)"),
                        entered("Closed won (Sales Pipeline)")) + """
                        1,Sales Pipeline,Anna,2024-01-01,2024-02-01
                        2,Partners,Anna,,
                        3,Partners,Bram,,
                        """, HUBSPOT_MAP, null, List.of(
                        List.of("deals.csv line 3: the deal's pipeline 'Partners' has no Date entered \"<stage> (Partners)\" columns"))),
                of("HubSpot: a stage column named twice", "deals.csv", header("Record ID", "Deal owner", entered("New lead"), entered("New lead")) + """
                        1,Anna,2024-01-01,2024-01-01
                        """, HUBSPOT_MAP, null, List.of(
                        List.of("deals.csv line 1: column Date entered \"New lead\" is named twice (columns 3 and 4)"))),
                of("Pipedrive: a status it does not export", "deals.csv", PIPEDRIVE + "1,Anna,Sales,Lead In,Deleted,2024-01-05\n",
                        PIPEDRIVE_MAP, null, List.of(
                        List.of("deals.csv line 2: column Deal - Status: 'Deleted' is not a status Pipedrive exports; expected Open, Won or Lost"))),
                of("Pipedrive: a stage mapped to won", "deals.csv", PIPEDRIVE + "1,Anna,Sales,Proposal Made,Lost,2024-01-05\n2,Anna,Sales,Lead In,Won,2024-01-05\n",
                        "crm_stage,stage\nLead In,lead\nProposal Made,won\nWon,won\nLost,lost\n", null, List.of(
                        List.of("deals.csv line 2, column Deal - Stage: Pipedrive stage 'Proposal Made' maps to 'won', the map's last (won) stage",
                                "add the row 'Won,won' last"))),
                of("Pipedrive: a map without its Won and Lost", "deals.csv", PIPEDRIVE + "1,Anna,Sales,Lead In,Lost,2024-01-05\n2,Anna,Sales,Proposal Made,Won,2024-01-05\n",
                        "crm_stage,stage\nLead In,lead\nProposal Made,quoted\n", null, List.of(
                        List.of("deals.csv line 2, column Deal - Status: CRM stage 'Lost' is not in the stage map"),
                        List.of("deals.csv line 3, column Deal - Stage: Pipedrive stage 'Proposal Made' maps to 'quoted', the map's last (won) stage"),
                        List.of("deals.csv line 3, column Deal - Status: CRM stage 'Won' is not in the stage map"))),
                of("a cell beyond the header", "log.csv", "item,rep,stage,date\nA,Anna,lead,2024-01-05\nB,Jansen, Anna,lead,2024-01-06\n", LOG_MAP,
                        null, List.of(List.of("log.csv line 3: field 5 ('2024-01-06') is beyond the header, which names 4 columns",
                                "must be in quotes"))),
                of("an empty stage in a stage log", "log.csv", "item,rep,stage,date\nA,Anna,lead,2024-01-05\nA,Anna,,2024-01-06\n", LOG_MAP,
                        null, List.of(List.of("log.csv line 3: column stage is empty"))),
                of("no decided item at all", "log.csv", "item,rep,stage,date\nA,Anna,lead,2024-01-05\nB,Anna,bezocht,2024-01-06\n", LOG_MAP,
                        null, List.of(List.of("log.csv: no won or lost item in the export (2 read)"))),
                of("quotes that do not match", "log.csv", "item,rep,stage,date\nA,\"Anna,lead,2024-01-05\n", LOG_MAP, null,
                        List.of(List.of("log.csv line 2: the quotes do not match"))),
                of("an empty export", "log.csv", "\n\n", LOG_MAP, null, List.of(List.of("log.csv line 1: the file is empty"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEachProblemWithFileLineAndWhatToDo(Case c) throws IOException {
        Path export = Files.writeString(dir.resolve(c.file()), c.export(), StandardCharsets.UTF_8);
        Path map = Files.writeString(dir.resolve("stages.csv"), c.map(), StandardCharsets.UTF_8);
        List<String> messages = problems(() -> CrmFixtures.convert(map, List.of(export), c.pipeline(), null, Period.YEAR));
        assertEquals(c.messages().size(), messages.size(), () -> "messages: " + messages);
        for (int i = 0; i < messages.size(); i++) {
            for (String fragment : c.messages().get(i)) {
                String message = messages.get(i).replace(dir + "/", "");
                assertTrue(message.contains(fragment), () -> "expected '%s' in: %s".formatted(fragment, message));
            }
        }
    }

    @Test
    void aDealInTwoExportsNamesBothFiles() throws IOException {
        Path first = Files.writeString(dir.resolve("2024.csv"), PIPEDRIVE + "1,Anna,Sales,Lead In,Won,2024-01-05\n");
        Path second = Files.writeString(dir.resolve("2025.csv"), PIPEDRIVE + "2,Anna,Sales,Lead In,Won,2025-01-05\n1,Anna,Sales,Lead In,Lost,2024-01-05\n");
        Path map = Files.writeString(dir.resolve("stages.csv"), PIPEDRIVE_MAP);
        List<String> messages = problems(() -> CrmFixtures.convert(map, List.of(first, second), null, null, Period.YEAR));
        assertEquals(List.of(second + " line 3: deal 1 is also on " + first + " line 2; each deal may be in the export once"
                + " (an export pasted twice, or two overlapping exports?)"), messages);
    }

    @Test
    void aUtf16ExportIsRefusedWithTheSaveAsHint() throws IOException {
        Path export = Files.write(dir.resolve("log.csv"), "item,rep,stage,date\nA,Anna,lead,2024-01-05\n".getBytes(StandardCharsets.UTF_16));
        Path map = Files.writeString(dir.resolve("stages.csv"), LOG_MAP);
        List<String> messages = problems(() -> CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR));
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).contains("UTF-16") && messages.get(0).contains("save it as \"CSV UTF-8\""), messages.get(0));
    }

    @Test
    void anExcelWorkbookIsRefusedWithWhatToDoInstead() throws IOException {
        Path export = dir.resolve("deals.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.OutputStream out = Files.newOutputStream(export)) {
            workbook.createSheet("Deals").createRow(0).createCell(0).setCellValue("Record ID");
            workbook.write(out);
        }
        Path map = Files.writeString(dir.resolve("stages.csv"), LOG_MAP);
        List<String> messages = problems(() -> CrmFixtures.convert(map, List.of(export), null, null, Period.YEAR));
        assertEquals(List.of(export + ": cannot read: it is an Excel workbook (.xlsx), not a CSV file; export it from the CRM"
                + " as CSV, or save it in Excel as \"CSV UTF-8\""), messages);
    }

    @Test
    void aBrokenColumnIsReportedTwentyTimesAndCountedAfterThat() throws IOException {
        StringBuilder export = new StringBuilder("item,rep,stage,date\n");
        for (int i = 0; i < 50; i++) {
            export.append("A").append(i).append(",Anna,lead,not a date\n");
        }
        Path file = Files.writeString(dir.resolve("log.csv"), export);
        Path map = Files.writeString(dir.resolve("stages.csv"), LOG_MAP);
        List<String> messages = problems(() -> CrmFixtures.convert(map, List.of(file), null, null, Period.YEAR));
        assertEquals(CrmProblems.SHOWN + 1, messages.size());
        assertEquals("... and 30 more problems of the same kinds", messages.get(messages.size() - 1));
    }

    private static List<String> problems(Runnable conversion) {
        try {
            conversion.run();
        } catch (CrmProblems e) {
            return e.messages();
        } catch (InputException e) {
            return new ArrayList<>(List.of(e.getMessage()));
        }
        fail("the conversion should have failed");
        return List.of();
    }
}
