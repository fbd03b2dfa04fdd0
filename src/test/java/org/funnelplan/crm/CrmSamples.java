package org.funnelplan.crm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled team's deals over 2023-2025 in four exports ({@code samples/crm/}): the reps of
 * {@code samples/team/targets.csv}, Henk de Groot who left mid-2024, Sanne Visser and Youssef El
 * Amrani who started late in 2025, Ruben Smit with only open deals, and deals without an owner.
 * {@link CrmSamplesTest} checks that the committed files are what this writes, so the history
 * worked out from these deals is the samples' history. To write them again:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.funnelplan.crm.CrmSamples samples/crm}.
 */
public final class CrmSamples {
    static final LocalDate EXPORT_DATE = LocalDate.of(2026, 1, 5);
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    /** One sample: its export and map files, its deals, the pipeline the map is for, and the options it needs. */
    public record Sample(String export, String map, List<SyntheticDeals.Deal> deals, SyntheticDeals.Pipeline pipeline,
            ExpectedHistory.Shown shown, List<String> options, char mapDelimiter) {
        /** The deals of the mapped pipeline. */
        public List<SyntheticDeals.Deal> mapped() {
            return deals.stream().filter(d -> d.pipeline() == pipeline).toList();
        }
    }

    private CrmSamples() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    public static List<Sample> all() {
        return List.of(hubspot(), pipedrive(), salesforce(), stageLog());
    }

    static void write(Path dir) throws IOException {
        for (Sample sample : all()) {
            Path export = dir.resolve(sample.export());
            switch (sample.shown()) {
                case LATEST_PER_STAGE -> ExportWriters.hubspot(sample.deals(), pipelines(sample.deals()), export);
                case NONE -> ExportWriters.pipedrive(sample.deals(), export);
                case EVERY_ENTRY -> {
                    if (sample.export().startsWith("salesforce")) {
                        ExportWriters.salesforce(sample.deals(), export, 3, ExportWriters.US);
                    } else {
                        ExportWriters.stageLog(sample.deals(), export, ';', ExportWriters.DUTCH);
                    }
                }
            }
            ExportWriters.stageMap(sample.pipeline(), dir.resolve(sample.map()), sample.mapDelimiter());
        }
    }

    /** The team: who sold when, how many deals a year, how well. */
    static List<SyntheticDeals.Rep> team() {
        return List.of(
                new SyntheticDeals.Rep("Jan de Vries", START, END, 34, 1.05),
                new SyntheticDeals.Rep("Marieke Jansen", START, END, 8, 1.0),
                new SyntheticDeals.Rep("Pieter Bakker", START, END, 30, 0.97),
                new SyntheticDeals.Rep("Lars Mulder", START, END, 32, 1.0),
                new SyntheticDeals.Rep("Fatima Bouzid", START, END, 38, 1.08),
                new SyntheticDeals.Rep("Thijs van den Berg", START, END, 26, 1.02),
                new SyntheticDeals.Rep("Eva Hendriks", START, END, 30, 0.95),
                new SyntheticDeals.Rep("Henk de Groot", START, LocalDate.of(2024, 6, 30), 28, 0.9),
                new SyntheticDeals.Rep("Youssef El Amrani", LocalDate.of(2025, 9, 1), END, 30, 0.92),
                new SyntheticDeals.Rep("Sanne Visser", LocalDate.of(2025, 10, 1), END, 30, 0.95),
                new SyntheticDeals.Rep("Ruben Smit", LocalDate.of(2025, 12, 1), END, 24, 0.9),
                new SyntheticDeals.Rep("", START, END, 3, 0.9));
    }

