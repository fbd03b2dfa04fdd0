package org.funnelplan.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.InputException;
import org.funnelplan.model.RepTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.funnelplan.csv.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How files saved by Excel in its various "CSV" flavours are decoded. */
class EncodingTest {
    private static final String TARGETS = "rep;new_customers;avg_margin\r\nAnna;10;5000\r\nRen\u00e9 M\u00fcller;3;€ 1.000\r\n";

    @TempDir
    Path dir;

    @Test
    void windows1252FileIsReadWithAWarningNamingFileAndLine() throws IOException {
        Path file = dir.resolve("targets-ansi.csv");
        Files.write(file, TARGETS.getBytes(CsvText.WINDOWS_1252));
        List<String> warnings = new ArrayList<>();
        List<RepTarget> targets = TargetsReader.read(file, warnings);
        assertEquals("Ren\u00e9 M\u00fcller", targets.get(1).rep());
        assertEquals(1000, targets.get(1).avgMargin());
        assertEquals(1, warnings.size());
        assertEquals(file + ": read as Windows-1252, the encoding of Excel's plain \"CSV\" (first on line 3);"
                + " accents and € come through as typed", warnings.get(0), "what was done, not that something is wrong");
        TargetsReader.read(file, warnings);
        assertEquals(1, warnings.size(), "said once per file, also when a run reads it again");
    }

    @Test
    void validUtf8StaysUtf8WhenOtherBytesOfTheFileAreWindows1252() throws IOException {
        Path file = fixture("good/targets-mixed-utf8-and-1252.csv");
        List<String> warnings = new ArrayList<>();
        List<RepTarget> targets = TargetsReader.read(file, warnings);
        assertEquals(List.of("Jos\u00e9 M\u00fcller", "Ren\u00e9 \u20acuro", "Anna"),
                targets.stream().map(RepTarget::rep).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(file + ": read as Windows-1252, the encoding of Excel's plain \"CSV\" (first on line 3)"),
                warnings.get(0));
    }

    @Test
    void invalidBytesAtEveryPositionOfALargeFileAreEachReadAsWindows1252() throws IOException {
        Path file = dir.resolve("targets-large.csv");
        List<String> expected = new ArrayList<>();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("rep,new_customers,avg_margin\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 20_000; i++) { // crosses many decoder buffers at varying offsets
            String name = i % 2 == 0 ? "Jos\u00e9 " + i : "Ren\u00e9 " + i;
            expected.add(name);
            bytes.writeBytes((name + ",1,1\n").getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : CsvText.WINDOWS_1252));
        }
        bytes.writeBytes("Last \u00e9,1,1".getBytes(CsvText.WINDOWS_1252)); // an invalid byte near the end, no newline
        expected.add("Last \u00e9");
        Files.write(file, bytes.toByteArray());
        List<String> warnings = new ArrayList<>();
        List<String> read = TargetsReader.read(file, warnings).stream().map(RepTarget::rep).toList();
        assertEquals(expected.size(), read.size());
        for (int i = 0; i < read.size(); i++) {
            assertEquals(expected.get(i), read.get(i), "rep " + i);
        }
        assertEquals(List.of(file + ": read as Windows-1252, the encoding of Excel's plain \"CSV\" (first on line 3);"
                + " accents and € come through as typed"), warnings);
    }

    @Test
    void utf8FileWithAccentsGivesNoWarning() throws IOException {
        Path file = dir.resolve("targets.csv");
        Files.writeString(file, TARGETS);
        List<String> warnings = new ArrayList<>();
        assertEquals("Ren\u00e9 M\u00fcller", TargetsReader.read(file, warnings).get(1).rep());
        assertEquals(List.of(), warnings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"}) // Java writes a BOM only for "UTF-16"
    void utf16FileIsRefusedWithTheCsvUtf8Hint(String charset) throws IOException {
        Path file = dir.resolve("targets-unicode.csv");
        byte[] bytes = TARGETS.getBytes(charset);
        if (charset.equals("UTF-16LE")) {
            byte[] withBom = new byte[bytes.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(bytes, 0, withBom, 2, bytes.length);
            bytes = withBom;
        }
        Files.write(file, bytes);
        InputException e = assertThrows(InputException.class, () -> TargetsReader.read(file, new ArrayList<>()));
        assertTrue(e.getMessage().startsWith(file + ": cannot read:"), e.getMessage());
        assertTrue(e.getMessage().contains("\"CSV UTF-8\""), e.getMessage());
    }

    @Test
    void utf16WithoutByteOrderMarkIsRecognisedByItsNulBytes() throws IOException {
        Path file = dir.resolve("history.csv");
        Files.write(file, "rep,period,stage,count\n".getBytes(StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> HistoryReader.read(file, new ArrayList<>()));
        assertTrue(e.getMessage().contains("\"CSV UTF-8\""), e.getMessage());
    }

    @Test
    void missingFileIsAnInputErrorNamingTheFile() {
        Path file = dir.resolve("nowhere.csv");
        InputException e = assertThrows(InputException.class, () -> SeasonalityReader.read(file, new ArrayList<>()));
        assertEquals(file + ": cannot read: no such file", e.getMessage());
    }

    @Test
    void directoryIsAnInputErrorNotACrash() {
        InputException e = assertThrows(InputException.class, () -> TargetsReader.read(dir, new ArrayList<>()));
        assertTrue(e.getMessage().startsWith(dir + ": cannot read"), e.getMessage());
    }
}
