package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The launcher in a JVM of its own, as a user starts it, with a small heap: what it printed, its
 * exit code. None of the test JVM's logging switches are passed on, so the product's own logging
 * set-up is what keeps libraries quiet.
 */
record ForkedRun(int exitCode, String out, String err) {
    static final String HEAP = "-Xmx256m";
    static final long TIMEOUT_SECONDS = 120;

    static ForkedRun of(Path tempDir, String... args) {
        return finish(tempDir, String.join(" ", args), () -> start(tempDir, args));
    }

    /** The launcher with another heap ({@code "128m"}): what a run does when memory is short. */
    static ForkedRun of(String heap, Path tempDir, String... args) {
        return finish(tempDir, String.join(" ", args), () -> start(tempDir, "-Xmx" + heap, false, Main.class.getName(), args));
    }

    /** Any main class of the product's classpath or the tests'. */
    static ForkedRun main(Path tempDir, String mainClass, String... args) {
        return finish(tempDir, mainClass, () -> start(tempDir, HEAP, true, mainClass, args));
    }

    private interface Starter {
        Process start() throws IOException;
    }

    private static ForkedRun finish(Path tempDir, String what, Starter starter) {
        try {
            Process process = starter.start();
            Path out = Files.createTempFile(tempDir, "out", ".txt");
            Path err = Files.createTempFile(tempDir, "err", ".txt");
            // Output goes to files: a pipe that nobody reads would block a chatty run.
            process.getInputStream().transferTo(Files.newOutputStream(out));
            process.getErrorStream().transferTo(Files.newOutputStream(err));
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(what + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            ForkedRun run = new ForkedRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts the launcher; {@code tempDir} becomes its java.io.tmpdir, so its temporary files can be looked at. */
    static Process start(Path tempDir, String... args) throws IOException {
        return start(tempDir, HEAP, false, Main.class.getName(), args);
    }

    private static Process start(Path tempDir, String heap, boolean withTests, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(heap);
        command.add("-Djava.io.tmpdir=" + tempDir);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(classpath(withTests));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(key -> key.startsWith("LOG4J") || key.startsWith("JAVA_TOOL") || key.startsWith("JDK_JAVA"));
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return builder.start();
    }

    /** The product's classes and its dependencies; JUnit and the tests stay out. */
    private static String classpath(boolean withTests) {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("apiguardian")
                    && (withTests || !entry.endsWith("test-classes")) && !entry.contains("surefire")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Every line of the error output, each starting with "error: "; no stack trace, no library log line. */
    List<String> errorLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    boolean showsATrace() {
        return err.contains("Exception") || err.contains("\tat ") || err.contains("OutOfMemory") || err.contains("XMLHelper")
                || err.contains("StatusLogger") || err.contains("WARN") || err.contains("FATAL");
    }

    /** Exactly one line, starting with "error:", and nothing of a stack trace or an OutOfMemoryError. */
    boolean saysOneError() {
        String text = err.strip();
        return text.startsWith("error: ") && !text.contains("\n") && !showsATrace();
    }
}
