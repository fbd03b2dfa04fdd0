package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The SPEC section 6 benchmark. Every workload runs as a whole process the way a user starts it
 * (JVM start included), a few times; after each run its output is checked ({@link Checks}), so a
 * run that breaks cannot pass. The two generate workloads are also written by a peer, Python's
 * XlsxWriter in constant_memory mode, from the same content (read from funnelplan's own output
 * beforehand, not timed; its reading of that dump is measured and subtracted), and by a naive
 * plain-XSSF writer; the zip floor says what deflating funnelplan's parts alone costs.
 *
 * <p>Usage: {@code Bench JAR WORKDIR [RUNS_SMALL RUNS_LARGE BASELINE_TIMEOUT_S]}. The command under
 * test is {@code FUNNELPLAN_CMD} (words split on spaces; a word naming a file of the project is made
 * absolute), by default {@code env JAVA_OPTS=-Xmx512m bin/funnelplan}, the README's launcher. {@code BENCH_ONLY} (comma-separated: small,
 * large, per-rep, variance, crm, floor) runs a part, for a quick look.
 */
public final class Bench {
    private static final String PYTHON = "/usr/bin/python3";
    static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final String BASELINE_HEAP = "4g";
    private static final int TIMEOUT = 900;

    private final Path jar;
    private final Path work;
    private final Path repo = Path.of("").toAbsolutePath();
    private final List<String> command;
    private final Runner runner;
    private final Report report = new Report();
    private final Set<String> only;
    private String jvmVersion = "?";
    /** Every plan id a generate run wrote: a run that hands back an earlier run's workbook is caught by its id. */
    private final Set<String> planIds = new java.util.HashSet<>();

    private Bench(Path jar, Path work, List<String> command, Set<String> only) {
        this.jar = jar;
        this.work = work;
        this.command = command;
        this.runner = new Runner(work);
        this.only = only;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path work = Path.of(args[1]).toAbsolutePath();
        int runsSmall = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runsLarge = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int baselineTimeout = args.length > 4 ? Integer.parseInt(args[4]) : 180;
        String given = System.getenv("FUNNELPLAN_CMD");
        // The README's own command: the launcher, with the heap SPEC section 6 allows.
        List<String> command = given == null || given.isBlank()
                ? List.of("env", "JAVA_OPTS=-Xmx512m", Path.of("bin/funnelplan").toAbsolutePath().toString())
                : Arrays.stream(given.trim().split("\\s+")).map(Bench::absoluteIfFile).toList();
        String onlyGiven = System.getenv("BENCH_ONLY");
        Set<String> only = onlyGiven == null || onlyGiven.isBlank() ? Set.of() : Set.of(onlyGiven.split(","));
        new Bench(jar, work, command, only).run(runsSmall, runsLarge, baselineTimeout);
    }

    private static String absoluteIfFile(String word) {
        Path path = Path.of(word);
        return !path.isAbsolute() && Files.exists(path) ? path.toAbsolutePath().toString() : word;
    }

    private boolean wanted(String part) {
        return only.isEmpty() || only.contains(part);
    }

