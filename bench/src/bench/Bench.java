package bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Runs the SPEC section 6 workloads through {@code java -Xmx512m -jar funnelplan.jar} as a user
 * would (JVM start included) and prints one table: median wall time, peak heap (from the GC log),
 * peak resident memory ({@code /usr/bin/time -v}), rows per second, the SPEC target, and the plain
 * XSSF baseline as a ratio. Usage: {@code Bench JAR WORKDIR [RUNS_SMALL RUNS_LARGE BASELINE_TIMEOUT_S]}.
 */
public final class Bench {
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    record Result(double wallSeconds, double heapMb, double rssMb, boolean finished) {
    }

    private static Path jar;
    private static Path work;
    private static final List<String> table = new ArrayList<>();

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        jar = Path.of(args[0]).toAbsolutePath();
        work = Path.of(args[1]).toAbsolutePath();
        int runsSmall = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runsLarge = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int baselineTimeout = args.length > 4 ? Integer.parseInt(args[4]) : 180;
        Path small = work.resolve("small");
        Path large = work.resolve("large");
        System.out.println("generating workloads in " + work);
        BenchData.write(small, 20, 1_000);

        table.add("| workload | runs | median wall | peak heap | peak RSS | rows | rows/s | XSSF baseline | time × | heap × | SPEC target | |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|---|");

        Path smallOut = small.resolve("plan.xlsx");
        Result gs = median(runsSmall, () -> funnelplan(small, "generate", "--targets", "targets.csv", "--history", "history.csv",
                "--leads", "leads.csv", "--year", "2026", "--out", smallOut.toString(), "--force"));
        Result bs = baseline(smallOut, 20, small.resolve("leads.csv"), small.resolve("baseline.xlsx"), baselineTimeout);
        row("generate 20 reps + 1,000 leads", runsSmall, gs, rows(smallOut, null), bs, 2.0);
        Result gt = median(runsSmall, () -> funnelplanWith(SHORT_RUN_OPTIONS, small, "generate", "--targets", "targets.csv",
                "--history", "history.csv", "--leads", "leads.csv", "--year", "2026", "--out", smallOut.toString(), "--force"));
        row("the same, JDK_JAVA_OPTIONS=\"" + String.join(" ", SHORT_RUN_OPTIONS) + "\"", runsSmall, gt, rows(smallOut, null), bs, 2.0);

        // Written after the small runs, so their timings do not share the machine with 23 MB of fresh writes.
        BenchData.write(large, 1_000, 250_000);
        Path largeOut = large.resolve("plan.xlsx");
        Result gl = median(runsLarge, () -> funnelplan(large, "generate", "--targets", "targets.csv", "--history", "history.csv",
                "--leads", "leads.csv", "--year", "2026", "--out", largeOut.toString(), "--force"));
        Result bl = baseline(smallOut, 1_000, large.resolve("leads.csv"), large.resolve("baseline.xlsx"), baselineTimeout);
        row("generate 1,000 reps + 250,000 leads", runsLarge, gl, rows(largeOut, null), bl, 20.0);

        Path perRep = large.resolve("per-rep");
        System.out.println("writing 1,000 per-rep workbooks (setup for variance, not timed against a target)");
        Result pr = funnelplan(large, "generate", "--targets", "targets.csv", "--history", "history.csv", "--year", "2026",
                "--out", large.resolve("plan-no-leads.xlsx").toString(), "--per-rep", perRep.toString(), "--force");
        System.out.printf(Locale.ROOT, "  generate --per-rep: %.1f s%n", pr.wallSeconds());
        List<String> variance = new ArrayList<>(List.of("variance", "--month", "6", "--csv",
                large.resolve("variance-per-rep.csv").toString(), "--force"));
        long perRepRows = 0;
        try (Stream<Path> files = Files.list(perRep)) {
            for (Path file : files.sorted().toList()) {
                variance.add(file.toString());
                perRepRows += rows(file, null);
            }
        }
        Result vp = median(runsLarge, () -> funnelplan(large, variance.toArray(String[]::new)));
        row("variance 1,000 per-rep workbooks", runsLarge, vp, perRepRows, null, 60.0);

        Result vm = median(runsLarge, () -> funnelplan(large, "variance", "--month", "6", "--csv",
                large.resolve("variance-master.csv").toString(), "--force", largeOut.toString()));
        row("variance master with 250,000 leads", runsLarge, vm, rows(largeOut, 250_000), null, 10.0);

        Path crm = work.resolve("crm");
        BenchData.writeCrm(crm, 200_000, 500_000);
        Result hs = median(runsLarge, () -> funnelplan(crm, "from-crm", "hubspot-deals.csv", "--stages", "stages.csv",
                "--out", "history-hubspot.csv", "--force"));
        row("from-crm HubSpot export, 200,000 deals", runsLarge, hs, 200_000, null, 10.0);
        Result sl = median(runsLarge, () -> funnelplan(crm, "from-crm", "stage-log.csv", "--stages", "stages.csv",
                "--out", "history-log.csv", "--force"));
        row("from-crm stage log, 500,000 rows (day-first dates: read twice)", runsLarge, sl, 500_000, null, 10.0);

