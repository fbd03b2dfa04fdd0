package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC section 5: with a Dutch plan the way back is Dutch: the console of variance and history
 * (errors and warnings too, their prefixes kept), the stdout table, the report, and CSVs with ';',
 * decimal commas and a BOM that generate reads back.
 */
class DutchWayBackTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;
    Path targets;
    Path history;
    Path anna;
    Path bob;
    Path cas;

    @BeforeEach
    void dutchPlanWithTwoTeams() throws IOException {
        targets = Files.writeString(dir.resolve("doelen.csv"), """
                rep;team;new_customers;avg_margin
                Anna;Noord;10;€ 5.000
                Bob;Noord;4;€ 3.000
                Cas;Zuid;6;€ 4.000
                """);
        history = Files.writeString(dir.resolve("historie.csv"), """
                rep;period;stage;count;avg_days
                Anna;2025;lead;1000;30
                Anna;2025;gebeld;400;20,5
                Anna;2025;bezocht;100;30
                Anna;2025;offerte;20;15
                Anna;2025;gewonnen;10;
                Cas;2025;lead;600;25
                Cas;2025;gebeld;200;20
                Cas;2025;bezocht;60;30
                Cas;2025;offerte;15;15
                Cas;2025;gewonnen;6;
                """);
        CommandLineRun generate = CommandLineRun.of("generate", "--lang", "nl", "--targets", targets.toString(), "--history",
                history.toString(), "--year", "2027", "--out", dir.resolve("plan.xlsx").toString(), "--per-rep", dir.resolve("reps").toString());
        assertEquals(0, generate.exitCode(), generate.err());
        anna = dir.resolve("reps/Anna.xlsx");
        bob = dir.resolve("reps/Bob.xlsx");
        cas = dir.resolve("reps/Cas.xlsx");
    }

    private void fill() throws IOException {
        RoundTripCommandsTest.edit(anna, wb -> {
            RoundTripCommandsTest.set(wb, "Anna", "Actual_lead_M", 60, 50);
            RoundTripCommandsTest.set(wb, "Anna", "Actual_gebeld_M", 25, 20);
            RoundTripCommandsTest.set(wb, "Anna", "Actual_gewonnen_M", 1, 0);
        });
        RoundTripCommandsTest.edit(bob, wb -> RoundTripCommandsTest.set(wb, "Bob", "Actual_lead_M", 30, 35));
        RoundTripCommandsTest.edit(cas, wb -> {
            RoundTripCommandsTest.set(wb, "Cas", "Actual_lead_M", 40, 45);
            RoundTripCommandsTest.set(wb, "Cas", "Actual_gewonnen_M", 1, 1);
        });
    }

    @Test
    void everyProblemOfADutchPlanIsOneDutchErrorLine() throws IOException {
        fill();
        RoundTripCommandsTest.edit(bob, wb -> RoundTripCommandsTest.cells(wb, "Bob", "Actual_gewonnen_M").get(0).setCellValue("8O"));
        RoundTripCommandsTest.edit(anna, wb -> RoundTripCommandsTest.cells(wb, "Anna", "Actual_offerte_M").get(1).setCellValue(2.5));
        Path notes = Files.writeString(dir.resolve("notities.xlsx"), "geen werkmap");
        Path empty = Files.write(dir.resolve("leeg.xlsx"), new byte[0]);
        Path csv = dir.resolve("v.csv");

        CommandLineRun run = CommandLineRun.of("variance", notes.toString(), anna.toString(), bob.toString(), empty.toString(),
                cas.toString(), "--csv", csv.toString());
        assertEquals(1, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(List.of(
                "error: " + notes + ": geen .xlsx-werkmap (het bestand is geen zip-pakket, maar lijkt tekst of een ander formaat);"
                        + " sla het vanuit Excel of LibreOffice op als .xlsx",
                "error: " + anna + ", blad Anna, cel " + address(anna, "Anna", "Actual_offerte_M", 1) + ": het werkelijke aantal"
                        + " 'offerte' van feb is een breuk (2,5); tel hele aantallen: typ een geheel getal van 0 tot en met 39.999,"
                        + " of laat de cel leeg",
                "error: " + bob + ", blad Bob, cel " + address(bob, "Bob", "Actual_gewonnen_M", 0) + ": het werkelijke aantal"
                        + " 'gewonnen' van jan bevat tekst '8O'; typ een geheel getal van 0 tot en met 39.999, of laat de cel leeg",
                "error: " + empty + ": het bestand is leeg; verwacht een .xlsx-werkmap"), lines,
                "the first file cannot be read, yet the messages are in the words of the first Dutch workbook");
        assertFalse(Files.exists(csv));

        CommandLineRun lenient = CommandLineRun.of("variance", anna.toString(), bob.toString(), cas.toString(), "--lenient");
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.err().startsWith("warning: " + anna + ", blad Anna, cel "), lenient.err());
        assertTrue(lenient.err().contains("is een breuk (2,5); tel hele aantallen: typ een geheel getal van 0 tot en met 39.999,"
                + " of laat de cel leeg; overgeslagen (--lenient)"), lenient.err());
    }

    @Test
    void varianceOfADutchPlanSpeaksDutchAndWritesSemicolonsWithDecimalCommas() throws IOException {
        fill();
        Path csv = dir.resolve("afwijking.csv");
        Path report = dir.resolve("afwijking.xlsx");
        CommandLineRun run = CommandLineRun.of("variance", anna.toString(), bob.toString(), cas.toString(), "--csv", csv.toString(),
                "--out", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> out = run.out().lines().toList();
        assertEquals("Plan 2027, maand 1-2 (3 verkopers)", out.get(0));
        assertEquals("stap              plan t/m nu    werkelijk     verschil  % van plan", out.get(1));
        assertTrue(out.contains("Team Noord:") && out.contains("Team Zuid:"), run.out());
        assertTrue(out.get(2).matches("lead +\\d+,\\d +\\d+ +[-+]\\d+,\\d +\\d+% [GOR]"), out.get(2));
        assertEquals(List.of(report + " geschreven", csv + " geschreven"), out.subList(out.size() - 2, out.size()));

        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of(BOM[0], BOM[1], BOM[2]), List.of(bytes[0], bytes[1], bytes[2]), "a BOM, so Dutch Excel reads UTF-8");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("rep;stage;month;plan;actual;variance;attainment\r\n")
                || text.startsWith("rep;stage;month;plan;actual;variance;attainment\n"), text.substring(0, 60));
        String annaLeadJan = text.lines().filter(l -> l.startsWith("Anna;lead;1;")).findFirst().orElseThrow();
        assertTrue(annaLeadJan.matches("Anna;lead;1;\\d+(,\\d{1,4})?;60;-?\\d+(,\\d{1,4})?;\\d+(,\\d{1,4})?"), annaLeadJan);

        CommandLineRun comma = CommandLineRun.of("variance", anna.toString(), bob.toString(), cas.toString(), "--csv",
                dir.resolve("comma.csv").toString(), "--csv-format", "comma");
        assertEquals(0, comma.exitCode(), comma.err());
        assertTrue(Files.readString(dir.resolve("comma.csv")).startsWith("rep,stage,month,plan,actual,variance,attainment\n"));

        CommandLineRun again = CommandLineRun.of("variance", anna.toString(), bob.toString(), cas.toString(), "--out", report.toString());
        assertEquals(2, again.exitCode());
        assertEquals("error: " + report + " bestaat al; voeg --force toe om het te vervangen", again.err().strip());

        try (XSSFWorkbook workbook = RoundTripCommandsTest.open(report)) {
            assertEquals(List.of("Team", "Verkopers", "Maanden"), List.of(workbook.getSheetName(0), workbook.getSheetName(1),
                    workbook.getSheetName(2)));
            assertTeamRowsAddUpToTheTotal(workbook.getSheet("Team"), 5);
            assertTrue(workbook.getSheet("Team").getDrawingPatriarch().getCharts().size() == 1, "the team chart");
        }
    }

    @Test
    void historyOfADutchPlanIsASemicolonFileThatGenerateReadsBackNextToLastYears() throws IOException {
        fill();
        Path next = dir.resolve("historie-2027.csv");
        CommandLineRun run = CommandLineRun.of("history", anna.toString(), bob.toString(), cas.toString(), "--out", next.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(next + " geschreven: werkelijke aantallen van 3 verkopers, periode 2027-01..02", run.out().strip());
        assertEquals("warning: de werkelijke aantallen beslaan alleen januari tot en met februari 2027, een deel van het jaar:"
                + " de periode is 2027-01..02; schrijf de historie opnieuw als het jaar compleet is en geef generate dan dat bestand"
                + " in plaats van dit", run.err().strip());
        String text = new String(Files.readAllBytes(next), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFrep;period;stage;count;avg_days"), text);
        assertTrue(text.contains("\nAnna;2027-01..02;gebeld;45;20,5"), text);

        CommandLineRun generate = CommandLineRun.of("generate", "--lang", "nl", "--targets", targets.toString(), "--history",
                history.toString(), "--history", next.toString(), "--year", "2028", "--out", dir.resolve("plan-2028.xlsx").toString());
        assertEquals(0, generate.exitCode(), generate.err());
        try (XSSFWorkbook plan = RoundTripCommandsTest.open(dir.resolve("plan-2028.xlsx"))) {
            int sheet = plan.getSheetIndex("Bob");
            assertTrue(RoundTripCommandsTest.value(plan, sheet, "Rate_lead") > 0, "Bob's lead counts pooled into the team's rate");
        }
    }

    /** Every numeric column of the team total equals the sum of the teams' rows below it (the lights' percentages aside). */
    static void assertTeamRowsAddUpToTheTotal(Sheet sheet, int stages) {
        int header = -1;
        for (Row row : sheet) {
            Cell b = row.getCell(1);
            if (b != null && b.getCellType() == CellType.STRING && (b.getStringCellValue().equals("Stage") || b.getStringCellValue().equals("Stap"))) {
                header = row.getRowNum();
                break;
            }
        }
        assertTrue(header > 0, "the header row");
        List<String> headers = new ArrayList<>();
        sheet.getRow(header).forEach(c -> headers.add(c.getStringCellValue()));
        List<Row> teamRows = new ArrayList<>();
        for (int r = header + 1 + stages; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(2) != null && row.getCell(2).getCellType() == CellType.NUMERIC) {
                teamRows.add(row);
            }
        }
        assertTrue(teamRows.size() >= 2 * stages, "at least two teams below the total: " + teamRows.size());
        for (int s = 0; s < stages; s++) {
            Row total = sheet.getRow(header + 1 + s);
            for (int c : new int[] {2, 3, 4, 8, 9, 10, 11}) {
                double sum = 0;
                for (Row row : teamRows) {
                    if (row.getCell(1).getStringCellValue().equals(total.getCell(1).getStringCellValue()) && row.getCell(c) != null
                            && row.getCell(c).getCellType() == CellType.NUMERIC) {
                        sum += row.getCell(c).getNumericCellValue();
                    }
                }
                double expected = total.getCell(c).getCellType() == CellType.NUMERIC ? total.getCell(c).getNumericCellValue() : 0;
                assertEquals(expected, sum, 1e-9 * Math.max(1, Math.abs(expected)), headers.get(c) + " of " + total.getCell(1));
            }
        }
    }

    private static String address(Path file, String sheet, String name, int index) throws IOException {
        try (XSSFWorkbook workbook = RoundTripCommandsTest.open(file)) {
            return RoundTripCommandsTest.cells(workbook, sheet, name).get(index).getAddress().formatAsString();
        }
    }
}
