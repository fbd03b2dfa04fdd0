package bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/** The benchmark's report: the machine, the command measured, and the three tables, in Markdown. */
final class Report {
    final List<String> lines = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final List<String> peers = new ArrayList<>();
    private final List<String> floors = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    int failed;
    int broken;

    /** One SPEC section 6 target row; {@code verdict} null for a row without a SPEC target. */
    void target(String workload, Sample s, String target, String verdict) {
        if (verdict != null && !verdict.startsWith("PASS")) {
            failed++;
        }
        if (!s.ok()) {
            broken++;
        }
        String line = s.ok()
                ? String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |", workload, s.runs.size(), wall(s),
                        rss(s), heap(s), s.fileBytes > 0 ? mb(s.fileBytes) : "–", target, verdict == null ? "–" : verdict)
                : String.format(Locale.ROOT, "| %s | %d | **broken: %s** | | | | %s | %s |", workload, s.runs.size(),
                        s.failure, target, verdict == null ? "–" : verdict);
        targets.add(line);
        System.out.println(line);
    }

    /** Three rows (wall, peak RSS, file) comparing funnelplan with XlsxWriter and the plain-XSSF baseline. */
    void peers(String workload, Sample ours, Sample xlsxWriter, Sample xssf) {
        String peerWall = xlsxWriter.ok()
                ? "%s net of %.2f s reading the dump (whole process %.2f s)".formatted(seconds(xlsxWriter.medianNet(),
                        xlsxWriter.runs.stream().mapToDouble(Runner.Run::netSeconds).min().orElse(0),
                        xlsxWriter.runs.stream().mapToDouble(Runner.Run::netSeconds).max().orElse(0)),
                        xlsxWriter.medianDumpLoad(), xlsxWriter.medianWall())
                : "broken: " + xlsxWriter.failure;
        String xssfWall = xssf.ok() ? wall(xssf) : xssf.failure;
        peers.add("| %s: wall | %s | %s | %s | %s | %s |".formatted(workload, ours.ok() ? wall(ours) : "broken", peerWall,
                xssfWall, ratio(ours, xlsxWriter, ours.medianWall(), xlsxWriter.medianNet()),
                xssf.ok() ? ratio(ours, xssf, ours.medianWall(), xssf.medianWall())
                        : ours.ok() && xssf.timedOut > 0 ? "< %.2f".formatted(ours.medianWall() / xssf.timedOut) : "–"));
        peers.add("| %s: peak RSS | %s | %s | %s | %s | %s |".formatted(workload, ours.ok() ? rss(ours) : "–",
                xlsxWriter.ok() ? rss(xlsxWriter) : "–", xssf.ok() ? rss(xssf) : "–",
                ratio(ours, xlsxWriter, ours.medianRss(), xlsxWriter.medianRss()),
                ratio(ours, xssf, ours.medianRss(), xssf.medianRss())));
        peers.add("| %s: file | %s | %s | %s | %s | %s |".formatted(workload, ours.ok() ? mb(ours.fileBytes) : "–",
                xlsxWriter.ok() ? mb(xlsxWriter.fileBytes) : "–", xssf.ok() ? mb(xssf.fileBytes) : "–",
                ratio(ours, xlsxWriter, ours.fileBytes, xlsxWriter.fileBytes), ratio(ours, xssf, ours.fileBytes, xssf.fileBytes)));
    }

    void floor(String label, double seconds, String spread, long bytes, Sample large) {
        floors.add(String.format(Locale.ROOT, "| %s | %.2f s (%s) | %s | %s |", label, seconds, spread, mb(bytes),
                large.ok() ? "%.1f×".formatted(large.medianWall() / seconds) : "–"));
    }

    void note(String note) {
        if (notes.add(note)) {
            System.out.println(note);
        }
    }

    void write(Path file, List<String> header) throws IOException {
        lines.addAll(header);
        lines.add("");
        lines.add("Targets (SPEC section 6; median wall time of the runs, its spread min–max, peak RSS median and max "
                + "over the runs, peak heap before a collection and the heap limit the JVM reported):");
        lines.add("");
        lines.add("| workload | runs | wall: median (min–max) | peak RSS: median (max) | peak heap / limit | file | target | |");
        lines.add("|---|---|---|---|---|---|---|---|");
        lines.addAll(targets);
        lines.add("");
        lines.add("The same content written by a peer (XlsxWriter, constant_memory) and by plain POI XSSF "
                + "(funnelplan ÷ peer: below 1 is funnelplan faster, smaller or leaner):");
        lines.add("");
        lines.add("| run | funnelplan | XlsxWriter (constant_memory) | plain XSSF baseline | ÷ XlsxWriter | ÷ XSSF |");
        lines.add("|---|---|---|---|---|---|");
        lines.addAll(peers);
        if (!floors.isEmpty()) {
            lines.add("");
            lines.add("Zip floor: funnelplan's own parts of the large plan deflated again, in memory, in one process "
                    + "(funnelplan's large-plan wall time ÷ floor in the last column):");
            lines.add("");
            lines.add("| deflate | median (min–max) | file | funnelplan ÷ floor |");
            lines.add("|---|---|---|---|");
            lines.addAll(floors);
        }
        if (!notes.isEmpty()) {
            lines.add("");
            notes.forEach(n -> lines.add("- " + n));
        }
        lines.add("");
        lines.add(broken > 0 ? "%d workload(s) BROKEN (a run failed or its output did not check out)".formatted(broken)
                : failed == 0 ? "every SPEC section 6 target met" : "%d SPEC section 6 target(s) missed".formatted(failed));
        Files.write(file, lines);
    }

    static String wall(Sample s) {
        return seconds(s.medianWall(), s.minWall(), s.maxWall());
    }

    static String seconds(double median, double min, double max) {
        return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", median, min, max);
    }

    static String rss(Sample s) {
        return String.format(Locale.ROOT, "%.0f MB (%.0f)", s.medianRss(), s.maxRss());
    }

    static String heap(Sample s) {
        long limit = s.heapLimitMb();
        if (s.maxHeap() == 0 && limit < 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.0f / %s MB", s.maxHeap(), limit < 0 ? "?" : Long.toString(limit));
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, bytes < 10_000_000 ? "%.2f MB" : "%.1f MB", bytes / 1e6);
    }

    private static String ratio(Sample a, Sample b, double x, double y) {
        return a.ok() && b.ok() && y > 0 ? String.format(Locale.ROOT, "%.2f", x / y) : "–";
    }
}
