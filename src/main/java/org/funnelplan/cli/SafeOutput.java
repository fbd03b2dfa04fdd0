package org.funnelplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an output so that a failed run leaves nothing behind: into a temporary file next to the
 * target, moved into place only when complete. An existing file is replaced only with --force,
 * and an input is never an output.
 */
final class SafeOutput {
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private SafeOutput() {
    }

    /** Refuses before any work is done: output naming an input, or an existing output without --force. */
    static void check(Path output, Collection<Path> inputs, boolean force) {
        Path target = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && sameFile(target, input.toAbsolutePath().normalize())) {
                throw new UsageException("%s is an input; choose another output file".formatted(output));
            }
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("%s is a folder; name the output file".formatted(output));
        }
        if (Files.exists(target) && !force) {
            throw new UsageException("%s exists; add --force to replace it".formatted(output));
        }
    }

    /** One file of a batch: where it goes and what writes it. */
    record Output(Path path, Writer writer) {
    }

    /**
     * Writes several files as one: all into temporary files first, moved into place only when every
     * one is complete, so a failure part-way leaves none of them behind.
     */
    static void writeAll(List<Output> outputs) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Output output : outputs) {
                Path target = output.path().toAbsolutePath().normalize();
                Path folder = target.getParent();
                if (folder != null) {
                    Files.createDirectories(folder);
                }
                Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
                temps.put(target, temp);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    output.writer().write(out);
                }
            }
            for (Map.Entry<Path, Path> move : temps.entrySet()) {
                moveIntoPlace(move.getValue(), move.getKey());
            }
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void write(Path output, Writer writer) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