    static Sample hubspot() {
        SyntheticDeals.Pipeline sales = pipeline("Sales Pipeline",
                List.of("New lead", "Contacted", "Meeting booked", "Site visit", "Quote sent", "Negotiation"),
                List.of(0.80, 0.85, 0.64, 0.72, 0.74, 0.78), "Closed won", "Closed lost", "On hold",
                List.of("lead", "contacted", "contacted", "visited", "quoted", "quoted"), "won");
        SyntheticDeals.Pipeline partners = pipeline("Partners", List.of("Referral", "Intro call", "Proposal"),
                List.of(0.7, 0.6, 0.6), "Closed won", "Closed lost", null, List.of("lead", "visited", "quoted"), "won");
        SyntheticDeals generator = new SyntheticDeals(2023_01, EXPORT_DATE);
        List<SyntheticDeals.Deal> deals = new ArrayList<>(generator.deals(sales, team(), 1.0));
        deals.addAll(generator.deals(partners, List.of(new SyntheticDeals.Rep("Jan de Vries", START, END, 5, 1.0),
                new SyntheticDeals.Rep("Fatima Bouzid", START, END, 4, 1.0)), 1.0));
        return new Sample("hubspot-deals.csv", "hubspot-stages.csv", deals, sales, ExpectedHistory.Shown.LATEST_PER_STAGE,
                List.of("--pipeline", "Sales Pipeline"), ',');
    }

    static Sample pipedrive() {
        SyntheticDeals.Pipeline sales = pipeline("Sales",
                List.of("Lead In", "Contact Made", "Visit Scheduled", "Visited", "Proposal Made", "Negotiations Started"),
                List.of(0.78, 0.86, 0.66, 0.72, 0.74, 0.78), "Won", "Lost", "On Hold",
                List.of("lead", "contacted", "contacted", "visited", "quoted", "quoted"), "won");
        List<SyntheticDeals.Deal> deals = new SyntheticDeals(2023_02, EXPORT_DATE).deals(sales, team(), 1.0);
        return new Sample("pipedrive-deals.csv", "pipedrive-stages.csv", deals, sales, ExpectedHistory.Shown.NONE, List.of(), ',');
    }

    static Sample salesforce() {
        SyntheticDeals.Pipeline opportunities = pipeline("",
                List.of("Prospecting", "Qualification", "Needs Analysis", "Id. Decision Makers", "Proposal/Price Quote",
                        "Negotiation/Review"),
                List.of(0.80, 0.62, 0.85, 0.72, 0.74, 0.78), "Closed Won", "Closed Lost", "On Hold",
                List.of("lead", "contacted", "visited", "visited", "quoted", "quoted"), "won");
        List<SyntheticDeals.Deal> deals = new SyntheticDeals(2023_03, EXPORT_DATE).deals(opportunities, team(), 1.0);
        return new Sample("salesforce-opportunity-history.csv", "salesforce-stages.csv", deals, opportunities,
                ExpectedHistory.Shown.EVERY_ENTRY, List.of(), ',');
    }

    /** A director's own log in Dutch Excel, mapped to the Dutch plan stages of samples/nl. */
    static Sample stageLog() {
        SyntheticDeals.Pipeline log = pipeline("",
                List.of("lead", "gebeld", "afspraak gepland", "bezocht", "offerte verstuurd", "onderhandeling"),
                List.of(0.80, 0.84, 0.65, 0.72, 0.74, 0.78), "gewonnen", "verloren", "geparkeerd",
                List.of("lead", "gebeld", "gebeld", "bezocht", "offerte", "offerte"), "gewonnen");
        List<SyntheticDeals.Deal> deals = new SyntheticDeals(2023_04, EXPORT_DATE).deals(log, team(), 1.0);
        return new Sample("stage-log.csv", "stage-log-stages.csv", deals, log, ExpectedHistory.Shown.EVERY_ENTRY, List.of(), ';');
    }

    /** A pipeline and its map, in funnel order: the open stages, the parked one (ignore), won, lost. */
    static SyntheticDeals.Pipeline pipeline(String name, List<String> open, List<Double> advance, String won, String lost,
            String parked, List<String> planOfOpen, String planWon) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < open.size(); i++) {
            map.put(open.get(i), planOfOpen.get(i));
        }
        if (parked != null) {
            map.put(parked, "ignore");
        }
        map.put(won, planWon);
        map.put(lost, "lost");
        return new SyntheticDeals.Pipeline(name, open, advance, won, lost, parked, map);
    }

    private static List<SyntheticDeals.Pipeline> pipelines(List<SyntheticDeals.Deal> deals) {
        List<SyntheticDeals.Pipeline> pipelines = new ArrayList<>();
        for (SyntheticDeals.Deal deal : deals) {
            if (!pipelines.contains(deal.pipeline())) {
                pipelines.add(deal.pipeline());
            }
        }
        return pipelines;
    }
}