        System.out.println();
        System.out.printf("%d cores, %s; funnelplan runs with -Xmx512m, the baseline with -Xmx%s%n",
                Runtime.getRuntime().availableProcessors(), memory(), BASELINE_HEAP);
        table.forEach(System.out::println);
        Files.write(work.resolve("report.md"), table, StandardCharsets.UTF_8);
    }

    private static final String BASELINE_HEAP = "4g";

    interface Run {
        Result run() throws Exception;
    }

    private static Result median(int runs, Run run) throws Exception {
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(run.run());
        }
        List<Double> walls = new ArrayList<>(results.stream().map(Result::wallSeconds).toList());
        Collections.sort(walls);
        double heap = results.stream().mapToDouble(Result::heapMb).max().orElse(0);
        double rss = results.stream().mapToDouble(Result::rssMb).max().orElse(0);
        return new Result(walls.get(walls.size() / 2), heap, rss, true);
    }

    private static Result funnelplan(Path dir, String... args) throws Exception {
        return funnelplanWith(List.of(), dir, args);
    }

    /** JVM options a user can give through JDK_JAVA_OPTIONS: for a short run, compile less and collect simply. */
    static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static Result funnelplanWith(List<String> jvmOptions, Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Result result = measured(dir, command, 0);
        if (!result.finished()) {
            throw new IllegalStateException("funnelplan failed: " + String.join(" ", command));
        }
        return result;
    }

    private static Result baseline(Path template, int reps, Path leads, Path out, int timeoutSeconds) throws Exception {
        String classpath = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + ":" + jar;
        System.out.printf("baseline: plain XSSF, %d reps (timeout %d s)%n", reps, timeoutSeconds);
        return measured(out.getParent(), List.of("java", "-Xmx" + BASELINE_HEAP, "-cp", classpath, "bench.BaselineXssf",
                template.toString(), Integer.toString(reps), leads.toString(), out.toString()), timeoutSeconds);
    }

    /** Runs a JVM under /usr/bin/time -v with a GC log; wall time is measured here, around the whole process. */
    private static Result measured(Path dir, List<String> javaCommand, int timeoutSeconds) throws Exception {
        Path gcLog = Files.createTempFile(work, "gc-", ".log");
        Path timeLog = Files.createTempFile(work, "time-", ".log");
        Path output = Files.createTempFile(work, "out-", ".log");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeLog.toString()));
        command.add(javaCommand.get(0));
        command.add("-Xlog:gc,gc+heap+exit:file=" + gcLog);
        command.addAll(javaCommand.subList(1, javaCommand.size()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        boolean done = timeoutSeconds > 0 ? process.waitFor(timeoutSeconds, TimeUnit.SECONDS) : process.waitFor() >= 0;
        double wall = (System.nanoTime() - start) / 1e9;
        if (!done) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            return new Result(timeoutSeconds, heap(gcLog), 0, false);
        }
        if (process.exitValue() != 0) {
            System.out.println(Files.readString(output));
            return new Result(wall, 0, 0, false);
        }
        Matcher rss = RSS.matcher(Files.readString(timeLog));
        double rssMb = rss.find() ? Long.parseLong(rss.group(1)) / 1024.0 : 0;
        System.out.printf(Locale.ROOT, "  %.2f s  %s%n", wall, String.join(" ", javaCommand.subList(Math.max(0, javaCommand.size() - 3), javaCommand.size())));
        return new Result(wall, heap(gcLog), rssMb, true);
    }

    /** The most heap in use: before any collection, or at exit. */
    private static double heap(Path gcLog) throws IOException {
        String log = Files.readString(gcLog);
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

    /** Rows in the workbook's sheets, less the lead rows a variance run does not read. */
    private static long rows(Path workbook, Integer skippedRows) throws IOException {
        long rows = 0;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        rows += count(in);
                    }
                }
            }
        }
        return rows - (skippedRows == null ? 0 : skippedRows);
    }

    private static long count(InputStream in) throws IOException {
        byte[] pattern = "<row ".getBytes(StandardCharsets.US_ASCII);
        byte[] buffer = new byte[1 << 16];
        long count = 0;
        int matched = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                matched = buffer[i] == pattern[matched] ? matched + 1 : (buffer[i] == pattern[0] ? 1 : 0);
                if (matched == pattern.length) {
                    count++;
                    matched = 0;
                }
            }
        }
        return count;
    }

    private static void row(String workload, int runs, Result r, long rows, Result base, double targetSeconds) {
        String baseline = "–";
        String timeRatio = "–";
        String heapRatio = "–";
        if (base != null) {
            baseline = base.finished() ? "%.1f s, %.0f MB heap".formatted(base.wallSeconds(), base.heapMb())
                    : "did not finish in %.0f s".formatted(base.wallSeconds());
            timeRatio = base.finished() ? "%.2f".formatted(r.wallSeconds() / base.wallSeconds())
                    : "< %.2f".formatted(r.wallSeconds() / base.wallSeconds());
            heapRatio = base.finished() && base.heapMb() > 0 ? "%.2f".formatted(r.heapMb() / base.heapMb()) : "–";
        }
        String line = String.format(Locale.ROOT, "| %s | %d | %.2f s | %.0f MB | %.0f MB | %,d | %,.0f | %s | %s | %s | < %.0f s | %s |",
                workload, runs, r.wallSeconds(), r.heapMb(), r.rssMb(), rows, rows / r.wallSeconds(), baseline, timeRatio,
                heapRatio, targetSeconds, r.wallSeconds() < targetSeconds ? "PASS" : "FAIL");
        table.add(line);
        System.out.println(line);
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return "%.0f GB memory".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "memory unknown";
    }
}
