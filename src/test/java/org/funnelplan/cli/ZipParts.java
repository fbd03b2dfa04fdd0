package org.funnelplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.funnelplan.testutil.XlsxParts;

/**
 * Test helper: copies of an .xlsx with parts changed as text, and parts of gigabytes made without
 * holding them: a chunk is deflated once and its compressed bytes repeated (valid deflate, as each
 * copy only refers back into the copy before it), so a 3 GiB part is a 60 MB file written in a
 * second, at a compression ratio POI's zip-bomb guard lets through.
 */
final class ZipParts {
    private final Path source;
    private final Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
    private final Map<String, Huge> huge = new LinkedHashMap<>();

    /** A part of {@code head}, {@code chunk} {@code repeats} times, then {@code tail}. */
    record Huge(byte[] head, byte[] chunk, long repeats, byte[] tail) {
        long size() {
            return head.length + chunk.length * repeats + tail.length;
        }
    }

    private ZipParts(Path source) {
        this.source = source;
    }

    static ZipParts of(Path source) {
        return new ZipParts(source);
    }

    /** Replaces the first match of {@code regex} in a part; a part or pattern that is not there fails the test's set-up. */
    ZipParts replace(String part, String regex, String replacement) {
        return edit(part, xml -> {
            Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(xml);
            if (!matcher.find()) {
                throw new IllegalStateException("no " + regex + " in " + part);
            }
            return matcher.replaceFirst(replacement);
        });
    }

    ZipParts edit(String part, UnaryOperator<String> edit) {
        edits.merge(part, edit, (a, b) -> xml -> b.apply(a.apply(xml)));
        return this;
    }

    /** Replaces a part (as edited so far) by a huge one: its text up to {@code at}, the filler, and the rest. */
    ZipParts huge(String part, String at, byte[] chunk, long repeats, String inserted, String insertedAfter) {
        UnaryOperator<String> before = edits.remove(part);
        String xml = before == null ? read(source, part) : before.apply(read(source, part));
        int cut = xml.indexOf(at);
        if (cut < 0) {
            throw new IllegalStateException("no " + at + " in " + part);
        }
        huge.put(part, new Huge((xml.substring(0, cut) + inserted).getBytes(StandardCharsets.UTF_8), chunk, repeats,
                (insertedAfter + xml.substring(cut)).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    Path writeTo(Path target) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(source).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
            Enumeration<ZipArchiveEntry> entries = in.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (huge.containsKey(entry.getName())) {
                    writeHuge(out, entry.getName(), huge.get(entry.getName()));
                    continue;
                }
                byte[] bytes;
                try (InputStream part = in.getInputStream(entry)) {
                    bytes = part.readAllBytes();
                }
                UnaryOperator<String> edit = edits.get(entry.getName());
                if (edit != null) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
                out.write(bytes);
                out.closeArchiveEntry();
            }
        }
        return target;
    }

    static String read(Path xlsx, String part) {
        return XlsxParts.read(xlsx, part);
    }

    /** The part that holds a sheet, e.g. {@code xl/worksheets/sheet1.xml}. */
    static String sheetPart(Path xlsx, String sheet) {
        return XlsxParts.sheetPart(xlsx, sheet);
    }

    private static void writeHuge(ZipArchiveOutputStream out, String name, Huge part) throws IOException {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        byte[] start = concat(deflate(deflater, part.head(), Deflater.SYNC_FLUSH), deflate(deflater, part.chunk(), Deflater.SYNC_FLUSH));
        byte[] again = deflate(deflater, part.chunk(), Deflater.SYNC_FLUSH);
        deflater.setInput(part.tail());
        deflater.finish();
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            end.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(part.head());
        for (long i = 0; i < part.repeats(); i++) {
            crc.update(part.chunk());
        }
        crc.update(part.tail());
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(part.size());
        entry.setCrc(crc.getValue());
        entry.setCompressedSize(start.length + again.length * (part.repeats() - 1) + end.size());
        byte[] last = end.toByteArray();
        out.addRawArchiveEntry(entry, new InputStream() {
            private long piece = -1; // -1: start, 0..repeats-2: again, then last
            private byte[] current = start;
            private int at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                while (at == current.length) {
                    if (current == last) {
                        return -1;
                    }
                    piece++;
                    current = piece < part.repeats() - 1 ? again : last;
                    at = 0;
                }
                int n = Math.min(len, current.length - at);
                System.arraycopy(current, at, b, off, n);
                at += n;
                return n;
            }
        });
    }

    private static byte[] deflate(Deflater deflater, byte[] data, int flush) {
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /**
     * 1 MiB that deflates about 55 to 1: a repeating text with one random character in two hundred
     * (so it passes POI's guard, which refuses 100 to 1). {@code spaces}: words, else one long word.
     */
    static byte[] filler(boolean spaces, long seed) {
        Random random = new Random(seed);
        byte[] chunk = new byte[1 << 20];
        String base = spaces ? "a comment nobody reads " : "nameofanelementnobodyreads";
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = i % 200 == 0 ? (byte) ('a' + random.nextInt(26)) : (byte) base.charAt(i % base.length());
        }
        return chunk;
    }
}
