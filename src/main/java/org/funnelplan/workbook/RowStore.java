package org.funnelplan.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Where the finished rows of every sheet wait until the workbook is written: the first few
 * megabytes in memory, the rest in one temporary file. Each sheet appends its rows in pieces and
 * keeps their offsets. One shared file, because creating and deleting a file per sheet cost a
 * thousand-rep plan more than a second; a small plan never touches the disk.
 */
final class RowStore implements Closeable {
    private static final int MEMORY_LIMIT = 4 << 20;

    private byte[] memory = new byte[1 << 16];
    private int inMemory;
    private long onDisk;
    private Path path;
    private FileChannel file;

    /** Appends the bytes and returns where they start. */
    long append(byte[] bytes) {
        long offset = onDisk + inMemory;
        try {
            if (inMemory + bytes.length > MEMORY_LIMIT) {
                spill();
            }
            if (bytes.length > MEMORY_LIMIT) {
                writeFully(ByteBuffer.wrap(bytes));
                onDisk += bytes.length;
                return offset;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan's rows to a temporary file", e);
        }
        if (inMemory + bytes.length > memory.length) {
            memory = Arrays.copyOf(memory, Math.max(inMemory + bytes.length, Math.min(MEMORY_LIMIT, memory.length * 2)));
        }
        System.arraycopy(bytes, 0, memory, inMemory, bytes.length);
        inMemory += bytes.length;
        return offset;
    }

    /** Copies {@code length} bytes from {@code offset} into {@code out}. */
    void copy(long offset, int length, OutputStream out) throws IOException {
        long end = offset + length;
        if (offset < onDisk) {
            ByteBuffer buffer = ByteBuffer.allocate((int) (Math.min(end, onDisk) - offset));
            readFully(buffer, offset);
            out.write(buffer.array(), 0, buffer.position());
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
            Files.deleteIfExists(path);
            file = null;
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
            path = Files.createTempFile("funnelplan-rows", ".xml");
            file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        long position = onDisk;
        while (bytes.hasRemaining()) {
            position += file.write(bytes, position);
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
