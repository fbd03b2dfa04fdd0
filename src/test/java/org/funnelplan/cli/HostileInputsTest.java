package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.funnelplan.testutil.XlsxParts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Returned workbooks that are broken or built to hurt, one per kind the audit of issue 14 found,
 * each run through the launcher in its own JVM with a 256 MB heap, as a director would run
 * {@code variance}: exit 1, one {@code error:} line that names the file (and sheet and cell), no
 * stack trace or library log line, nothing written. The zip and XML bombs are made here, not kept
 * in the repository.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputsTest {
    @TempDir
    static Path dir;
    Path jan;
    Path master;
    String janSheet;
    /** The cell of Jan's January lead actual. */
    String janActual;
    String metaSheet;
    String masterMeta;
    /** file -> what its one error line must say after "error: FILE" */
    final Map<String, Hostile> fixtures = new LinkedHashMap<>();

    record Hostile(Path file, String says) {
        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    @BeforeAll
    void makeFixtures() throws IOException {
        CommandLineRun plan = CommandLineRun.of("generate", "--targets", "samples/team/targets.csv", "--history", "samples/team/history.csv",
                "--year", "2027", "--out", dir.resolve("plan.xlsx").toString(), "--per-rep", dir.resolve("reps").toString());
        assertEquals(0, plan.exitCode(), plan.err());
        master = dir.resolve("plan.xlsx");
        jan = dir.resolve("reps/Jan de Vries.xlsx");
        janSheet = ZipParts.sheetPart(jan, "Jan de Vries");
        metaSheet = ZipParts.sheetPart(jan, "funnelplan");
        masterMeta = ZipParts.sheetPart(master, "funnelplan");

        // The cells and names each fixture edits, found in Jan's workbook as written.
        String rep = "Jan de Vries";
        String sheet = ", sheet " + rep;
        janActual = XlsxParts.cell(jan, rep, "Actual_lead_M", 0);
        for (String value : List.of("1e308", "40000", "Infinity", "1e309", "0x1p3")) {
            cell("actual " + value, janActual, value, sheet + ", cell " + janActual + ": the actual 'lead' of Jan ");
        }
        for (String[] input : new String[][] {{"margin NaN", "Target_AvgMargin", "NaN", "holds 'NaN'"},
            {"seasonality 1e308", "Input_Seasonality_M", "1e308", "is 1.0E308"}, {"rate NaN", "Rate_contacted", "NaN", "holds 'NaN'"},
            {"days 1e308", "Input_AvgDays_contacted", "1e308", "is 1.0E308"}}) {
            String cell = XlsxParts.cell(jan, rep, input[1], 0);
            cellValue(input[0], cell, input[2], sheet + ", cell " + cell + ": " + input[1] + " " + input[3]);
        }
        int janIndex = XlsxParts.sheetIndex(jan, rep);
        name("name whole sheet", janIndex, "'Jan de Vries'!\\$A\\$1:\\$XFD\\$1048576", sheet + ": the defined name Actual_lead_M refers to whole columns");
        name("name huge range", janIndex, "'Jan de Vries'!\\$A\\$1:\\$Z\\$900000", sheet + ": the defined name Actual_lead_M covers 23,400,000 cells");
        name("name whole columns", janIndex, "'Jan de Vries'!\\$C:\\$N", sheet + ": the defined name Actual_lead_M refers to whole columns");
        String empty = "<c r=\"" + janActual + "\" s=\"(\\d+)\"/>";
        fixture("shared string out of range", ZipParts.of(jan).replace(janSheet, empty, "<c r=\"" + janActual + "\" s=\"$1\" t=\"s\"><v>999</v></c>"),
                sheet + ", cell " + janActual + ": the actual 'lead' of Jan holds a reference to shared string 999");
        fixture("garbage cell reference", ZipParts.of(jan).replace(janSheet, empty, "<c r=\"" + janActual + "X\" s=\"$1\"><v>5</v></c>"),
                ": corrupt .xlsx: " + janSheet + " (sheet Jan de Vries), line ");
        fixture("year 1e10", ZipParts.of(jan).replace(metaSheet, "<t>2027</t>", "<t>1e10</t>"),
                ", sheet funnelplan, cell B3: the funnelplan metadata is damaged: the plan year is '1e10'");
        fixture("two reps one sheet", ZipParts.of(master).replace(masterMeta,
                "(<t>Marieke Jansen</t></is></c><c r=\"C\\d+\"[^>]*><is><t>)Marieke Jansen", "$1Jan de Vries"),
                ", sheet funnelplan: the metadata gives reps Jan de Vries and Marieke Jansen the same sheet 'Jan de Vries'");

        String doctype = "<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";
        for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", janSheet)) {
            fixture("doctype in " + part.replaceAll("[^A-Za-z]", " ").trim(), ZipParts.of(jan).replace(part, "^(<\\?xml[^>]*\\?>)", "$1" + doctype),
                    ": refused: " + part + (part.equals(janSheet) ? " (sheet Jan de Vries)" : "") + " declares a DOCTYPE");
        }
        fixture("malformed content types", ZipParts.of(jan).replace("[Content_Types].xml", "</Types>", "</Typo>"),
                ": corrupt .xlsx: [Content_Types].xml is not well-formed XML, line ");
        fixture("malformed package rels", ZipParts.of(jan).replace("_rels/.rels", "</Relationships>", ""),
                ": corrupt .xlsx: _rels/.rels is not well-formed XML, line ");

        byte[] words = ZipParts.filler(true, 1);
        String tooLong = " holds a text, comment or CDATA section of more than 1,048,576 characters";
        fixture("comment 256 MiB", ZipParts.of(jan).huge(janSheet, "<sheetData>", words, 256, "<!--", "-->"),
                ": refused: " + janSheet + " (sheet Jan de Vries)" + tooLong);
        fixture("comment 3 GiB", ZipParts.of(jan).huge(janSheet, "<sheetData>", words, 3 * 1024, "<!--", "-->"),
                ": refused: " + janSheet + " (sheet Jan de Vries)" + tooLong);
        fixture("element name 64 MiB", ZipParts.of(jan).huge(janSheet, "<sheetData>", ZipParts.filler(false, 2), 64, "<x", "/>"),
                ": refused: " + janSheet + " (sheet Jan de Vries) holds a name or word of more than 1,048,576 characters");
        // A 200 MB entry no wanted cell uses, before the one the metadata's first key uses.
        fixture("shared string 200 MB", ZipParts.of(jan)
                .replace(metaSheet, "<c r=\"A1\"([^>]*) t=\"inlineStr\"><is><t>schema_version</t></is></c>", "<c r=\"A1\"$1 t=\"s\"><v>1</v></c>")
                .replace("xl/sharedStrings.xml", "<sst([^>]*)/>", "<sst$1></sst>")
                .huge("xl/sharedStrings.xml", "</sst>", words, 200, "<si><t>", "</t></si><si><t>schema_version</t></si>"),
                ": refused: xl/sharedStrings.xml (the shared strings)" + tooLong);
        fixture("zip bomb", ZipParts.of(jan).replace("xl/workbook.xml", "</workbook>", " ".repeat(30_000_000) + "</workbook>"),
                ": refused: a part of the zip is compressed far more");

        Path xls = dir.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Jan de Vries").createRow(0).createCell(0).setCellValue(3);
            workbook.write(out);
        }
        fixtures.put("xls", new Hostile(xls, ": an Excel 97-2003 workbook (.xls); funnelplan reads .xlsx: open it and save it as \"Excel Workbook (*.xlsx)\""));
        Path ods = dir.resolve("returned.ods");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new ZipEntry("mimetype"));
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes(StandardCharsets.UTF_8));
        }
        fixtures.put("ods", new Hostile(ods, ": an OpenDocument spreadsheet (.ods); funnelplan reads .xlsx: open it and save it as \"Excel Workbook (*.xlsx)\""));
        Path fifo = dir.resolve("pipe.xlsx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        try {
            if (mkfifo.waitFor() == 0) {
                fixtures.put("fifo", new Hostile(fifo, ": is not a regular file (a device or a named pipe)"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fixtures.put("folder", new Hostile(Files.createDirectories(dir.resolve("folder.xlsx")), ": is a folder, not a workbook"));
        fixtures.put("empty", new Hostile(Files.createFile(dir.resolve("empty.xlsx")), ": the file is empty"));
    }

    private void cell(String label, String cell, String value, String says) throws IOException {
        fixture(label, ZipParts.of(jan).replace(janSheet, "<c r=\"" + cell + "\" s=\"(\\d+)\"/>", "<c r=\"" + cell + "\" s=\"$1\"><v>" + value + "</v></c>"), says);
    }

    private void cellValue(String label, String cell, String value, String says) throws IOException {
        fixture(label, ZipParts.of(jan).replace(janSheet, "(<c r=\"" + cell + "\" s=\"\\d+\"><v>)[^<]*", "$1" + value), says);
    }

    /** Jan's Actual_lead_M (the name of his sheet, {@code localSheetId} its index) made to refer to {@code refersTo}. */
    private void name(String label, int sheetIndex, String refersTo, String says) throws IOException {
        fixture(label, ZipParts.of(jan).replace("xl/workbook.xml", "(<definedName name=\"Actual_lead_M\" localSheetId=\"" + sheetIndex + "\">)[^<]*",
                "$1" + refersTo), says);
    }

    private void fixture(String label, ZipParts parts, String says) throws IOException {
        Path file = parts.writeTo(dir.resolve(label.replace(' ', '-') + ".xlsx"));
        fixtures.put(label, new Hostile(file, says));
    }

    Stream<Hostile> hostile() {
        return fixtures.values().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isOneErrorLineNamingTheFileWithinASmallHeapAndNothingIsWritten(Hostile hostile) throws IOException {
        Path out = dir.resolve("out-" + hostile + ".xlsx");
        Path csv = dir.resolve("out-" + hostile + ".csv");
        ForkedRun run = ForkedRun.of(dir, "variance", hostile.file().toString(), "--out", out.toString(), "--csv", csv.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.showsATrace(), run.err());
        assertEquals(1, run.errorLines().size(), run.err());
        String line = run.errorLines().get(0);
        assertTrue(line.startsWith("error: " + hostile.file() + hostile.says()), "expected error: " + hostile.file() + hostile.says() + "…\n got " + line);
        assertFalse(Files.exists(out) || Files.exists(csv), "nothing written");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().contains(".funnelplan-")).toList(), "no temporary file left");
        }
    }

    @Test
    void junkWhereNothingIsReadChangesNothing() throws IOException {
        StringBuilder cells = new StringBuilder();
        for (int r = 100; r < 100_100; r++) {
            cells.append("<row r=\"").append(r).append("\"><c r=\"XFD").append(r).append("\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
        Path xfd = ZipParts.of(jan).replace(metaSheet, "</sheetData>", cells + "</sheetData>").writeTo(dir.resolve("metadata-xfd.xlsx"));
        Path core = ZipParts.of(jan).replace("docProps/core.xml", "</cp:coreProperties>", "").writeTo(dir.resolve("core-malformed.xlsx"));
        ForkedRun clean = ForkedRun.of(dir, "variance", jan.toString());
        assertEquals(0, clean.exitCode(), clean.err());
        for (Path file : List.of(xfd, core)) {
            ForkedRun run = ForkedRun.of(dir, "variance", file.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err(), "not a line from a library either");
            assertEquals(clean.out(), run.out());
        }
    }

    @Test
    void theLeadSheetOfAMasterIsNeverOpened() throws IOException {
        Path withLeads = dir.resolve("with-leads.xlsx");
        CommandLineRun made = CommandLineRun.of("generate", "--targets", "samples/team/targets.csv", "--history", "samples/team/history.csv",
                "--leads", "samples/team/leads.csv", "--year", "2027", "--out", withLeads.toString());
        assertEquals(0, made.exitCode(), made.err());
        // The lead sheet made unreadable: a run that opened it would fail.
        Path broken = ZipParts.of(withLeads).replace(ZipParts.sheetPart(withLeads, "Leads"), "<sheetData>", "<sheetData><row r=\"x\"><<")
                .writeTo(dir.resolve("leads-broken.xlsx"));
        ForkedRun run = ForkedRun.of(dir, "variance", broken.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(ForkedRun.of(dir, "variance", withLeads.toString()).out(), run.out());
    }

    @Test
    void oneRunNamesEveryBadFileInTheOrderGiven() throws IOException {
        Path typo = fixtures.get("actual 40000").file();
        Path pieter = dir.resolve("reps/Pieter Bakker.xlsx");
        Path sanne = dir.resolve("reps/Sanne Visser.xlsx");
        ForkedRun run = ForkedRun.of(dir, "variance", fixtures.get("xls").file().toString(), typo.toString(), pieter.toString(),
                pieter.toString(), fixtures.get("ods").file().toString(), sanne.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.showsATrace(), run.err());
        List<String> lines = run.errorLines();
        assertEquals(4, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: " + fixtures.get("xls").file() + ": an Excel 97-2003 workbook (.xls)"), lines.get(0));
        assertTrue(lines.get(1).startsWith("error: " + typo + ", sheet Jan de Vries, cell " + janActual + ": the actual 'lead' of Jan is 40000"), lines.get(1));
        assertEquals("error: " + pieter + ": this workbook is given twice; give each workbook once", lines.get(2));
        assertTrue(lines.get(3).startsWith("error: " + fixtures.get("ods").file() + ": an OpenDocument spreadsheet (.ods)"), lines.get(3));
    }
}
