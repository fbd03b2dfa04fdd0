package bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes the SPEC section 6 workloads as CSV files, the same for every run (fixed seed). */
public final class BenchData {
    static final String[] STAGES = {"lead", "contacted", "visited", "quoted", "won"};
    static final String[] SOURCES = {"Beurs Logistiek 2025", "LinkedIn", "Gekocht bestand", "Website", "Webinar"};
    static final String[] SEGMENTS = {"Productie", "Retail", "Chemie", "Groothandel", "Transport"};
    static final String[] STATUSES = {"lead", "lead", "lead", "invited", "called", "attended", "follow-up", "prospect", "customer", "lost"};

    private BenchData() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    }

    static void write(Path dir, int reps, int leads) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("targets.csv"), StandardCharsets.UTF_8)) {
            out.write("rep,team,new_customers,avg_margin,margin_target,start_month,ramp_months\n");
            for (int r = 0; r < reps; r++) {
                out.write("Rep %04d,Team %d,%d,%d,%d,%d,%d\n".formatted(r + 1, r % 20, 4 + random.nextInt(12),
                        4000 + 100 * random.nextInt(30), 15000 + 1000 * random.nextInt(20), 1 + (r % 7 == 0 ? 3 : 0),
                        r % 7 == 0 ? 2 : 0));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("history.csv"), StandardCharsets.UTF_8)) {
            out.write("rep,period,stage,count,avg_days\n");
            for (int r = 0; r < reps; r++) {
                for (int q = 1; q <= 4; q++) {
                    double count = 200 + random.nextInt(100);
                    for (String stage : STAGES) {
                        out.write("Rep %04d,2025-Q%d,%s,%d,%d\n".formatted(r + 1, q, stage, (long) count, 10 + random.nextInt(30)));
                        count = Math.floor(count * (0.25 + 0.3 * random.nextDouble()));
                    }
                }
            }
        }
        if (leads > 0) {
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("leads.csv"), StandardCharsets.UTF_8)) {
                out.write("id,organisation,source,segment,status,owner,campaign,next_step,next_date,kvk_number\n");
                for (int l = 0; l < leads; l++) {
                    out.write("L%06d,Organisatie %d B.V.,%s,%s,%s,Rep %04d,,%s,%s,%08d\n".formatted(l + 1, l + 1,
                            SOURCES[random.nextInt(SOURCES.length)], SEGMENTS[random.nextInt(SEGMENTS.length)],
                            STATUSES[random.nextInt(STATUSES.length)], 1 + random.nextInt(Math.max(1, reps)),
                            random.nextBoolean() ? "Kwalificeren" : "", random.nextBoolean() ? "2026-02-05" : "",
                            random.nextInt(100_000_000)));
                }
            }
        }
    }
}
