package bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The machine the figures come from. */
final class Machine {
    private Machine() {
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Busy and total CPU ticks of the machine so far (/proc/stat; steal counts as busy: another guest had the core). */
    static long[] cpuTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            long total = 0;
            for (int i = 1; i <= Math.min(8, f.length - 1); i++) {
                long ticks = Long.parseLong(f[i]);
                total += ticks;
                if (i != 4 && i != 5) {
                    busy += ticks; // not idle, not iowait
                }
            }
            return new long[] {busy, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The share of the machine's cores that processes other than the benchmark's used meanwhile; -1 if unknown. */
    static double othersShare(long[] before, long[] after, double ourCpuSeconds, double elapsed) {
        if (before == null || after == null) {
            return -1;
        }
        double busySeconds = (after[0] - before[0]) / 100.0; // USER_HZ
        return Math.max(0, busySeconds - ourCpuSeconds) / (elapsed * Runtime.getRuntime().availableProcessors());
    }

    static List<String> describe(List<String> command, Path repo, String jvm, String loadBefore, double others, String python,
            String baselineHeap)
            throws IOException, InterruptedException {
        List<String> header = new ArrayList<>();
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).trim();
                break;
            }
        }
        String memory = "?";
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memory = "%.1f GB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0);
            }
        }
        String kernel = Files.readString(Path.of("/proc/sys/kernel/osrelease")).trim();
        header.add("Machine: %s, %d cores, %s memory, Linux %s; Java %s (as the measured JVM reported it); %s; "
                .formatted(cpu, Runtime.getRuntime().availableProcessors(), memory, kernel, jvm, peer(python))
                + "load average %s at the start; other processes used %s of the cores meanwhile; %s."
                .formatted(loadBefore, others < 0 ? "?" : "%.0f%%".formatted(100 * others),
                        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
        if (others > 0.05) {
            header.add("");
            header.add("**The machine was busy (other processes used more than 5% of it): these figures are not results.**");
        }
        header.add("");
        String measured = String.join(" ", command).replace(repo + "/", "");
        header.add("Command measured: `" + measured + " …` (the GC log that gives heap figures is asked for "
                + "through JDK_JAVA_OPTIONS); the peer: `" + python + " bench/peer/xlsxwriter_peer.py`; the baseline: "
                + "`java -Xmx" + baselineHeap + " bench.BaselineXssf`.");
        return header;
    }

    private static String peer(String python) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(python, "-c", "import sys, xlsxwriter; print('Python %d.%d.%d' % sys.version_info[:3], "
                + "'XlsxWriter ' + xlsxwriter.__version__)").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return text.toLowerCase(Locale.ROOT).contains("error") ? "XlsxWriter not found" : text;
    }
}
