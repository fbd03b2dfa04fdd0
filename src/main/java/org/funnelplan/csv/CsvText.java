package org.funnelplan.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.InputException;

/**
 * Opens a CSV file as text the way Excel users save it: UTF-8 with or without BOM, or, when the
 * bytes are not valid UTF-8, Windows-1252 (Excel's plain "CSV" on Western Windows) with a warning.
 * UTF-16 ("Unicode Text") is refused with a hint. The file is read twice (a validating pass, then
 * the real one), so large files are never held in memory.
 */
final class CsvText {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 4096;

    private CsvText() {
    }

    /** A reader positioned after any byte order mark. */
    static BufferedReader open(Path file, List<String> warnings) {
        try {
            byte[] head = head(file);
            if (isUtf16(head)) {
                throw new InputException(file.toString(),
                        "cannot read: the file is UTF-16 (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" instead");
            }
            int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            long badLine = firstInvalidUtf8Line(file, bom);
            Charset charset = StandardCharsets.UTF_8;
            if (badLine > 0) {
                charset = WINDOWS_1252;
                warnings.add(("%s line %d: not valid UTF-8; read the file as Windows-1252 (Excel's plain \"CSV\")."
                        + " Check accented names, or save as \"CSV UTF-8\"").formatted(file, badLine));
            }
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bom);
            return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file.toString(), "cannot read: permission denied");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private static byte[] head(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        }
    }

    /** A UTF-16 byte order mark, or NUL bytes in a fifth of the sample (UTF-16 without BOM). */
    static boolean isUtf16(byte[] head) {
        if (head.length >= 2) {
            int a = head[0] & 0xFF;
            int b = head[1] & 0xFF;
            if (a == 0xFE && b == 0xFF || a == 0xFF && b == 0xFE) {
                return true;
            }
        }
        int nul = 0;
        for (byte x : head) {
            if (x == 0) {
                nul++;
            }
        }
        return head.length > 0 && nul * 5 >= head.length;
    }

    /** The 1-based line of the first byte that is not valid UTF-8, or 0 when all are. */
    private static long firstInvalidUtf8Line(Path file, int skip) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                line += newlines(chars);
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
            CoderResult flushed = decoder.flush(chars);
            return flushed.isError() ? line : 0;
        }
    }

    private static long newlines(CharBuffer chars) {
        chars.flip();
        long count = 0;
        while (chars.hasRemaining()) {
            if (chars.get() == '\n') {
                count++;
            }
        }
        chars.clear();
        return count;
    }
}
