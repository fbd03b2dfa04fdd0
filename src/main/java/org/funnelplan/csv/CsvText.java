package org.funnelplan.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

import org.funnelplan.model.InputException;

/**
 * Opens a CSV file as text the way Excel users save it: UTF-8 with or without BOM, where bytes
 * that are not valid UTF-8 are read as Windows-1252 (Excel's plain "CSV" on Western Windows), with
 * a note saying so, once per file. Only those bytes: valid UTF-8 elsewhere in the file stays as written, so one line
 * pasted from an old export does not garble the accents of every other line. UTF-16 ("Unicode
 * Text") is refused with a hint. The file is decoded in one streaming pass.
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
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(bom);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new BufferedReader(new Utf8Or1252Reader(in, line -> readAs1252(file, line, warnings)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "cannot read: no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file.toString(), "cannot read: permission denied");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /**
     * Says once per file what was done, not that something is wrong: Excel's plain "CSV" is a
     * supported format. The line of the first such character helps where a file mixes encodings.
     */
    private static void readAs1252(Path file, long line, List<String> warnings) {
        String note = ("%s: read as Windows-1252, the encoding of Excel's plain \"CSV\" (first on line %d);"
                + " accents and \u20ac come through as typed").formatted(file, line);
        if (!warnings.contains(note)) {
            warnings.add(note);
        }
    }

    private static byte[] head(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException("it is a directory, not a file");
        }
        // /dev/zero would read as UTF-16 (all NUL bytes) and a named pipe would wait for a writer forever.
        if (!attributes.isRegularFile()) {
            throw new IOException("it is not a regular file (a device or a named pipe); give the saved CSV file itself");
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

    /**
     * Decodes UTF-8, reading each byte that is not part of a valid UTF-8 sequence as Windows-1252
     * instead, and reports the line of the first such byte once.
     */
    static final class Utf8Or1252Reader extends Reader {
        /** Windows-1252 by byte; its five undefined bytes become U+FFFD. */
        private static final char[] CP1252 = cp1252();

        private final InputStream in;
        private final LongConsumer firstInvalidLine;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip(); // read mode between calls
        private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip(); // read mode between calls
        private boolean endOfInput;
        private boolean done;
        private long line = 1; // counted until the first invalid byte only
        private boolean reported;

        Utf8Or1252Reader(InputStream in, LongConsumer firstInvalidLine) {
            this.in = in;
            this.firstInvalidLine = firstInvalidLine;
        }

        private static char[] cp1252() {
            byte[] all = new byte[256];
            for (int b = 0; b < all.length; b++) {
                all[b] = (byte) b;
            }
            char[] table = new String(all, WINDOWS_1252).toCharArray();
            if (table.length != 256) {
                throw new IllegalStateException("windows-1252 does not map one byte to one character");
            }
            return table;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (done) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(buffer, offset, n);
            return n;
        }

        /** Decodes at least one more character into {@code chars}, or sets {@code done}. */
        private void fill() throws IOException {
            chars.clear();
            while (chars.position() == 0 && !done) {
                int from = chars.position();
                CoderResult result = utf8.decode(bytes, chars, endOfInput);
                if (!reported) {
                    countLines(from, chars.position());
                }
                if (result.isError()) {
                    if (chars.remaining() < result.length()) {
                        break; // full; the same bytes are reported again on the next call
                    }
                    if (!reported) {
                        reported = true;
                        firstInvalidLine.accept(line);
                    }
                    for (int i = 0; i < result.length(); i++) {
                        chars.put(CP1252[bytes.get() & 0xFF]);
                    }
                } else if (result.isUnderflow()) {
                    if (endOfInput) {
                        utf8.flush(chars);
                        done = true;
                    } else {
                        readBytes();
                    }
                }
            }
            chars.flip();
        }

        private void countLines(int from, int to) {
            char[] array = chars.array();
            for (int i = from; i < to; i++) {
                if (array[i] == '\n') {
                    line++;
                }
            }
        }

        private void readBytes() throws IOException {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
