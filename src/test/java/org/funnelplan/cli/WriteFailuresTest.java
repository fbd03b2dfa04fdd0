package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output that cannot be written is named, with what happened; nothing is left behind. */
class WriteFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskNamesTheOutputNotTheTemporaryFile() throws IOException {
        Path out = dir.resolve("plan.xlsx");
        IOException e = assertThrows(IOException.class, () -> SafeOutput.write(out, stream -> {
            stream.write(new byte[100]);
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + out + ": the disk is full (No space left on device); free some space, or choose another folder,"
                + " and run again; nothing was written", e.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aFolderThatTakesNoFilesIsNamedAsSuch() {
        // /proc and /sys refuse new files even to root, as a read-only share refuses a user.
        IOException proc = assertThrows(IOException.class, () -> SafeOutput.write(Path.of("/proc/plan.xlsx"), stream -> { }));
        assertEquals("cannot write /proc/plan.xlsx: the folder /proc does not take new files (a system folder?); choose another folder;"
                + " nothing was written", proc.getMessage());
        IOException sys = assertThrows(IOException.class, () -> SafeOutput.write(Path.of("/sys/plan.xlsx"), stream -> { }));
        assertTrue(sys.getMessage().startsWith("cannot write /sys/plan.xlsx: the folder /sys is not writable ("), sys.getMessage());
    }

    @Test
    void theLauncherSaysItInOneLine() throws IOException {
        CommandLineRun run = CommandLineRun.of("generate", "--targets", "samples/seed/targets.csv", "--history", "samples/seed/history.csv",
                "--year", "2027", "--out", "/proc/plan.xlsx");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.saysOneError(), run.err());
        assertTrue(run.err().startsWith("error: cannot write /proc/plan.xlsx: the folder /proc does not take new files"), run.err());
    }
}
