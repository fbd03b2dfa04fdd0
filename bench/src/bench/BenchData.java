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

    /** The CRM stages of the exports from-crm reads in the benchmark, and the plan stage of each. */
    static final String[][] CRM_STAGES = {{"New lead", "lead"}, {"Contacted", "contacted"}, {"Meeting booked", "contacted"},
        {"Site visit", "visited"}, {"Quote sent", "quoted"}, {"Negotiation", "quoted"}, {"On hold", "ignore"},
        {"Closed won", "won"}, {"Closed lost", "lost"}};

    /** {@code BenchData DIR REPS LEADS}, or {@code BenchData DIR crm DEALS LOG_ROWS} for the from-crm exports. */
    public static void main(String[] args) throws IOException {
        if (args[1].equals("crm")) {
            writeCrm(Path.of(args[0]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        }
    }

    /**
     * A HubSpot deals export of {@code deals} deals (a Date entered column per stage, and the other
     * columns such an export has) and a stage log of about {@code logRows} rows with day-first
     * dates (so from-crm reads it twice: once to find the date order), each with its stage map.
     */
    static void writeCrm(Path dir, int deals, int logRows) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("stages.csv"), StandardCharsets.UTF_8)) {
            out.write("crm_stage,stage\n");
            for (String[] stage : CRM_STAGES) {
                out.write(stage[0] + "," + stage[1] + "\n");
            }
        }
        java.time.LocalDate start = java.time.LocalDate.of(2023, 1, 2);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("hubspot-deals.csv"), StandardCharsets.UTF_8)) {
            out.write("Record ID,Deal Name,Pipeline,Deal Stage,Amount,Close Date,Create Date,Deal owner,Deal Type");
            for (String[] stage : CRM_STAGES) {
                out.write(",\"Date entered \"\"" + stage[0] + " (Sales Pipeline)\"\"\"");
            }
            out.write(",Associated Company\n");
            for (int d = 0; d < deals; d++) {
                int[] path = path(random);
                java.time.LocalDate created = start.plusDays(random.nextInt(1095));
                StringBuilder row = new StringBuilder();
                row.append(14_205_000_000L + d * 37L).append(",Organisatie ").append(d).append(" B.V. - Jaarcontract,Sales Pipeline,")
                        .append(CRM_STAGES[path[path.length - 1]][0]).append(',').append(500 * (4 + random.nextInt(60))).append(',')
                        .append(created.plusDays(60)).append(" 09:00,").append(created).append(" 09:00,Rep ")
                        .append(String.format("%04d", 1 + random.nextInt(1000))).append(",New Business");
                String[] dates = new String[CRM_STAGES.length];
                java.time.LocalDate at = created;
                for (int stage : path) {
                    dates[stage] = at + " " + (8 + random.nextInt(10)) + ":" + (10 + random.nextInt(50));
                    at = at.plusDays(1 + random.nextInt(20));
                }
                for (String date : dates) {
                    row.append(',').append(date == null ? "" : date);
                }
                row.append(",Organisatie ").append(d).append(" B.V.\n");
                out.write(row.toString());
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("stage-log.csv"), StandardCharsets.UTF_8)) {
            out.write("item;rep;stage;date;opmerking\n");
            java.time.format.DateTimeFormatter dayFirst = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy");
            for (int item = 0, rows = 0; rows < logRows; item++) {
                int[] path = path(random);
                java.time.LocalDate at = start.plusDays(random.nextInt(1095));
                String rep = String.format("Rep %04d", 1 + random.nextInt(1000));
                for (int stage : path) {
                    out.write("I" + item + ";" + rep + ";" + CRM_STAGES[stage][0] + ";" + at.format(dayFirst) + ";\n");
                    at = at.plusDays(1 + random.nextInt(20));
                    rows++;
                }
            }
        }
    }

    /** The CRM stages one deal enters, in order: on through the funnel, now and then parked, won, lost or still open. */
    private static int[] path(Random random) {
        int[] path = new int[2 * CRM_STAGES.length];
        int n = 0;
        for (int stage = 0; stage < 6; stage++) {
            path[n++] = stage;
            if (random.nextInt(20) == 0) {
                path[n++] = 6; // on hold for a while
            }
            double draw = random.nextDouble();
            if (draw < 0.25) {
                path[n++] = 8; // lost
                return java.util.Arrays.copyOf(path, n);
            }
            if (draw < 0.3) {
                return java.util.Arrays.copyOf(path, n); // still open
            }
        }
        path[n++] = 7;
        return java.util.Arrays.copyOf(path, n);
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
