package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large plan stopped while it is written, as a user stops it (Ctrl-C, a timeout's SIGTERM,
 * kill -9): nothing of it stays next to --out or in the temporary folder, or the next run removes it.
 */
class StoppedRunsTest {
    @TempDir
    static Path data;
    @TempDir
    Path dir;

    @BeforeAll
    static void largeInputs() throws IOException {
        String[] stages = {"lead", "contacted", "visited", "quoted", "won"};
        try (BufferedWriter targets = Files.newBufferedWriter(data.resolve("targets.csv"), StandardCharsets.UTF_8);
             BufferedWriter history = Files.newBufferedWriter(data.resolve("history.csv"), StandardCharsets.UTF_8);
             BufferedWriter leads = Files.newBufferedWriter(data.resolve("leads.csv"), StandardCharsets.UTF_8)) {
            targets.write("rep,new_customers,avg_margin\n");
            history.write("rep,period,stage,count,avg_days\n");
            for (int r = 1; r <= 400; r++) {
                targets.write("Rep %d,%d,5000\n".formatted(r, 5 + r % 7));
                long count = 1000;
                for (String stage : stages) {
                    history.write("Rep %d,2025,%s,%d,20\n".formatted(r, stage, count));
                    count = count * 2 / 5;
                }
            }
            leads.write("organisation,status,source,segment\n");
            for (int l = 1; l <= 150_000; l++) {
                leads.write("Organisatie %d B.V.,lead,Beurs %d,Segment %d\n".formatted(l, l % 17, l % 5));
            }
        }
    }

    private Process startLargePlan(Path out) throws IOException {
        return ForkedRun.start(dir, "generate", "--targets", data.resolve("targets.csv").toString(), "--history", data.resolve("history.csv").toString(),
                "--leads", data.resolve("leads.csv").toString(), "--year", "2027", "--out", out.toString());
    }

    /** Waits until the run has begun writing its plan (its temporary file exists). */
    private Path temporaryFileOf(Process process, Path folder) throws IOException, InterruptedException {
        for (int i = 0; i < 3000 && process.isAlive(); i++) {
            List<Path> temps = ours(folder);
            if (!temps.isEmpty()) {
                Thread.sleep(300); // well into the writing
                return temps.get(0);
            }
            Thread.sleep(10);
        }
        fail("the run ended (exit " + (process.isAlive() ? "-" : process.exitValue()) + ") before it wrote anything: too small to stop in time");
        return null;
    }

    private static List<Path> ours(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains("funnelplan-")).toList();
        }
    }

    @Test
    void sigtermLeavesNothingBehind() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("plan.xlsx");
        Process process = startLargePlan(out);
        temporaryFileOf(process, out.getParent());
        process.destroy(); // SIGTERM, as a timeout or a shutdown sends it
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertNotEquals(0, process.exitValue());
        assertEquals(List.of(), ours(out.getParent()), "next to --out");
        assertEquals(false, Files.exists(out));
        assertEquals(List.of(), ours(dir), "in the temporary folder");
    }

    @Test
    void afterKillMinusNineTheNextRunRemovesWhatWasLeft() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("plan.xlsx");
        Process process = startLargePlan(out);
        Path temp = temporaryFileOf(process, out.getParent());
        process.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(Files.exists(temp), "kill -9 leaves the temporary file: " + temp);
        assertEquals(List.of(), ours(dir), "the rows' file was deleted as soon as it was open");

        Path other = out.resolveSibling("small.xlsx");
        ForkedRun next = ForkedRun.of(dir, "generate", "--targets", "samples/seed/targets.csv", "--history", "samples/seed/history.csv",
                "--year", "2027", "--out", other.toString());
        assertEquals(0, next.exitCode(), next.err());
        assertEquals(List.of(), ours(out.getParent()));
        assertTrue(Files.exists(other));
    }
}
