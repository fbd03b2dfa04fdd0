package org.funnelplan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

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

    static void write(Path output, Writer writer) throws IOException {
        writeAll(List.of(new Output(output, writer)));
    }

    /**
     * Writes several files as one: all into temporary files first, then moved into place; if a
     * writer or a move fails, files already moved are put back as they were and folders this run
     * made are removed, so a failure leaves the disk as it found it.
     */
    static void writeAll(List<Output> outputs) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        List<Path> madeFolders = new ArrayList<>();
        List<Path[]> moved = new ArrayList<>(); // {target, backup of what was there or null}
        boolean done = false;
        try {
            for (Output output : outputs) {
                Path target = output.path().toAbsolutePath().normalize();
                Path folder = makeFolders(target.getParent(), madeFolders);
                Path temp = newFile(folder, "." + target.getFileName(), ".tmp");
                temps.put(target, temp);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    output.writer().write(out);
                }
            }
            for (Map.Entry<Path, Path> move : temps.entrySet()) {
                Path target = move.getKey();
                Path backup = null;
                if (Files.exists(target)) {
                    backup = newFile(target.getParent(), "." + target.getFileName(), ".bak");
                    moveIntoPlace(target, backup);
                }
                moved.add(new Path[] {target, backup});
                moveIntoPlace(move.getValue(), target);
            }
            done = true;
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
            if (done) {
                for (Path[] move : moved) {
                    if (move[1] != null) {
                        Files.deleteIfExists(move[1]);
                    }
                }
            } else {
                undo(moved, madeFolders);
            }
        }
    }

    /**
     * A new empty file with a random name. Not Files.createTempFile: its files are readable by
     * their owner only, and a plan moved into place from one could not be opened by colleagues
     * on a shared drive; a file made here gets the permissions any saved file gets.
     */
    private static Path newFile(Path folder, String prefix, String suffix) throws IOException {
        while (true) {
            Path file = folder.resolve(prefix + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix);
            try {
                return Files.createFile(file);
            } catch (FileAlreadyExistsException taken) {
                // another name on the next round
            }
        }
    }

    private static void undo(List<Path[]> moved, List<Path> madeFolders) throws IOException {
        for (int i = moved.size() - 1; i >= 0; i--) {
            Path target = moved.get(i)[0];
            Path backup = moved.get(i)[1];
            if (backup != null) {
                moveIntoPlace(backup, target);
            } else {
                Files.deleteIfExists(target);
            }
        }
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            try (var entries = Files.list(madeFolders.get(i))) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(madeFolders.get(i));
                }
            }
        }
    }

    /** Makes the missing folders of a path, outermost first, noting each one made. */
    private static Path makeFolders(Path folder, List<Path> made) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return folder;
        }
        makeFolders(folder.getParent(), made);
        Files.createDirectory(folder);
        made.add(folder);
        return folder;
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
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
