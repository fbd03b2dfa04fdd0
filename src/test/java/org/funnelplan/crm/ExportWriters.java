package org.funnelplan.crm;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes synthetic deals the way each CRM exports them (header spellings, quoting, date formats,
 * extra columns, Salesforce's footer), after what public exports show: HubSpot's
 * {@code Date entered "<stage> (<pipeline>)"} columns keep the latest entry of a stage; Pipedrive
 * has a stage and a status per deal; Salesforce's opportunity history report has one row per
 * change, amount changes included, in the user's US date format.
 */
final class ExportWriters {
    private static final DateTimeFormatter HUBSPOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter PIPEDRIVE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT);
    static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy", Locale.ROOT);
    private static final String[] PRODUCTS = {"Jaarcontract", "Pilot", "Uitbreiding", "Onderhoud", "Nieuw systeem"};
    private static final String[] LOST_REASONS = {"Prijs", "Concurrent gekozen", "Geen budget", "Geen reactie meer"};

    private ExportWriters() {
    }

    /** HubSpot: one row per deal, a Date entered column per stage of every pipeline (the latest entry of each). */
    static void hubspot(List<SyntheticDeals.Deal> deals, List<SyntheticDeals.Pipeline> pipelines, Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("Record ID", "Deal Name", "Pipeline", "Deal Stage", "Amount", "Close Date",
                "Create Date", "Deal owner", "Deal Type", "Closed Lost Reason"));
        for (SyntheticDeals.Pipeline pipeline : pipelines) {
            for (String stage : stagesOf(pipeline)) {
                header.add("Date entered \"%s (%s)\"".formatted(stage, pipeline.name()));
            }
        }
        header.add("Associated Company");
        Random random = new Random(deals.size());
        try (CSVPrinter out = printer(file, ',', "\n", false, QuoteMode.MINIMAL)) {
            out.printRecord(header);
            for (SyntheticDeals.Deal deal : deals) {
                List<String> row = new ArrayList<>(List.of(Long.toString(14_205_000_000L + deal.number() * 37L),
                        title(deal), deal.pipeline().name(), deal.path().get(deal.path().size() - 1).stage(),
                        Long.toString(deal.amount()), (deal.closed() == null ? deal.created().plusDays(60) : deal.closed()).format(HUBSPOT),
                        deal.created().format(HUBSPOT), deal.owner(), "New Business",
                        deal.outcome() == SyntheticDeals.Outcome.LOST ? LOST_REASONS[random.nextInt(LOST_REASONS.length)] : ""));
                Map<String, LocalDateTime> latest = new LinkedHashMap<>();
                deal.path().forEach(e -> latest.put(e.stage(), e.at())); // HubSpot overwrites a stage's date on re-entry
                for (SyntheticDeals.Pipeline pipeline : pipelines) {
                    for (String stage : stagesOf(pipeline)) {
                        LocalDateTime at = pipeline == deal.pipeline() ? latest.get(stage) : null;
                        row.add(at == null ? "" : at.format(HUBSPOT));
                    }
                }
                row.add(deal.account());
                out.printRecord(row);
            }
        }
    }

    /** Pipedrive: one row per deal with the stage it is (or was last) at and its status. */
    static void pipedrive(List<SyntheticDeals.Deal> deals, Path file) throws IOException {
        try (CSVPrinter out = printer(file, ',', "\n", false, QuoteMode.MINIMAL)) {
            out.printRecord("Deal - ID", "Deal - Title", "Deal - Creator", "Deal - Owner", "Deal - Value", "Deal - Currency of Value",
                    "Deal - Organization", "Deal - Pipeline", "Deal - Stage", "Deal - Status", "Deal - Deal created",
                    "Deal - Update time", "Deal - Won time", "Deal - Lost time", "Deal - Expected close date");
            for (SyntheticDeals.Deal deal : deals) {
                LocalDateTime last = deal.path().get(deal.path().size() - 1).at();
                String status = switch (deal.outcome()) {
                    case OPEN -> "Open";
                    case WON -> "Won";
                    case LOST -> "Lost";
                };
                out.printRecord(deal.number(), title(deal), deal.owner().isEmpty() ? "Admin" : deal.owner(), deal.owner(),
                        deal.amount(), "EUR", deal.account(), deal.pipeline().name(), deal.currentStage(), status,
                        deal.created().format(PIPEDRIVE), last.format(PIPEDRIVE),
                        deal.outcome() == SyntheticDeals.Outcome.WON ? last.format(PIPEDRIVE) : "",
                        deal.outcome() == SyntheticDeals.Outcome.LOST ? last.format(PIPEDRIVE) : "",
                        deal.created().toLocalDate().plusDays(45).toString());
            }
        }
    }

    /**
     * Salesforce's opportunity history report, exported as "Details Only": a row per stage change
     * and per amount change, every field quoted, US dates, grouped by owner, and the footer.
     */
    static void salesforce(List<SyntheticDeals.Deal> deals, Path file, long seed, DateTimeFormatter dates) throws IOException {
        record Change(String owner, String account, String name, String id, String from, String to, long amount,
                LocalDate closeDate, LocalDateTime at) {
        }
        Random random = new Random(seed);
        List<Change> changes = new ArrayList<>();
        for (SyntheticDeals.Deal deal : deals) {
            String id = "0067Q00000" + base62(deal.number() * 7919L, 5) + "IAA";
            LocalDate close = (deal.closed() == null ? deal.created().plusDays(60) : deal.closed()).toLocalDate();
            String from = "";
            List<SyntheticDeals.Entry> path = deal.path();
            for (int i = 0; i < path.size(); i++) {
                SyntheticDeals.Entry entry = path.get(i);
                changes.add(new Change(deal.owner(), deal.account(), title(deal), id, from, entry.stage(), deal.amount(), close, entry.at()));
                LocalDateTime next = i + 1 < path.size() ? path.get(i + 1).at() : null;
                if (next != null && next.toLocalDate().isAfter(entry.at().toLocalDate().plusDays(1)) && random.nextDouble() < 0.2) {
                    changes.add(new Change(deal.owner(), deal.account(), title(deal), id, entry.stage(), entry.stage(),
                            deal.amount() + 500, close, entry.at().plusDays(1))); // an amount change: same stage, later date
                }
                from = entry.stage();
            }
        }
        changes.sort(Comparator.comparing(Change::owner).thenComparing(Change::account).thenComparing(Change::id)
                .thenComparing(Change::at));
        try (CSVPrinter out = printer(file, ',', "\r\n", false, QuoteMode.ALL)) {
            out.printRecord("Opportunity Owner", "Account Name", "Opportunity Name", "Opportunity ID", "From Stage", "To Stage",
                    "Amount", "Close Date", "Edit Date", "Edited By");
            for (Change c : changes) {
                out.printRecord(c.owner(), c.account(), c.name(), c.id(), c.from(), c.to(), "EUR " + c.amount(),
                        c.closeDate().format(dates), c.at().toLocalDate().format(dates), c.owner().isEmpty() ? "Integration User" : c.owner());
            }
            out.println();
            out.printRecord("Grand Totals (%d records)".formatted(changes.size()));
            out.println();
            out.printRecord("Confidential Information - Do Not Distribute");
            out.printRecord("Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.");
        }
    }

    /** A stage log kept by hand, as in Dutch Excel (';', a BOM, day-first dates) or as another tool writes it; a notes column. */
    static void stageLog(List<SyntheticDeals.Deal> deals, Path file, char delimiter, DateTimeFormatter dates) throws IOException {
        record Line(String item, String rep, String stage, LocalDateTime at, String note) {
        }
        List<Line> lines = new ArrayList<>();
        for (SyntheticDeals.Deal deal : deals) {
            String item = "%d-%04d".formatted(deal.created().getYear(), deal.number());
            for (SyntheticDeals.Entry entry : deal.path()) {
                String note = entry.stage().equals(deal.pipeline().lost()) ? LOST_REASONS[deal.number() % LOST_REASONS.length] : "";
                lines.add(new Line(item, deal.owner(), entry.stage(), entry.at(), note));
            }
        }
        lines.sort(Comparator.comparing(Line::at).thenComparing(Line::item));
        try (CSVPrinter out = printer(file, delimiter, "\r\n", delimiter == ';', QuoteMode.MINIMAL)) {
            out.printRecord("item", "rep", "stage", "date", "opmerking");
            for (Line line : lines) {
                out.printRecord(line.item(), line.rep(), line.stage(), line.at().toLocalDate().format(dates), line.note());
            }
        }
    }

    /** The stage map of a pipeline, as a director would keep it next to the export. */
    static void stageMap(SyntheticDeals.Pipeline pipeline, Path file, char delimiter) throws IOException {
        try (CSVPrinter out = printer(file, delimiter, "\n", delimiter == ';', QuoteMode.MINIMAL)) {
            out.printRecord("crm_stage", "stage");
            for (Map.Entry<String, String> row : pipeline.map().entrySet()) {
                out.printRecord(row.getKey(), row.getValue());
            }
        }
    }

    /** HubSpot lists a pipeline's stages in their order: the open ones, then won and lost. */
    static List<String> stagesOf(SyntheticDeals.Pipeline pipeline) {
        List<String> stages = new ArrayList<>(pipeline.open());
        if (pipeline.parked() != null) {
            stages.add(pipeline.parked());
        }
        stages.add(pipeline.won());
        stages.add(pipeline.lost());
        return stages;
    }

    private static String title(SyntheticDeals.Deal deal) {
        return deal.account() + " - " + PRODUCTS[deal.number() % PRODUCTS.length];
    }

    private static String base62(long value, int width) {
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < width; i++) {
            text.insert(0, digits.charAt((int) (value % 62)));
            value /= 62;
        }
        return text.toString();
    }

    private static CSVPrinter printer(Path file, char delimiter, String newline, boolean bom, QuoteMode quotes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setRecordSeparator(newline)
                .setQuoteMode(quotes).get());
    }
}
