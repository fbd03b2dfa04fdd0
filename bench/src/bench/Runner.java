package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one command as a user would start it, under {@code /usr/bin/time -v}: wall time around the
 * whole process (JVM or Python start included), peak resident memory of the process tree, and for
 * a JVM the heap limit it ran with and its peak heap, from a GC log asked for through
 * {@code JDK_JAVA_OPTIONS} (so that any launcher that ends in the {@code java} launcher is covered
 * without changing its command line).
 */
final class Runner {
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): (\\d+\\.\\d+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern MAX_HEAP = Pattern.compile("Heap Max Capacity: (\\d+)([KMG])");
    private static final Pattern JVM_VERSION = Pattern.compile("Version: (\\S+)");
    private static final Pattern PEER_LOAD = Pattern.compile("dump-load-seconds (\\d+\\.\\d+)");

    /** One process: its figures and what it printed (stdout and stderr together). */
    record Run(double wallSeconds, double rssMb, double heapMb, long maxHeapMb, double dumpLoadSeconds,
               String jvmVersion, String output) {
        /** The wall time less the time the peer spent reading its dump. */
        double netSeconds() {
            return wallSeconds - dumpLoadSeconds;
        }
    }

    /** A run that did not finish, or finished with a non-zero exit, or whose output failed its check. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    private final Path work;
    private int counter;
    /** CPU seconds (user and system) of every process run so far, children included. */
    double cpuSeconds;

    Runner(Path work) {
        this.work = work;
    }

    /**
     * Runs {@code command} in {@code dir}; {@code jvm} asks for the GC log. Throws Failure on a timeout
     * ({@code timeoutSeconds} > 0) or a non-zero exit, with the last lines it printed.
     */
    Run run(List<String> command, Path dir, boolean jvm, Map<String, String> environment, int timeoutSeconds)
            throws IOException, InterruptedException, Failure {
        int id = ++counter;
        Path logs = Files.createDirectories(work.resolve("logs").resolve(Integer.toString(id)));
        Path timeLog = logs.resolve("time.log");
        Path output = logs.resolve("output.log");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeLog.toString()));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        if (jvm) {
            // %p: a launcher may start more than one JVM; each writes its own log.
            String gc = "-Xlog:gc,gc+init,gc+heap+exit:file=" + logs.resolve("gc-%p.log");
            builder.environment().merge("JDK_JAVA_OPTIONS", gc, (given, ours) -> given + " " + ours);
        }
        long start = System.nanoTime();
        Process process = builder.start();
        boolean done = timeoutSeconds > 0 ? process.waitFor(timeoutSeconds, TimeUnit.SECONDS) : process.waitFor() >= 0;
        double wall = (System.nanoTime() - start) / 1e9;
        if (!done) {
            // Its CPU time still counts as the benchmark's, not as other processes' (Machine.othersShare).
            cpuSeconds += Stream.concat(Stream.of(process.toHandle()), process.descendants())
                    .mapToDouble(p -> p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            throw new Failure("did not finish in %d s".formatted(timeoutSeconds));
        }
        String printed = Files.readString(output);
        String times = Files.readString(timeLog);
        Matcher cpu = CPU.matcher(times);
        while (cpu.find()) {
            cpuSeconds += Double.parseDouble(cpu.group(1));
        }
        if (process.exitValue() != 0) {
            throw new Failure("exit " + process.exitValue() + ": " + lastLines(printed, 3));
        }
        Matcher rss = RSS.matcher(times);
        if (!rss.find()) {
            throw new Failure("no peak RSS in the /usr/bin/time log " + timeLog);
        }
        double heap = 0;
        long maxHeap = -1;
        String version = null;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path gcLog : files.filter(f -> f.getFileName().toString().startsWith("gc-")).toList()) {
                String log = Files.readString(gcLog);
                heap = Math.max(heap, peakHeap(log));
                Matcher jvmVersion = JVM_VERSION.matcher(log);
                if (jvmVersion.find()) {
                    version = jvmVersion.group(1);
                }
                Matcher max = MAX_HEAP.matcher(log);
                while (max.find()) {
                    long mb = Long.parseLong(max.group(1)) * switch (max.group(2)) {
                        case "K" -> 1;
                        case "M" -> 1024;
                        default -> 1024 * 1024;
                    } / 1024;
                    maxHeap = Math.max(maxHeap, mb);
                }
            }
        }
        Matcher load = PEER_LOAD.matcher(printed);
        double dumpLoad = load.find() ? Double.parseDouble(load.group(1)) : 0;
        System.out.printf(Locale.ROOT, "  %6.2f s %5.0f MB RSS  %s%n", wall, Long.parseLong(rss.group(1)) / 1024.0,
                shortCommand(command));
        return new Run(wall, Long.parseLong(rss.group(1)) / 1024.0, heap, maxHeap, dumpLoad, version, printed);
    }

    /** The most heap in use: before any collection, or at exit. */
    private static double peakHeap(String log) {
        double max = 0;
        Matcher pause = GC_PAUSE.matcher(log);
        while (pause.find()) {
            max = Math.max(max, Long.parseLong(pause.group(1)));
        }
        Matcher exit = EXIT_USED.matcher(log);
        while (exit.find()) {
            max = Math.max(max, Long.parseLong(exit.group(1)) / 1024.0);
        }
        return max;
    }

    private static String shortCommand(List<String> command) {
        String text = String.join(" ", command);
        return text.length() > 110 ? text.substring(0, 107) + "..." : text;
    }

    static String lastLines(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
