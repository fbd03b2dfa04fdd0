package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeflatedRowsTest {
    @TempDir
    Path dir;

    @Test
    void combinedCrcsAreTheCrcOfTheWholeText() {
        Random random = new Random(16);
        for (int round = 0; round < 200; round++) {
            byte[] a = new byte[random.nextInt(3000)];
            byte[] b = new byte[random.nextInt(3000)];
            random.nextBytes(a);
            random.nextBytes(b);
            CRC32 whole = new CRC32();
            whole.update(a);
            whole.update(b);
            assertEquals((int) whole.getValue(), ParallelDeflate.combine(crc(a), crc(b), b.length));
        }
    }

    /** Pieces deflated apart, each with the one before as dictionary, inflate as one stream to the text. */
    @Test
    void piecesPutTogetherAreOneDeflateStream() throws Exception {
        byte[] text = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Organisatie 1 B.V.</t></is></c></row>\n".repeat(20_000)
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        int piece = 50_000;
        for (int at = 0; at < text.length; at += piece) {
            byte[] xml = Arrays.copyOfRange(text, at, Math.min(text.length, at + piece));
            byte[] before = Arrays.copyOfRange(text, Math.max(0, at - ParallelDeflate.WINDOW), at);
            ParallelDeflate.Deflated deflated = ParallelDeflate.submit(xml, xml.length, before, before.length, at + piece >= text.length).get();
            stream.write(deflated.bytes(), 0, deflated.length());
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(stream.toByteArray());
        byte[] back = new byte[text.length];
        int n = 0;
        while (!inflater.finished()) {
            n += inflater.inflate(back, n, back.length - n);
        }
        assertEquals(text.length, n);
        assertArrayEquals(text, back);
        assertTrue(stream.size() < text.length / 50, "the dictionary carries the repeats across pieces: " + stream.size());
    }

    /** Rows past one piece are deflated as they are written; they read back as the XML they were. */
    @Test
    void rowsOfABigSheetReadBackAsTheXmlTheyWere() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); RowStore store = new RowStore()) {
            SheetRows rows = new SheetRows(workbook.createSheet("s"), store, 10);
            StringBuilder expected = new StringBuilder();
            for (int row = 0; row < 20_000; row++) {
                rows.text(row, 0, "L" + row + " \u2212 café", 0);
                rows.number(row, 1, row * 0.5, 3);
                expected.append("<row r=\"").append(row + 1).append("\"><c r=\"A").append(row + 1)
                        .append("\" t=\"inlineStr\"><is><t>L").append(row).append(" \u2212 café</t></is></c><c r=\"B").append(row + 1)
                        .append("\" s=\"3\"><v>").append(row % 2 == 0 ? Long.toString(row / 2) : Double.toString(row * 0.5))
                        .append("</v></c></row>\n");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            rows.copyTo(out);
            assertTrue(rows.deflated());
            assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
            assertEquals(expected.toString().getBytes(StandardCharsets.UTF_8).length, rows.xmlLength());
        }
    }

    /** A workbook with a big sheet and a small one: every entry inflates with a good CRC, the rows in place. */
    @Test
    void aWrittenWorkbookHoldsEveryRowWithGoodCrcs() throws IOException {
        Path file = dir.resolve("big.xlsx");
        try (StreamingWorkbook workbook = new StreamingWorkbook(new NamedWorkbook(new DefinedNames()), 10)) {
            SheetRows small = workbook.createSheet("small");
            small.text(0, 0, "one row", 0);
            SheetRows big = workbook.createSheet("big");
            for (int row = 0; row < 30_000; row++) {
                big.text(row, 0, "lead " + row, 0);
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            assertFalse(small.deflated());
            assertTrue(big.deflated());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String bigSheet = null;
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    assertEquals(entry.getCrc(), crc.getValue(), entry.getName());
                    assertEquals(entry.getSize(), bytes.length, entry.getName());
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    if (xml.contains("lead 29999")) {
                        bigSheet = xml;
                    }
                }
            }
            assertTrue(bigSheet != null && bigSheet.startsWith("<?xml") && bigSheet.endsWith("</worksheet>"), "the big sheet");
            assertTrue(bigSheet.contains("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>lead 0</t></is></c></row>\n"));
            assertTrue(bigSheet.contains("<t>lead 29999</t></is></c></row>\n</sheetData>"));
        }
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}
