package bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What every measured run must have produced, checked after the run (not timed), so that a
 * broken fast run cannot pass: the workbook opens (every part inflates with a good CRC), has the
 * workload's sheets and SPEC section 4's defined names, and known cells read back with the
 * values the workload's CSV files imply; the CSV outputs have their header and their rows.
 */
final class Checks {
    static final String[] STAGES = BenchData.STAGES;
    private static final Pattern LEAD_ID = Pattern.compile("L\\d{6}");

    private Checks() {
    }

    /** The reps of a workload (targets.csv) and their new-customer targets, in order. */
    static Map<String, Long> targets(Path workload) throws IOException {
        Map<String, Long> reps = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(workload.resolve("targets.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            reps.put(cells[0], Long.parseLong(cells[2]));
        }
        return reps;
    }

    /**
     * A plan workbook of the workload in {@code workload} (funnelplan's or the peer's copy): sheets,
     * names, known cells, and with leads the lead table's ids. Returns what it saw.
     */
    static String plan(Path xlsx, Path workload, boolean withLeads) throws IOException, Runner.Failure {
        Map<String, Long> reps = targets(workload);
        try (ZipFile zip = open(xlsx)) {
            Book book = Book.read(zip, xlsx);
            List<String> repNames = new ArrayList<>(reps.keySet());
            int expected = reps.size() + 3 + (withLeads ? 1 : 0);
            require(book.sheets.size() == expected, xlsx, "%d sheets, expected %d", book.sheets.size(), expected);
            require(book.sheets.subList(2, 2 + reps.size()).equals(repNames), xlsx, "the rep sheets are not sheets 3 to %d",
                    2 + reps.size());
            requireNames(book, xlsx, repNames, withLeads);
            long team = reps.values().stream().mapToLong(Long::longValue).sum();
            Map<String, String> cells = book.values(zip, "Team_Target_NewCustomers", null);
            require(number(cells.get("Team_Target_NewCustomers")) == team, xlsx,
                    "Team_Target_NewCustomers is %s, the targets add up to %d", cells.get("Team_Target_NewCustomers"), team);
            for (String rep : List.of(repNames.get(0), repNames.get(repNames.size() / 2), repNames.get(repNames.size() - 1))) {
                Map<String, String> values = book.values(zip, "Rep_Name,Target_NewCustomers", rep);
                require(rep.equals(values.get("Rep_Name")), xlsx, "Rep_Name on '%s' is %s", rep, values.get("Rep_Name"));
                require(number(values.get("Target_NewCustomers")) == reps.get(rep), xlsx,
                        "Target_NewCustomers on '%s' is %s, targets.csv says %d", rep, values.get("Target_NewCustomers"),
                        reps.get(rep));
            }
            String id = planId(zip, book, xlsx);
            String leads = "";
            if (withLeads) {
                leads = ", " + leadTable(zip, book, xlsx, workload) + " lead rows";
            }
            return "%,d sheets, %,d names%s, plan id %s".formatted(book.sheets.size(), book.names.size(), leads, id);
        }
    }

    /** The plan id in the hidden metadata sheet (the last one): new for every generate run. */
    static String planId(ZipFile zip, Book book, Path xlsx) throws IOException, Runner.Failure {
        String[] id = {null, null};
        book.scan(zip, book.sheets.get(book.sheets.size() - 1), (ref, value) -> {
            if (ref.startsWith("A") && "plan_id".equals(value)) {
                id[0] = "B" + ref.substring(1);
            } else if (ref.equals(id[0])) {
                id[1] = value;
                return false;
            }
            return true;
        });
        require(id[1] != null && !id[1].isBlank(), xlsx, "no plan_id in the metadata sheet '%s'",
                book.sheets.get(book.sheets.size() - 1));
        return id[1];
    }

    /** Every per-rep workbook of {@code dir}: one per rep, each with its own rep sheet and Rep_Name. */
    static String perRep(Path dir, Path workload, String masterId) throws IOException, Runner.Failure {
        Map<String, Long> reps = targets(workload);
        int files;
        try (var listing = Files.list(dir)) {
            files = (int) listing.count();
        }
        require(files == reps.size(), dir, "%d files, expected one per rep (%d)", files, reps.size());
        for (var rep : reps.entrySet()) {
            Path file = dir.resolve(rep.getKey() + ".xlsx");
            require(Files.isRegularFile(file), dir, "no %s", file.getFileName());
            try (ZipFile zip = open(file)) {
                Book book = Book.read(zip, file);
                // The rep's own sheet first: a rep's workbook opens on it (then the overview, the assumptions, the metadata).
                require(book.sheets.size() == 4 && book.sheets.get(0).equals(rep.getKey()), file, "sheets %s", book.sheets);
                Map<String, String> values = book.values(zip, "Rep_Name,Target_NewCustomers", rep.getKey());
                require(rep.getKey().equals(values.get("Rep_Name")), file, "Rep_Name is %s", values.get("Rep_Name"));
                require(number(values.get("Target_NewCustomers")) == rep.getValue(), file, "Target_NewCustomers is %s",
                        values.get("Target_NewCustomers"));
                String id = planId(zip, book, file);
                require(id.equals(masterId), file, "plan id %s, the master's is %s", id, masterId);
            }
        }
        return "%,d per-rep workbooks".formatted(files);
    }

    /** The plain-XSSF baseline: it opens, with a sheet per rep (and the leads). */
    static String baseline(Path xlsx, int reps, boolean withLeads) throws IOException, Runner.Failure {
        try (ZipFile zip = open(xlsx)) {
            Book book = Book.read(zip, xlsx);
            long repSheets = book.sheets.stream().filter(s -> s.startsWith("Rep ")).count();
            require(repSheets == reps, xlsx, "%d rep sheets, expected %d", repSheets, reps);
            require(!withLeads || book.sheets.contains("Leads"), xlsx, "no Leads sheet");
            return "%,d sheets, %,d names".formatted(book.sheets.size(), book.names.size());
        }
    }

    /** SPEC section 5's variance CSV: its header, and 13 rows (12 months and YTD) per rep and stage. */
    static String variance(Path csv, int reps) throws IOException, Runner.Failure {
        require(Files.isRegularFile(csv), csv, "not written");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        require(lines.get(0).equals("rep,stage,month,plan,actual,variance,attainment"), csv, "header %s", lines.get(0));
        long expected = (long) reps * STAGES.length * 13;
        require(lines.size() - 1 == expected, csv, "%d rows, expected %d", lines.size() - 1, expected);
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            seen.add(line.substring(0, line.indexOf(',')));
        }
        require(seen.size() == reps, csv, "%d reps, expected %d", seen.size(), reps);
        return "%,d rows".formatted(lines.size() - 1);
    }

