package org.funnelplan.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.funnelplan.csv.Fixtures.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The table layer on its own: what a file kind with columns of the user's own (leads) will get. */
class CsvTableTest {
    private static final CsvColumns LEADS_LIKE = new CsvColumns(List.of("organisation"), List.of("id"), true);

    @TempDir
    Path dir;

    private List<CsvRow> read(String text, CsvColumns columns) throws IOException {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, text);
        List<CsvRow> rows = new ArrayList<>();
        CsvTable.read(file, columns, new ArrayList<>(), rows::add);
        return rows;
    }

    @Test
    void unknownColumnsAreCarriedThroughUnderTheirOwnHeaderWhenAllowed() throws IOException {
        List<CsvRow> rows = read("Organisation;Region; Account Manager \nAcme;North;Eva\nBeta\n", LEADS_LIKE);
        assertEquals("Acme", rows.get(0).text("organisation"));
        assertEquals(Map.of("Region", "North", "Account Manager", "Eva"), rows.get(0).extra());
        assertEquals(List.of("Region", "Account Manager"), List.copyOf(rows.get(0).extra().keySet()));
        assertEquals("", rows.get(1).extra().get("Region"), "a short row leaves its last cells empty");
    }

    @Test
    void carriedColumnsStillMayNotBeNamedTwice() throws IOException {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, "organisation,region,REGION\nAcme,N,S\n");
        assertRejected(() -> CsvTable.read(file, LEADS_LIKE, new ArrayList<>(), row -> { }), file, 1,
                "column REGION is named twice");
    }

    @Test
    void headerAfterBlankLinesIsFoundAndLinesStayPhysical() throws IOException {
        List<CsvRow> rows = read("\n,,\norganisation,id\r\n\"Acme\r\nWest\",7\r\nBeta,8\r\n", LEADS_LIKE);
        assertEquals(List.of(4, 6), rows.stream().map(CsvRow::line).toList());
        assertEquals("Acme\r\nWest", rows.get(0).text("organisation"));
    }

    @Test
    void cellsUpToExcelsLimitAreReadAndLongerOnesRefusedNamingTheColumn() throws IOException {
        String longest = "a".repeat(32_767);
        List<CsvRow> rows = read("organisation;id\n" + longest + ";1\n", LEADS_LIKE);
        assertEquals(longest, rows.get(0).text("organisation"));

        Path file = dir.resolve("leads.csv");
        Files.writeString(file, "organisation;id\nAcme;1\n  " + longest + "b  ;2\n");
        assertRejected(() -> CsvTable.read(file, LEADS_LIKE, new ArrayList<>(), row -> { }), file, 3,
                "column organisation: the cell is 32,768 characters long, longer than Excel's 32,767 characters");
    }

    @Test
    void headerLongerThanExcelsLimitIsRefused() throws IOException {
        Path file = dir.resolve("leads.csv");
        Files.writeString(file, "organisation;" + "h".repeat(40_000) + "\nAcme;1\n");
        assertRejected(() -> CsvTable.read(file, LEADS_LIKE, new ArrayList<>(), row -> { }), file, 1,
                "column 2: the header is 40,000 characters long, longer than Excel's 32,767 characters");
    }
}
