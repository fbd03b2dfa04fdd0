package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.funnelplan.csv.CampaignsReader;
import org.funnelplan.csv.LeadsReader;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.SeedFunnel;
import org.funnelplan.testutil.OoxmlValidator;
import org.funnelplan.workbook.PlanWorkbook;
import org.funnelplan.workbook.WorkbookOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validator finds what Excel would repair: each case breaks one part of a clean plan (the
 * seed's rep X with leads and campaigns) the way a writer bug would, and the validator must name it.
 */
class OoxmlValidatorTest {
    @TempDir
    static Path dir;
    static Map<String, byte[]> clean;

    @BeforeAll
    static void writeACleanPlan() throws IOException {
        Path leads = Files.writeString(dir.resolve("leads.csv"), "id,organisation,status,kvk_number\n007,Acme B.V.,lead,0123\n",
                StandardCharsets.UTF_8);
        Path campaigns = Files.writeString(dir.resolve("campaigns.csv"), """
                campaign,type,month,invited,response_rate,handover_rate,cost,issue
                Seminar,seminar,3,400,0.375,0.4,7500,Zakendoen in Afrika
                """, StandardCharsets.UTF_8);
        MarketingPlan plan = MarketingPlan.of(SeedFunnel.plan(), LeadsReader.read(leads, new ArrayList<>()),
                CampaignsReader.read(campaigns, new ArrayList<>()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanWorkbook.write(plan, WorkbookOptions.defaults(), out);
        clean = unzip(out.toByteArray());
    }

    @Test
    void aCleanPlanHasNoProblemAndItsPartsAreWhereTheCasesExpectThem() throws IOException {
        assertEquals(List.of(), OoxmlValidator.problems(zip(clean)));
        assertTrue(text("xl/worksheets/sheet4.xml").contains("<tableParts"), "sheet4 is the lead sheet");
        assertTrue(text("xl/worksheets/sheet3.xml").contains("Rep X"), "sheet3 is rep X's");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a six-digit colour                | xl/styles.xml            | rgb=\"FFFFF2CC\"                 | rgb=\"FFF2CC\"                   | ST_UnsignedIntHex",
        "dimension before sheetPr         | xl/worksheets/sheet3.xml | <sheetPr><pageSetUpPr fitToPage=\"false\"/></sheetPr><dimension ref=\"A1:N35\"/> | <dimension ref=\"A1:N35\"/><sheetPr><pageSetUpPr fitToPage=\"false\"/></sheetPr> | instead of 'sheetPr@",
        "cols after sheetData             | xl/worksheets/sheet3.xml | </sheetData>                    | </sheetData><cols><col min=\"20\" max=\"20\" width=\"5\"/></cols> | instead of 'cols@",
        "rows out of order               | xl/worksheets/sheet3.xml | <row r=\"4\">                  | <row r=\"1\">                  | row 1 after row 3",
        "cells out of order              | xl/worksheets/sheet3.xml | <c r=\"B4\"                    | <c r=\"A4\"                    | cell A4 after column 1",
        "a cell outside its row          | xl/worksheets/sheet3.xml | <c r=\"B5\"                    | <c r=\"B6\"                    | cell B6 in row 5",
        "a table header that differs      | xl/tables/table1.xml     | name=\"Status\"                  | name=\"State\"                   | column name 'State' differs from its header cell",
        "table columns repeating          | xl/tables/table1.xml     | name=\"Source\"                  | name=\"ID\"                      | repeats another ignoring case",
        "a <v> that is not a boolean      | xl/worksheets/sheet1.xml | t=\"b\"><f>                      | t=\"b\"><f>NOT(TRUE)</f><v>yes</v></c><c t=\"b\"><f> | t=\"b\" with <v>yes</v>",
        "a number that is not one         | xl/worksheets/sheet3.xml | <v>10</v>                       | <v>ten</v>                       | is not a number",
        "a style that does not exist      | xl/worksheets/sheet3.xml | s=\"3\"                          | s=\"999\"                        | style 999 is out of range",
        "a name the workbook lacks        | xl/worksheets/sheet3.xml | Target_AvgMargin*               | Target_AvgMargn*                 | Target_AvgMargn",
        "a defined name on a missing sheet| xl/workbook.xml          | 'Rep X'!$B$4                    | 'Rep Y'!$B$4                     | sheet 'Rep Y' the workbook does not have",
        "a defined name that is a cell    | xl/workbook.xml          | name=\"Plan_Year\"               | name=\"PY2027\"                  | is a cell reference",
        "a defined name twice             | xl/workbook.xml          | name=\"Leads_Gap\"               | name=\"Leads_Needed\"            | defined twice in the same scope",
        "a sheet name ending in '         | xl/workbook.xml          | name=\"Campaigns\"               | name=\"Campaigns'\"              | starts or ends with an apostrophe",
        "a table named like a name        | xl/tables/table1.xml     | displayName=\"Leads\"            | displayName=\"Lead_Rate\"        | taken by another table or a defined name",
        "a part without its content type  | [Content_Types].xml      | <Override PartName=\"/xl/tables/table1.xml\" | <Override PartName=\"/xl/tables/nothing.xml\" | a part the package does not hold",
        "a relationship to nothing        | xl/worksheets/_rels/sheet4.xml.rels | ../tables/table1.xml | ../tables/table9.xml         | which the package does not hold",
        "the dimension A1                 | xl/worksheets/sheet2.xml | <dimension ref=\"A1:J16\"/>      | <dimension ref=\"A1\"/>          | but the cells span A1:J16",
        "a chart on a missing sheet       | xl/charts/chart5.xml     | 'Rep X'!$C$22:$N$22             | 'Rep Z'!$C$22:$N$22              | sheet 'Rep Z' the workbook does not have",
        "an error message Excel cuts      | xl/worksheets/sheet3.xml | error=\"                         | error=\"" + "Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. Too long. " + " | longer than Excel's 225 characters",
    })
    void findsABrokenPart(String what, String part, String from, String to, String expected) throws IOException {
        assertTrue(text(part).contains(from), () -> part + " holds no " + from);
        Map<String, byte[]> broken = new LinkedHashMap<>(clean);
        broken.put(part, text(part).replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8));
        List<String> problems = OoxmlValidator.problems(zip(broken));
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), () -> what + ": expected '" + expected + "' in " + problems);
    }

    /** Excel keeps 1,023 manual page breaks a direction: the lead sheet cut into 1,025 pages across would be repaired. */
    @Test
    void findsMorePageBreaksThanExcelKeeps() throws IOException {
        String part = "xl/worksheets/sheet4.xml";
        Matcher breaks = Pattern.compile("<colBreaks[^>]*>.*?</colBreaks>").matcher(text(part));
        assertTrue(breaks.find(), part + " holds no <colBreaks>");
        StringBuilder many = new StringBuilder("<colBreaks count=\"1024\" manualBreakCount=\"1024\">");
        for (int col = 1; col <= 1024; col++) {
            many.append("<brk id=\"").append(col).append("\" man=\"true\" max=\"1048575\"/>");
        }
        Map<String, byte[]> broken = new LinkedHashMap<>(clean);
        broken.put(part, breaks.replaceFirst(Matcher.quoteReplacement(many + "</colBreaks>")).getBytes(StandardCharsets.UTF_8));
        List<String> problems = OoxmlValidator.problems(zip(broken));
        assertEquals(List.of("/" + part + " ('Leads'): colBreaks holds more than Excel's 1023 page breaks"), problems);
    }

    private static String text(String part) {
        return new String(clean.get(part), StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = bytes; ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
