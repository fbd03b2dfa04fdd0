package org.funnelplan.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.funnelplan.files.TempFiles;

/**
 * Where the finished rows of every sheet wait until the workbook is written: the first few
 * megabytes in memory, the rest in one temporary file. Each sheet appends its rows in pieces and
 * keeps their offsets: as XML, or deflated for a sheet whose rows outgrow one piece (a tenth of
 * the size). One shared file, because creating and deleting a file per sheet cost a
 * thousand-rep plan more than a second; a small plan never touches the disk.
 */
final class RowStore implements Closeable {
    private static final int MEMORY_LIMIT = 4 << 20;

    private byte[] memory = new byte[1 << 16];
    private int inMemory;
    private long onDisk;
    private static final Path TEMP_FOLDER = Path.of(System.getProperty("java.io.tmpdir"));
    private static final java.util.concurrent.atomic.AtomicBoolean CLEANED = new java.util.concurrent.atomic.AtomicBoolean();

    private Path path; // only where the open file could not be deleted at once
    private Runnable deleteOnAbort;
    private FileChannel file;
    /** What is read back from the file goes through this one buffer, not a new one per piece. */
    private ByteBuffer readBuffer = ByteBuffer.allocate(0);

    /** Appends the bytes and returns where they start. */
    long append(byte[] bytes) {
        return append(bytes, bytes.length);
    }

    /** Appends the first {@code length} bytes and returns where they start. */
    long append(byte[] bytes, int length) {
        long offset = onDisk + inMemory;
        try {
            if (inMemory + length > MEMORY_LIMIT) {
                spill();
            }
            if (length > MEMORY_LIMIT) {
                writeFully(ByteBuffer.wrap(bytes, 0, length));
                onDisk += length;
                return offset;
            }
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
            throw new UncheckedIOException("cannot write the plan's rows to a temporary file in %s (%s); free some space there, or give"
                    .formatted(TEMP_FOLDER, reason) + " java another folder with -Djava.io.tmpdir=FOLDER", e);
        }
        if (inMemory + length > memory.length) {
            memory = Arrays.copyOf(memory, Math.max(inMemory + length, Math.min(MEMORY_LIMIT, memory.length * 2)));
        }
        System.arraycopy(bytes, 0, memory, inMemory, length);
        inMemory += length;
        return offset;
    }

    /** Copies {@code length} bytes from {@code offset} into {@code out}. */
    void copy(long offset, int length, OutputStream out) throws IOException {
        long end = offset + length;
        if (offset < onDisk) {
            int fromFile = (int) (Math.min(end, onDisk) - offset);
            if (readBuffer.capacity() < fromFile) {
                readBuffer = ByteBuffer.allocate(fromFile);
            }
            readBuffer.clear().limit(fromFile);
            readFully(readBuffer, offset);
            out.write(readBuffer.array(), 0, fromFile);
        }
        if (end > onDisk) {
            int from = (int) (Math.max(offset, onDisk) - onDisk);
            out.write(memory, from, (int) (end - onDisk) - from);
        }
    }

    @Override
    public void close() throws IOException {
        memory = new byte[0];
        if (file != null) {
            file.close();
            file = null;
            if (path != null) {
                Files.deleteIfExists(path);
                TempFiles.done(deleteOnAbort);
            }
        }
    }

    private void spill() throws IOException {
        writeFully(ByteBuffer.wrap(memory, 0, inMemory));
        onDisk += inMemory;
        inMemory = 0;
    }

    /** Writes at the end of the file, made on first use. */
    private void writeFully(ByteBuffer bytes) throws IOException {
        if (file == null) {
            open();
        }
        long position = onDisk;
        while (bytes.hasRemaining()) {
            position += file.write(bytes, position);
        }
    }

    /**
     * The file is deleted as soon as it is open: on Linux and macOS the rows stay readable through
     * the channel and the system frees them however the process ends, kill -9 included. Where an
     * open file cannot be deleted (Windows) it goes at the end, in a shutdown hook on Ctrl-C, or in
     * a later run's clean-up of what dead runs left.
     */
    private void open() throws IOException {
        if (CLEANED.compareAndSet(false, true)) {
            TempFiles.cleanStale(TEMP_FOLDER);
        }
        TempFiles.Made made = TempFiles.create(TEMP_FOLDER, "funnelplan-rows", ".xml");
        file = made.channel();
        try {
            Files.delete(made.path());
        } catch (IOException stillOpen) {
            path = made.path();
            deleteOnAbort = () -> {
                try {
                    file.close();
                    Files.deleteIfExists(made.path());
                } catch (IOException e) {
                    // a later run removes it
                }
            };
            TempFiles.onAbort(deleteOnAbort);
        }
    }

    private void readFully(ByteBuffer buffer, long offset) throws IOException {
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = file.read(buffer, position);
            if (read < 0) {
                throw new IOException("the plan's temporary row file ended early");
            }
            position += read;
        }
    }
}