    private void run(int runsSmall, int runsLarge, int baselineTimeout) throws Exception {
        long started = System.nanoTime();
        String loadBefore = Machine.load();
        long[] cpuBefore = Machine.cpuTicks();
        System.out.println("measuring: " + String.join(" ", command));
        Path small = work.resolve("small");
        Path large = work.resolve("large");
        if (wanted("small")) {
            BenchData.write(small, 20, 1_000);
            Path out = small.resolve("plan.xlsx");
            Sample ours = repeat(runsSmall, 0, List.of(out), () -> funnelplan(small, Map.of(), generate(out, true)),
                    s -> newPlan(out, small), out);
            report.target("generate 20 reps + 1,000 leads", ours, "< 1.2 s", verdict(ours, 1.2));
            Sample shortRun = repeat(runsSmall, 0, List.of(out),
                    () -> funnelplan(small, Map.of("JDK_JAVA_OPTIONS", String.join(" ", SHORT_RUN_OPTIONS)), generate(out, true)),
                    s -> newPlan(out, small), out);
            report.target("the same, JDK_JAVA_OPTIONS=\"" + String.join(" ", SHORT_RUN_OPTIONS) + "\"", shortRun,
                    "(a user's option)", null);
            peers("generate 20 reps + 1,000 leads", small, 20, ours, runsSmall, baselineTimeout);
        }
        if (wanted("large") || wanted("per-rep") || wanted("variance") || wanted("floor")) {
            // Written after the small runs, so that those do not share the machine with 60 MB of fresh writes.
            BenchData.write(large, 1_000, 250_000);
        }
        Path largeOut = large.resolve("plan.xlsx");
        Sample largeRun = new Sample();
        if (wanted("large") || wanted("variance") || wanted("floor")) {
            largeRun = repeat(runsLarge, 0, List.of(largeOut), () -> funnelplan(large, Map.of(), generate(largeOut, true)),
                    s -> newPlan(largeOut, large), largeOut);
        }
        if (wanted("large")) {
            peers("generate 1,000 reps + 250,000 leads", large, 1_000, largeRun, runsLarge, baselineTimeout);
        }
        if (wanted("per-rep") || wanted("variance")) {
            Path master = large.resolve("plan-per-rep.xlsx");
            Path perRep = large.resolve("per-rep");
            List<String> args = new ArrayList<>(generate(master, true));
            args.addAll(List.of("--per-rep", perRep.toString()));
            Sample s = repeat(runsLarge, 0, List.of(master, perRep), () -> funnelplan(large, Map.of(), args), x -> {
                newPlan(master, large);
                return Checks.perRep(perRep, large, lastPlanId) + " with the master's plan id";
            }, master);
            report.target("generate --per-rep, 1,000 reps + 250,000 leads", s, "< 15 s", verdict(s, 15));
            if (wanted("variance")) {
                variance(large, perRep, largeOut, largeRun, runsLarge);
            }
        }
        if (wanted("crm")) {
            fromCrm(runsLarge);
        }
        if (wanted("floor") && largeRun.ok()) {
            zipFloor(largeOut, runsLarge, largeRun);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        double ours = runner.cpuSeconds + ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        double others = Machine.othersShare(cpuBefore, Machine.cpuTicks(), ours, elapsed);
        List<String> header = Machine.describe(command, repo, jvmVersion, loadBefore, others, PYTHON, BASELINE_HEAP);
        header.add("Whole benchmark: %.1f min (runs small/large: %d/%d, XSSF baseline timeout %d s)."
                .formatted((System.nanoTime() - started) / 60e9, runsSmall, runsLarge, baselineTimeout));
        report.write(work.resolve("report.md"), header);
        System.out.println();
        report.lines.forEach(System.out::println);
        if (report.broken > 0) {
            System.exit(1);
        }
    }

    private String lastPlanId;

    /** Checks a plan funnelplan just wrote, and that its plan id is one no earlier run wrote. */
    private String newPlan(Path out, Path workload) throws IOException, Runner.Failure {
        String checked = Checks.plan(out, workload, true);
        lastPlanId = checked.substring(checked.lastIndexOf(' ') + 1);
        Checks.require(planIds.add(lastPlanId), out, "plan id %s was written by an earlier run", lastPlanId);
        return checked;
    }

    private List<String> generate(Path out, boolean leads) {
        List<String> args = new ArrayList<>(List.of("generate", "--targets", "targets.csv", "--history", "history.csv",
                "--year", "2026", "--out", out.toString(), "--force"));
        if (leads) {
            args.addAll(List.of("--leads", "leads.csv"));
        }
        return args;
    }

    private void peers(String workload, Path dir, int reps, Sample ours, int runs, int baselineTimeout) throws Exception {
        Path plan = dir.resolve("plan.xlsx");
        Sample peer = new Sample();
        Sample xssf = new Sample();
        if (ours.ok()) {
            Path dump = dir.resolve("plan.dump");
            Path peerOut = dir.resolve("xlsxwriter.xlsx");
            System.out.println("peer: reading funnelplan's output into " + dump + " (not timed)");
            try {
                Runner.Run dumped = runner.run(List.of(PYTHON, repo.resolve("bench/peer/content.py").toString(), "dump",
                        plan.toString(), dump.toString()), dir, false, Map.of(), 0);
                dumped.output().lines().filter(l -> l.startsWith("the peer leaves out: "))
                        .forEach(l -> report.note("The XlsxWriter peer " + l.substring("the peer ".length()) + "."));
            } catch (Runner.Failure e) {
                peer.failure = "reading funnelplan's output failed: " + e.getMessage();
            }
        }
        if (!ours.ok()) {
            peer.failure = "not run: funnelplan's run broke";
        }
        if (peer.failure == null && ours.ok()) {
            Path dump = dir.resolve("plan.dump");
            Path peerOut = dir.resolve("xlsxwriter.xlsx");
            peer = repeat(runs, 0, List.of(peerOut), () -> runner.run(List.of(PYTHON,
                    repo.resolve("bench/peer/xlsxwriter_peer.py").toString(), dump.toString(), peerOut.toString()), dir, false,
                    Map.of(), TIMEOUT), s -> Checks.plan(peerOut, dir, true), peerOut);
            if (peer.ok()) {
                System.out.println("peer: comparing its content with funnelplan's (not timed)");
                try {
                    Runner.Run compared = runner.run(List.of(PYTHON, repo.resolve("bench/peer/content.py").toString(),
                            "compare", plan.toString(), peerOut.toString()), repo.resolve("bench/peer"), false, Map.of(), 0);
                    compared.output().lines().filter(l -> l.startsWith("same content")).findFirst()
                            .ifPresent(l -> report.note("XlsxWriter peer, " + workload + ": " + l));
                } catch (Runner.Failure e) {
                    peer.failure = "not the same content: " + e.getMessage();
                }
            }
        }
        Path baseline = dir.resolve("baseline.xlsx");
        Path template = work.resolve("small").resolve("plan.xlsx");
        if (Files.isRegularFile(template)) {
            System.out.printf("baseline: plain XSSF, %d reps (timeout %d s)%n", reps, baselineTimeout);
            String classpath = repo.resolve("target/bench-classes") + ":" + jar;
            xssf = repeat(runs, baselineTimeout, List.of(baseline), () -> runner.run(List.of("java", "-Xmx" + BASELINE_HEAP, "-cp",
                    classpath, "bench.BaselineXssf", template.toString(), Integer.toString(reps),
                    dir.resolve("leads.csv").toString(), baseline.toString()), dir, true, Map.of(), baselineTimeout),
                    s -> Checks.baseline(baseline, reps, true), baseline);
        } else {
            xssf.failure = "no template (the small plan was not generated)";
        }
        report.peers(workload, ours, peer, xssf);
        if (workload.startsWith("generate 1,000")) {
            String sizeVerdict = !ours.ok() ? "FAIL (broken)" : !peer.ok() ? "FAIL (no peer file to compare with)"
                    : ours.fileBytes <= 1.15 * peer.fileBytes ? "PASS" : "FAIL (file %.2f× XlsxWriter's)".formatted(
                            (double) ours.fileBytes / peer.fileBytes);
            long limit = ours.heapLimitMb();
            String verdict = verdict(ours, 6.0);
            List<String> misses = new ArrayList<>();
            if (verdict.startsWith("FAIL")) {
                misses.add("wall");
            }
            if (limit < 0 || limit > 512) {
                misses.add(limit < 0 ? "heap limit not reported" : "heap limit " + limit + " MB");
            }
            if (!(ours.maxRss() < 350)) {
                misses.add("RSS");
            }
            if (!sizeVerdict.equals("PASS")) {
                misses.add(sizeVerdict.replace("FAIL (", "").replace(")", ""));
            }
            report.target(workload, ours, "< 6 s, ≤ 512 MB heap, < 350 MB RSS, file ≤ 1.15× XlsxWriter's",
                    misses.isEmpty() ? "PASS" : "FAIL (" + String.join(", ", misses) + ")");
        }
    }

    private void variance(Path large, Path perRep, Path master, Sample masterRun, int runs) throws Exception {
        List<String> args = new ArrayList<>(List.of("variance", "--month", "6", "--csv", large.resolve("variance-per-rep.csv")
                .toString(), "--force"));
        if (Files.isDirectory(perRep)) {
            try (Stream<Path> files = Files.list(perRep)) {
                files.sorted(Comparator.naturalOrder()).forEach(f -> args.add(f.toString()));
            }
        }
        Path perRepCsv = large.resolve("variance-per-rep.csv");
        Sample vp = repeat(runs, 0, List.of(perRepCsv), () -> funnelplan(large, Map.of(), args),
                s -> Checks.variance(perRepCsv, 1_000), null);
        report.target("variance, 1,000 per-rep workbooks", vp, "< 5 s", verdict(vp, 5));
        Path masterCsv = large.resolve("variance-master.csv");
        Sample vm = repeat(runs, 0, List.of(masterCsv), () -> funnelplan(large, Map.of(), List.of("variance", "--month", "6",
                "--csv", masterCsv.toString(), "--force", master.toString())), s -> Checks.variance(masterCsv, 1_000), null);
        if (!masterRun.ok()) {
            vm.failure = "no master (the large plan broke)";
        }
        report.target("variance, master with 250,000 leads", vm, "< 3 s", verdict(vm, 3));
        report.note("The variance runs read workbooks as generated: no actuals filled in.");
    }

    private void fromCrm(int runs) throws Exception {
        Path crm = work.resolve("crm");
        BenchData.writeCrm(crm, 200_000, 500_000);
        Path hubspot = crm.resolve("history-hubspot.csv");
        Sample hs = repeat(runs, 0, List.of(hubspot), () -> funnelplan(crm, Map.of(), List.of("from-crm", "hubspot-deals.csv",
                "--stages", "stages.csv", "--out", hubspot.toString(), "--force")), s -> Checks.history(hubspot), null);
        report.target("from-crm HubSpot export, 200,000 deals", hs, "none in the SPEC", null);
        Path log = crm.resolve("history-log.csv");
        Sample sl = repeat(runs, 0, List.of(log), () -> funnelplan(crm, Map.of(), List.of("from-crm", "stage-log.csv",
                "--stages", "stages.csv", "--out", log.toString(), "--force")), s -> Checks.history(log), null);
        report.target("from-crm stage log, 500,000 rows (day-first dates: read twice)", sl, "none in the SPEC", null);
    }

    private void zipFloor(Path plan, int runs, Sample large) throws Exception {
        System.out.println("zip floor: deflating the large plan's parts again");
        String classpath = repo.resolve("target/bench-classes") + ":" + jar;
        Runner.Run floor = runner.run(List.of("java", "-Xmx2g", "-cp", classpath, "bench.ZipFloor", plan.toString(),
                work.toString(), Integer.toString(Math.max(runs, 1))), work, false, Map.of(), TIMEOUT);
        Matcher m = Pattern.compile("floor (.+): (\\d+\\.\\d+) s \\((\\S+)\\), (\\d+) bytes").matcher(floor.output());
        while (m.find()) {
            report.floor(m.group(1), Double.parseDouble(m.group(2)), m.group(3).replace("-", "–"), Long.parseLong(m.group(4)),
                    large);
        }
    }

    interface Action {
        Runner.Run run() throws Exception;
    }

    interface Check {
        String check(Runner.Run run) throws Exception;
    }

    /**
     * {@code runs} runs, each after deleting its outputs (so that a run that writes nothing cannot
     * pass on an earlier run's file), each checked; stops at the first failure. A timeout stops
     * the repetitions too (the baseline's "did not finish").
     */
    private Sample repeat(int runs, int timeout, List<Path> outputs, Action action, Check check, Path file) throws Exception {
        Sample sample = new Sample();
        for (int i = 0; i < runs; i++) {
            for (Path output : outputs) {
                delete(output);
            }
            try {
                Runner.Run run = action.run();
                sample.checked = check.check(run);
                sample.runs.add(run);
                sample.fileBytes = file != null ? Files.size(file) : 0;
            } catch (Runner.Failure e) {
                sample.failure = e.getMessage();
                System.out.println("  " + e.getMessage());
                if (timeout > 0 && e.getMessage().startsWith("did not finish")) {
                    sample.runs.clear();
                    sample.timedOut = timeout;
                    sample.failure = "did not finish in %d s".formatted(timeout);
                }
                break;
            }
        }
        if (sample.ok()) {
            System.out.println("  checked: " + sample.checked);
        }
        return sample;
    }

    private Runner.Run funnelplan(Path dir, Map<String, String> environment, List<String> args) throws Exception {
        List<String> full = new ArrayList<>(command);
        full.addAll(args);
        Runner.Run run = runner.run(full, dir, true, environment, TIMEOUT);
        if (run.maxHeapMb() < 0) {
            System.out.println("  (no GC log from this command: heap limit unknown)");
        }
        if (run.jvmVersion() != null) {
            jvmVersion = run.jvmVersion();
        }
        return run;
    }

    private static String verdict(Sample s, double seconds) {
        if (!s.ok()) {
            return "FAIL (broken)";
        }
        return s.medianWall() < seconds ? "PASS" : "FAIL";
    }

    private static void delete(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }
}
