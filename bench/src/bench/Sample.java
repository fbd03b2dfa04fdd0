package bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The runs of one workload by one writer: medians and spreads, and why it broke if it did. A
 * broken sample (a run that failed, or whose output failed its check) never passes a target.
 */
final class Sample {
    final List<Runner.Run> runs = new ArrayList<>();
    String failure;
    /** Bytes of the output file of the last run; 0 when there is none to speak of. */
    long fileBytes;
    /** The timeout in seconds when a run did not finish in it; 0 otherwise. */
    int timedOut;
    /** What the check found in the output, e.g. "1,004 sheets, 56,015 names". */
    String checked = "";

    boolean ok() {
        return failure == null && !runs.isEmpty();
    }

    double medianWall() {
        return median(Runner.Run::wallSeconds);
    }

    double minWall() {
        return runs.stream().mapToDouble(Runner.Run::wallSeconds).min().orElse(Double.NaN);
    }

    double maxWall() {
        return runs.stream().mapToDouble(Runner.Run::wallSeconds).max().orElse(Double.NaN);
    }

    /** Wall time less the dump reading, for the peer; equal to the wall time for everything else. */
    double medianNet() {
        return median(Runner.Run::netSeconds);
    }

    double medianDumpLoad() {
        return median(Runner.Run::dumpLoadSeconds);
    }

    double medianRss() {
        return median(Runner.Run::rssMb);
    }

    double maxRss() {
        return runs.stream().mapToDouble(Runner.Run::rssMb).max().orElse(Double.NaN);
    }

    double maxHeap() {
        return runs.stream().mapToDouble(Runner.Run::heapMb).max().orElse(0);
    }

    /** The largest heap limit any run had, in MB; -1 when a run did not say (no GC log found). */
    long heapLimitMb() {
        long max = -1;
        for (Runner.Run run : runs) {
            if (run.maxHeapMb() < 0) {
                return -1;
            }
            max = Math.max(max, run.maxHeapMb());
        }
        return max;
    }

    private double median(ToDoubleFunction<Runner.Run> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
