package org.funnelplan.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files funnelplan makes, and the clean-up after a run that was stopped. Each is
 * named {@code <prefix>.funnelplan-<pid>-<random><suffix>} and locked by its process while in use.
 * A run stopped by SIGTERM or Ctrl-C cleans up in a shutdown hook; one killed outright (kill -9,
 * a power cut) leaves its files, and a later run removes those it can prove are a dead run's: the
 * name says funnelplan, the pid is no live process here (or one started after the file was last
 * written), and no process holds the file's lock. A user's own file matches none of that.
 */
public final class TempFiles {
    private static final Pattern OURS = Pattern.compile("(.*)\\.funnelplan-(\\d+)-[0-9a-z]+(\\.tmp|\\.bak|\\.xml)");
    private static final long PID = ProcessHandle.current().pid();
    private static final Object LOCK = new Object();
    private static final Set<Runnable> ON_ABORT = new LinkedHashSet<>();
    private static boolean hookAdded;
    private static boolean aborting;

    private TempFiles() {
    }

    /** A file this process made, open and locked. */
    public record Made(Path path, FileChannel channel) {
    }

    /**
     * A new empty file, made with the folder's default permissions (not owner-only as
     * Files.createTempFile would: a plan on a shared drive must open for colleagues), open and locked.
     */
    public static Made create(Path folder, String prefix, String suffix) throws IOException {
        while (true) {
            Path file = folder.resolve("%s.funnelplan-%d-%s%s".formatted(prefix, PID,
                    Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36), suffix));
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue; // another name on the next round
            }
            lockQuietly(channel);
            return new Made(file, channel);
        }
    }

    /** The temporary name for a backup of {@code target}, in its folder (for a file moved aside, not made). */
    public static Path backupName(Path target) {
        return target.resolveSibling(".%s.funnelplan-%d-%s.bak".formatted(target.getFileName(), PID,
                Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
    }

    /** Locks a file this run has just moved aside, so that other runs see it is in use. */
    public static FileChannel hold(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        lockQuietly(channel);
        return channel;
    }

    /** Some file systems (network shares) refuse locks; the pid in the name still protects a live run there. */
    private static void lockQuietly(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            // the pid check alone then
        }
    }

    /**
     * What to undo if the process is stopped (SIGTERM, Ctrl-C) before {@link #done} is called.
     * Runs in a shutdown hook, never at the same time as {@link #atomically}.
     */
    public static void onAbort(Runnable undo) {
        synchronized (LOCK) {
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::abort, "funnelplan-cleanup"));
                hookAdded = true;
            }
            ON_ABORT.add(undo);
        }
    }

    public static void done(Runnable undo) {
        synchronized (LOCK) {
            ON_ABORT.remove(undo);
        }
    }

    /** Runs a short step (moving files into place) so that a shutdown hook sees it done or not begun. */
    public static void atomically(IoStep step) throws IOException {
        synchronized (LOCK) {
            if (aborting) {
                throw new IOException("stopped: the process is shutting down");
            }
            step.run();
        }
    }

    public interface IoStep {
        void run() throws IOException;
    }

    private static void abort() {
        synchronized (LOCK) {
            aborting = true;
            for (Runnable undo : ON_ABORT) {
                try {
                    undo.run();
                } catch (RuntimeException e) {
                    // the next undo still runs; a later run removes what is left
                }
            }
            ON_ABORT.clear();
        }
    }

    /**
     * Removes what runs that died left in {@code folder}: temporary files are deleted; a backup of
     * a file that was being replaced goes back to its name when that name is free, else (the new
     * file is in place) it is deleted. Best effort: a file it cannot prove dead is left alone.
     */
    public static void cleanStale(Path folder) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.funnelplan-*")) {
            for (Path file : files) {
                Matcher name = OURS.matcher(file.getFileName().toString());
                if (name.matches() && isDead(Long.parseLong(name.group(2)), file)) {
                    removeStale(file, name.group(1), name.group(3));
                }
            }
        } catch (IOException | RuntimeException e) {
            // clean-up never stops a run
        }
    }

    private static boolean isDead(long pid, Path file) throws IOException {
        if (pid == PID) {
            return false; // ours: in use, and opening it here would drop this process's lock on it
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent()) {
            Optional<Instant> started = process.get().info().startInstant();
            if (started.isEmpty() || !started.get().isAfter(Files.getLastModifiedTime(file).toInstant())) {
                return false; // that process may be the one writing it
            }
        }
        return true;
    }

    private static void removeStale(Path file, String prefix, String suffix) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return;
            }
            if (lock == null) {
                return; // a live process holds it (on another machine, say)
            }
            if (suffix.equals(".bak") && prefix.startsWith(".")) {
                Path target = file.resolveSibling(prefix.substring(1));
                if (!Files.exists(target)) {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
            Files.deleteIfExists(file);
        }
    }
}
