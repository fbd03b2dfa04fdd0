package org.funnelplan.crm;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.funnelplan.csv.CsvFormat;
import org.funnelplan.csv.CsvOutput;

/**
 * The history {@code from-crm} derived: one row per rep, period and plan stage (SPEC section 3),
 * and what went into it, for the console.
 *
 * @param funnel    the plan stages, top first
 * @param rows      every (rep, period) group lists every plan stage, sorted by rep, then period
 * @param pipelines what was read per pipeline
 * @param reps      the reps of the history, in output order
 * @param periods   its periods, in order
 * @param backwards stage pairs left out of avg_days because the next stage's date came first
 */
public record CrmHistory(List<String> funnel, List<Row> rows, List<PipelineCount> pipelines, List<String> reps,
        List<String> periods, long backwards) {

    public static final String HEADER = "rep,period,stage,count,avg_days";

    public CrmHistory {
        funnel = List.copyOf(funnel);
        rows = List.copyOf(rows);
        pipelines = List.copyOf(pipelines);
        reps = List.copyOf(reps);
        periods = List.copyOf(periods);
    }

    /** One history row; {@code avgDays} is null where no item gives it, and at won. */
    public record Row(String rep, String period, String stage, long count, Double avgDays) {
    }

    /**
     * The items of one pipeline ({@code name} null for exports without pipelines).
     *
     * @param unstaged items that entered no stage but ignored ones, or lost ones that reached no funnel stage
     * @param skipped  items left out because {@code --pipeline} chose another pipeline
     */
    public record PipelineCount(String name, long read, long won, long lost, long open, long unstaged,
            long skipped) {
        public long decided() {
            return won + lost;
        }
    }

    /** Writes the history CSV in a format {@code generate} reads unchanged. */
    public void write(OutputStream out, CsvFormat format) throws IOException {
        try (CsvOutput csv = CsvOutput.open(out, format)) {
            csv.row(HEADER.split(","));
            for (Row row : rows) {
                csv.text(row.rep()).text(row.period()).text(row.stage()).number((double) row.count()).number(row.avgDays()).endRow();
            }
        }
    }
}
