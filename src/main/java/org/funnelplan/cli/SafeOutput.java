package org.funnelplan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.funnelplan.contract.Language;
import org.funnelplan.files.TempFiles;

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
        check(output, inputs, force, ConsoleWords.of(Language.EN));
    }

    /** As {@link #check(Path, Collection, boolean)}, the refusal in the plan's words. */
    static void check(Path output, Collection<Path> inputs, boolean force, ConsoleWords words) {
        notAnInput(output, inputs, words);
        checkTarget(output, force, words);
    }

    /** Refuses an output that names an input: a mistake of the command line itself, found before any file is read. */
    static void notAnInput(Path output, Collection<Path> inputs, ConsoleWords words) {
        Path target = output.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (input != null && sameFile(target, input.toAbsolutePath().normalize())) {
                throw new UsageException(words.format("output.isInput", output));
            }
        }
    }

    /** Refuses an output that is a folder, or that exists without --force. */
    static void checkTarget(Path output, boolean force, ConsoleWords words) {
        Path target = output.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UsageException(words.format("output.isFolder", output));
        }
        if (Files.exists(target) && !force) {
            throw new UsageException(words.format("output.exists", output));
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
     * writer or a move fails, or the run is stopped (SIGTERM, Ctrl-C), files already moved are put
     * back as they were and folders this run made are removed, so a failure leaves the disk as it
     * found it. A run killed outright leaves its temporary files; the next run into the same
     * folder removes them ({@link TempFiles#cleanStale}).
     */
    static void writeAll(List<Output> outputs) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        List<Path> madeFolders = new ArrayList<>();
        List<Path[]> moved = new ArrayList<>(); // {target, backup of what was there or null}
        List<FileChannel> held = new ArrayList<>();
        Runnable undo = () -> cleanUp(temps, moved, madeFolders, held, false);
        TempFiles.onAbort(undo);
        boolean done = false;
        Path target = null;
        try {
            Set<Path> cleaned = new HashSet<>();
            for (Output output : outputs) {
                target = output.path().toAbsolutePath().normalize();
                Path to = target;
                TempFiles.Made[] made = new TempFiles.Made[1];
                // Under the shutdown lock, so that a Ctrl-C sees each temporary file listed, or not yet made.
                TempFiles.atomically(() -> {
                    Path folder = makeFolders(to.getParent(), madeFolders);
                    if (cleaned.add(folder)) {
                        TempFiles.cleanStale(folder);
                    }
                    made[0] = TempFiles.create(folder, "." + to.getFileName(), ".tmp");
                    temps.put(to, made[0].path());
                });
                TempFiles.Made temp = made[0];
                try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(temp.channel()), 1 << 16)) {
                    output.writer().write(out);
                }
            }
            target = null;
            TempFiles.atomically(() -> {
                for (Map.Entry<Path, Path> move : temps.entrySet()) {
                    Path to = move.getKey();
                    Path backup = null;
                    if (Files.exists(to)) {
                        backup = TempFiles.backupName(to);
                        moveIntoPlace(to, backup);
                        held.add(TempFiles.hold(backup));
                    }
                    moved.add(new Path[] {to, backup});
                    moveIntoPlace(move.getValue(), to);
                }
            });
            done = true;
        } catch (IOException e) {
            throw new IOException(cannotWrite(target != null ? target : outputs.get(0).path().toAbsolutePath().normalize(), e), e);
        } finally {
            boolean success = done;
            TempFiles.atomically(() -> cleanUp(temps, moved, madeFolders, held, success));
            TempFiles.done(undo);
        }
    }

    /** Temporary files go; on failure the moves are undone; on success the backups go. */
    private static void cleanUp(Map<Path, Path> temps, List<Path[]> moved, List<Path> madeFolders, List<FileChannel> held, boolean done) {
        for (FileChannel channel : held) {
            closeQuietly(channel);
        }
        held.clear();
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            temps.clear();
            moved.clear();
            madeFolders.clear();
        }
    }

    /** One line that names the output and says what happened, not only the temporary file or "No space left on device". */
    static String cannotWrite(Path target, IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        Path folder = target.getParent();
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "cannot write %s: the disk is full (%s); free some space, or choose another folder, and run again; nothing was written"
                    .formatted(target, reason);
        }
        if (e instanceof AccessDeniedException || lower.contains("read-only file system") || lower.contains("permission denied")) {
            return "cannot write %s: the folder %s is not writable (%s); choose another folder; nothing was written"
                    .formatted(target, folder, reason == null || e instanceof FileSystemException fs && reason.equals(fs.getFile()) ? "permission denied" : reason);
        }
        if (e instanceof NoSuchFileException && folder != null && Files.isDirectory(folder)) {
            return "cannot write %s: the folder %s does not take new files (a system folder?); choose another folder; nothing was written"
                    .formatted(target, folder);
        }
        boolean onlyAPath = reason == null || e instanceof FileSystemException fs && reason.equals(fs.getFile());
        return "cannot write %s: %s; nothing was written".formatted(target, onlyAPath ? e.getClass().getSimpleName() : reason);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // only held for its lock
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
