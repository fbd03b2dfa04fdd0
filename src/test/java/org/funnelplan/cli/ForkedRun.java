package org.funnelplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test utility: the launcher run in a JVM of its own with a small heap, as {@code java -Xmx128m -jar
 * funnelplan.jar ...} would run it, on the test class path. Shows what a run does when memory is
 * short: an in-process run shares the test JVM's heap.
 */
record ForkedRun(int exitCode, String out, String err) {
    private static final long TIMEOUT_SECONDS = 180;

    static ForkedRun of(String heap, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the run took more than " + TIMEOUT_SECONDS + " s: " + String.join(" ", args));
        }
        ForkedRun run = new ForkedRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** Exactly one line, starting with "error:", and nothing of a stack trace or an OutOfMemoryError. */
    boolean saysOneError() {
        String text = err.strip();
        return text.startsWith("error: ") && !text.contains("\n") && !text.contains("Exception") && !text.contains("Error:")
                && !text.contains("\tat ");
    }
}
