package org.funnelplan.xlsx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate at level {@value #LEVEL}, on a small pool of threads: the
 * parts of a workbook are independent, and so are the pieces of one big sheet, each deflated with
 * the previous piece as its dictionary (as pigz does), so splitting costs next to nothing in size.
 * A piece ends on a byte boundary without the final-block bit (a sync flush), so pieces put one
 * after another, the last one finished, are one deflate stream; {@link #combine} gives its CRC.
 */
final class ParallelDeflate {
    /**
     * Measured on the parts of the 1,000-rep, 250,000-lead plan (one thread, in memory): level 1
     * 25.7 MB in 0.59 s, level 5 22.0 MB in 1.10 s, level 6 (zlib's default, XlsxWriter's) 21.7 MB
     * in 1.70 s. On two cores the whole run is short of CPU (the JIT compilers take as much as the
     * main thread), so the last 1.4% of size is not worth 0.6 s of it.
     */
    static final int LEVEL = 5;
    /** The most a deflate window reaches back. */
    static final int WINDOW = 32 * 1024;
    static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    /** Raw deflate bytes (the first {@code length} of {@code bytes}) of {@code xmlLength} bytes whose CRC-32 is {@code crc}. */
    record Deflated(byte[] bytes, int length, int crc, long xmlLength) {
    }

    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));

    private ParallelDeflate() {
    }

    /** Daemon threads, made on first use: a run that ends or fails does not wait for them. */
    private static final class Pool {
        static final ExecutorService THREADS = Executors.newFixedThreadPool(ParallelDeflate.THREADS, task -> {
            Thread thread = new Thread(task, "funnelplan-deflate");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Deflates {@code xml[0, length)} on the pool; {@code dictionary[0, dictionaryLength)}, the text
     * just before it (or {@code null}), may be referred back to. Neither array may change afterwards.
     */
    static Future<Deflated> submit(byte[] xml, int length, byte[] dictionary, int dictionaryLength, boolean last) {
        return Pool.THREADS.submit(() -> deflate(xml, length, dictionary, dictionaryLength, last));
    }

    /** The same in the calling thread. */
    static Deflated deflate(byte[] xml, int length, byte[] dictionary, int dictionaryLength, boolean last) {
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        if (dictionary != null && dictionaryLength > 0) {
            int n = Math.min(WINDOW, dictionaryLength);
            deflater.setDictionary(dictionary, dictionaryLength - n, n);
        }
        deflater.setInput(xml, 0, length);
        byte[] out = new byte[length / 4 + 64];
        int written = 0;
        if (last) {
            deflater.finish();
            while (!deflater.finished()) {
                if (written == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                written += deflater.deflate(out, written, out.length - written);
            }
        } else {
            while (true) {
                int room = out.length - written;
                int n = deflater.deflate(out, written, room, Deflater.SYNC_FLUSH);
                written += n;
                if (n < room) {
                    break;
                }
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
        CRC32 crc = new CRC32();
        crc.update(xml, 0, length);
        return new Deflated(out, written, (int) crc.getValue(), length);
    }

    /** The result of a submitted piece, its failure as thrown in the worker. */
    static Deflated join(Future<Deflated> piece) throws IOException {
        try {
            return piece.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the workbook was deflated", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new UncheckedIOException(new IOException(cause));
        }
    }

    /** The CRC-32 of A followed by B from theirs and B's length (zlib's crc32_combine). */
    static int combine(int crcA, int crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = 0xEDB88320L;
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd);
        square(odd, even);
        long crc = crcA & 0xFFFFFFFFL;
        long length = lengthB;
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return (int) (crc ^ (crcB & 0xFFFFFFFFL));
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}
