package org.funnelplan.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a later run removes of a dead run's files, and what it must leave alone. */
class TempFilesTest {
    @TempDir
    Path dir;

    /** The pid of a process that has ended. */
    private static long deadPid() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long pid = process.pid();
        assertFalse(ProcessHandle.of(pid).isPresent());
        return pid;
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDeadRunsTemporaryFilesGoAndEverythingElseStays() throws Exception {
        long dead = deadPid();
        Process alive = new ProcessBuilder("sleep", "60").start();
        try {
            long own = ProcessHandle.current().pid();
            Files.writeString(dir.resolve(".plan.xlsx.funnelplan-" + dead + "-abc.tmp"), "half a plan");
            Files.writeString(dir.resolve("funnelplan-rows.funnelplan-" + dead + "-abc.xml"), "rows");
            Files.writeString(dir.resolve(".plan.xlsx.funnelplan-" + alive.pid() + "-abc.tmp"), "being written");
            Files.writeString(dir.resolve(".plan.xlsx.funnelplan-" + own + "-abc.tmp"), "ours, in use");
            // A user's files, however alike: none matches a dead run's name.
            Files.writeString(dir.resolve(".plan.xlsx.tmp"), "user");
            Files.writeString(dir.resolve("plan.funnelplan-" + dead + ".xlsx"), "user");
            Files.writeString(dir.resolve(".plan.xlsx.funnelplan-mine-abc.tmp"), "user");
            Files.writeString(dir.resolve("notes.funnelplan-" + dead + "-abc.txt"), "user");

            TempFiles.cleanStale(dir);

            assertEquals(Stream.of(".plan.xlsx.funnelplan-" + alive.pid() + "-abc.tmp", ".plan.xlsx.funnelplan-" + own + "-abc.tmp",
                    ".plan.xlsx.funnelplan-mine-abc.tmp", ".plan.xlsx.tmp", "notes.funnelplan-" + dead + "-abc.txt",
                    "plan.funnelplan-" + dead + ".xlsx").sorted().toList(), names());
        } finally {
            alive.destroyForcibly();
        }
    }

    @Test
    void aDeadRunsBackupGoesBackWhereItsFileIsMissingAndGoesWhereTheNewFileIsInPlace() throws Exception {
        long dead = deadPid();
        // Killed between moving the old plan aside and moving the new one in: the old one comes back.
        Files.writeString(dir.resolve(".plan.xlsx.funnelplan-" + dead + "-abc.bak"), "the user's plan");
        // Killed after the new report was moved in: the replaced old one goes, as --force asked.
        Files.writeString(dir.resolve("report.xlsx"), "the new report");
        Files.writeString(dir.resolve(".report.xlsx.funnelplan-" + dead + "-def.bak"), "the old report");

        TempFiles.cleanStale(dir);

        assertEquals(List.of("plan.xlsx", "report.xlsx"), names());
        assertEquals("the user's plan", Files.readString(dir.resolve("plan.xlsx")));
        assertEquals("the new report", Files.readString(dir.resolve("report.xlsx")));
    }

    @Test
    void aFileThisProcessMakesIsNamedForItAndLocked() throws IOException {
        TempFiles.Made made = TempFiles.create(dir, ".plan.xlsx", ".tmp");
        try (var channel = made.channel()) {
            String name = made.path().getFileName().toString();
            assertTrue(name.matches("\\.plan\\.xlsx\\.funnelplan-" + ProcessHandle.current().pid() + "-[0-9a-z]+\\.tmp"), name);
            assertTrue(channel.isOpen());
            TempFiles.cleanStale(dir);
            assertTrue(Files.exists(made.path()), "a live run's file stays");
        }
    }
}
