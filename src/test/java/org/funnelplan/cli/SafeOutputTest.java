package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {
    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsLeavesNoFileAndNoFolderBehind() throws IOException {
        Path first = dir.resolve("new/deeper/one.xlsx");
        Path second = dir.resolve("new/deeper/two.xlsx");
        assertThrows(IOException.class, () -> SafeOutput.writeAll(List.of(
                new SafeOutput.Output(first, out -> out.write(1)),
                new SafeOutput.Output(second, out -> {
                    throw new IOException("disk full");
                }))));
        assertFalse(Files.exists(dir.resolve("new")), "folders made by the failed run are gone");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aBatchReplacesExistingFilesOnlyWhenEveryOneIsWritten() throws IOException {
        Path kept = Files.writeString(dir.resolve("plan.xlsx"), "earlier plan");
        assertThrows(IOException.class, () -> SafeOutput.writeAll(List.of(
                new SafeOutput.Output(kept, out -> out.write("new plan".getBytes(StandardCharsets.UTF_8))),
                new SafeOutput.Output(dir.resolve("per/Anna.xlsx"), out -> {
                    throw new IOException("broken");
                }))));
        assertEquals("earlier plan", Files.readString(kept));
        SafeOutput.writeAll(List.of(new SafeOutput.Output(kept, out -> out.write("new plan".getBytes(StandardCharsets.UTF_8)))));
        assertEquals("new plan", Files.readString(kept));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary or backup files left");
        }
    }

    /** A plan goes to a shared drive: it gets the permissions any new file there gets, not owner-only. */
    @Test
    void aWrittenFileHasTheFolderDefaultPermissions() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file permissions");
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path written = dir.resolve("plan.xlsx");
        SafeOutput.writeAll(List.of(new SafeOutput.Output(written, out -> out.write(1))));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }
}
