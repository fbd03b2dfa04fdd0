package bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ParallelScatterZipCreator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.parallel.ScatterGatherBackingStore;

/**
 * The zip floor: how long it takes just to deflate a workbook's own parts into a new .xlsx file,
 * the parts already in memory, in one process. Whatever a writer does on top of this (making the
 * XML) is its own time. Prints one line per way of deflating: level 1 (BEST_SPEED) and level 6
 * (zlib's default, what Python's zipfile and so XlsxWriter use), one thread each, and level 6 on
 * every core with Commons Compress (already on funnelplan's class path).
 *
 * <p>Usage: {@code ZipFloor WORKBOOK.xlsx OUT_DIR RUNS}; each line is
 * {@code floor <label>: <median seconds> s (<min>-<max>), <bytes> bytes}.
 */
public final class ZipFloor {
    private ZipFloor() {
    }

    record Part(String name, byte[] data) {
    }

    public static void main(String[] args) throws Exception {
        Path workbook = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        List<Part> parts = new ArrayList<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] data = in.readAllBytes();
                    parts.add(new Part(entry.getName(), data));
                    total += data.length;
                }
            }
        }
        System.out.printf(Locale.ROOT, "parts %d, %d bytes uncompressed%n", parts.size(), total);
        Path file = out.resolve("zip-floor.xlsx");
        int cores = Runtime.getRuntime().availableProcessors();
        measure("level 1, 1 thread", runs, file, () -> sequential(parts, file, 1));
        measure("level 6, 1 thread", runs, file, () -> sequential(parts, file, 6));
        measure("level 6, %d threads".formatted(cores), runs, file, () -> parallel(parts, file, 6, cores));
        Files.deleteIfExists(file);
    }

    interface Deflate {
        void run() throws Exception;
    }

    private static void measure(String label, int runs, Path file, Deflate deflate) throws Exception {
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            deflate.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = runs % 2 == 1 ? seconds[runs / 2] : (seconds[runs / 2 - 1] + seconds[runs / 2]) / 2;
        System.out.printf(Locale.ROOT, "floor %s: %.2f s (%.2f-%.2f), %d bytes%n", label, median, seconds[0],
                seconds[runs - 1], Files.size(file));
    }

    private static void sequential(List<Part> parts, Path file, int level) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            zip.setLevel(level);
            for (Part part : parts) {
                zip.putNextEntry(new ZipEntry(part.name()));
                zip.write(part.data());
                zip.closeEntry();
            }
        }
    }

    private static void parallel(List<Part> parts, Path file, int level, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ParallelScatterZipCreator creator = new ParallelScatterZipCreator(pool, MemoryStore::new, level);
        for (Part part : parts) {
            ZipArchiveEntry entry = new ZipArchiveEntry(part.name());
            entry.setMethod(ZipEntry.DEFLATED);
            creator.addArchiveEntry(entry, () -> new ByteArrayInputStream(part.data()));
        }
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            creator.writeTo(zip); // also shuts the pool down
        }
    }

    /** Each thread's deflated entries in memory rather than in a temporary file: the floor has no disk in it. */
    private static final class MemoryStore implements ScatterGatherBackingStore {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }

        @Override
        public void writeOut(byte[] data, int offset, int length) {
            bytes.write(data, offset, length);
        }

        @Override
        public void closeForWriting() {
            // nothing to flush
        }

        @Override
        public void close() {
            // memory only
        }
    }
}