    /** A history CSV from from-crm: SPEC section 3's history header, and whole funnels of five stages. */
    static String history(Path csv) throws IOException, Runner.Failure {
        require(Files.isRegularFile(csv), csv, "not written");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        require(lines.get(0).equals("rep,period,stage,count,avg_days"), csv, "header %s", lines.get(0));
        int rows = lines.size() - 1;
        require(rows > 0 && rows % STAGES.length == 0, csv, "%d rows, not whole funnels of %d stages", rows, STAGES.length);
        return "%,d rows".formatted(rows);
    }

    private static void requireNames(Book book, Path xlsx, List<String> reps, boolean withLeads) throws Runner.Failure {
        List<String> local = new ArrayList<>(List.of("Rep_Name", "Target_NewCustomers", "Target_AvgMargin", "Target_Margin",
                "Plan_InYearMargin"));
        List<String> global = new ArrayList<>(List.of("Plan_Year", "Report_Month", "Team_Target_NewCustomers",
                "Sales_Margin_Target", "Marketing_Margin_Target", "Alignment_OK"));
        for (String s : STAGES) {
            for (String name : List.of("WinProb_", "Plan_", "PreYear_", "PlanToDate_")) {
                local.add(name + s);
            }
            local.addAll(List.of("Plan_" + s + "_M", "Actual_" + s + "_M", "Actual_" + s + "_YTD", "Variance_" + s + "_YTD"));
            if (!s.equals("won")) {
                local.add("Rate_" + s);
            }
            global.add("Team_Plan_" + s);
        }
        if (withLeads) {
            global.addAll(List.of("Lead_Rate", "Leads_Needed", "Leads_Available", "Leads_Gap"));
        }
        Map<Integer, Set<String>> byScope = new HashMap<>();
        for (Book.Name name : book.names) {
            byScope.computeIfAbsent(name.local(), k -> new HashSet<>()).add(name.name());
        }
        Set<String> globals = byScope.getOrDefault(-1, Set.of());
        for (String name : global) {
            require(globals.contains(name), xlsx, "no workbook name %s", name);
        }
        int perSheet = -1;
        for (int i = 0; i < reps.size(); i++) {
            Set<String> names = byScope.getOrDefault(i + 2, Set.of());
            for (String name : local) {
                require(names.contains(name), xlsx, "no name %s on sheet '%s'", name, reps.get(i));
            }
            require(perSheet < 0 || names.size() == perSheet, xlsx, "'%s' has %d names, the first rep sheet %d", reps.get(i),
                    names.size(), perSheet);
            perSheet = names.size();
        }
    }

    /** The lead table: column A holds every lead id of leads.csv, in order. Returns the count. */
    private static String leadTable(ZipFile zip, Book book, Path xlsx, Path workload) throws IOException, Runner.Failure {
        List<String> lines = Files.readAllLines(workload.resolve("leads.csv"), StandardCharsets.UTF_8);
        String first = lines.get(1).substring(0, lines.get(1).indexOf(','));
        String last = lines.get(lines.size() - 1).substring(0, lines.get(lines.size() - 1).indexOf(','));
        String sheet = book.target("Lead_Rate", null)[0];
        long[] rows = {0};
        String[] ends = {null, null};
        book.scan(zip, sheet, (ref, value) -> {
            if (ref.charAt(0) == 'A' && Character.isDigit(ref.charAt(1)) && LEAD_ID.matcher(value).matches()) {
                if (ends[0] == null) {
                    ends[0] = value;
                }
                ends[1] = value;
                rows[0]++;
            }
            return true;
        });
        require(rows[0] == lines.size() - 1, xlsx, "%d lead ids in column A of '%s', leads.csv has %d", rows[0], sheet,
                lines.size() - 1);
        require(first.equals(ends[0]) && last.equals(ends[1]), xlsx, "lead ids %s..%s, expected %s..%s", ends[0], ends[1],
                first, last);
        return "%,d".formatted(rows[0]);
    }

    private static ZipFile open(Path xlsx) throws IOException, Runner.Failure {
        require(Files.isRegularFile(xlsx), xlsx, "not written");
        ZipFile zip = new ZipFile(xlsx.toFile());
        byte[] buffer = new byte[1 << 16];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            try (InputStream in = zip.getInputStream(entries.nextElement())) {
                while (in.read(buffer) > 0) {
                    // inflating the whole part checks its CRC
                }
            }
        }
        return zip;
    }

    static void require(boolean ok, Path file, String problem, Object... args) throws Runner.Failure {
        if (!ok) {
            throw new Runner.Failure("check failed: " + file.getFileName() + ": " + problem.formatted(args));
        }
    }

    private static double number(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
