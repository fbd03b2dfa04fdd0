package org.funnelplan.crm;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random exports other than the samples: per call a random pipeline (its own stage names, several
 * CRM stages to one plan stage, perhaps a parked stage), random reps with and without an owner,
 * one of the four formats, split over one or two files, in a random date format, with the deals
 * behind it for {@link ExpectedHistory}.
 */
public final class SyntheticExports {
    private static final String[] WORDS = {"Intake", "Demo", "Offerte", "Pilot", "Call", "Bezoek", "Scan", "Workshop",
        "Voorstel", "Akkoord", "Review", "Proef", "Audit", "Briefing"};
    private static final String[] PEOPLE = {"Anna", "Bram", "Chris", "Dewi", "Emre", "Fenna", "Gijs", "Hanna"};

    private SyntheticExports() {
    }

    /** A random export on disk and what it was made from; {@code order} and {@code pipelineOption} are the options it needs. */
    public record Export(List<Path> files, Path map, SyntheticDeals.Pipeline pipeline, List<SyntheticDeals.Deal> deals,
            ExpectedHistory.Shown shown, DateOrder order, String pipelineOption) {

        /** The deals of the mapped pipeline. */
        public List<SyntheticDeals.Deal> mapped() {
            return deals.stream().filter(d -> d.pipeline() == pipeline).toList();
        }
    }

    /** Writes an export of format 0 HubSpot, 1 Pipedrive, 2 Salesforce, 3 stage log. */
    public static Export write(Random random, Path dir, int format) throws IOException {
        SyntheticDeals.Pipeline pipeline = pipeline(random, "Pipeline " + random.nextInt(100));
        List<SyntheticDeals.Rep> reps = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int r = 0; r < count; r++) {
            LocalDate from = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(500));
            reps.add(new SyntheticDeals.Rep(r == 0 && random.nextBoolean() ? "" : PEOPLE[r], from,
                    from.plusDays(200 + random.nextInt(900)), 10 + random.nextInt(40), 0.8 + 0.4 * random.nextDouble()));
        }
        SyntheticDeals generator = new SyntheticDeals(random.nextLong(), LocalDate.of(2025, 9, 1));
        List<SyntheticDeals.Deal> deals = new ArrayList<>(generator.deals(pipeline, reps, 0.9 + 0.3 * random.nextDouble()));
        List<SyntheticDeals.Deal> all = new ArrayList<>(deals);
        String option = null;
        List<SyntheticDeals.Pipeline> pipelines = new ArrayList<>(List.of(pipeline));
        if ((format == 0 || format == 1) && random.nextBoolean()) { // a second pipeline, left out by --pipeline
            SyntheticDeals.Pipeline other = pipeline(random, "Other " + random.nextInt(100));
            all.addAll(generator.deals(other, reps.subList(0, 1), 1.0));
            pipelines.add(other);
            option = pipeline.name();
        }
        Path map = dir.resolve("map.csv");
        ExportWriters.stageMap(pipeline, map, random.nextBoolean() ? ',' : ';');
        List<Path> files = new ArrayList<>();
        boolean split = random.nextBoolean();
        DateOrder order = null;
        ExpectedHistory.Shown shown;
        switch (format) {
            case 0 -> {
                shown = ExpectedHistory.Shown.LATEST_PER_STAGE;
                for (List<SyntheticDeals.Deal> part : split ? halves(all) : List.of(all)) {
                    files.add(dir.resolve("hubspot-" + files.size() + ".csv"));
                    ExportWriters.hubspot(part, pipelines, files.get(files.size() - 1));
                }
            }
            case 1 -> {
                shown = ExpectedHistory.Shown.NONE;
                for (List<SyntheticDeals.Deal> part : split ? halves(all) : List.of(all)) {
                    files.add(dir.resolve("pipedrive-" + files.size() + ".csv"));
                    ExportWriters.pipedrive(part, files.get(files.size() - 1));
                }
            }
            default -> {
                shown = ExpectedHistory.Shown.EVERY_ENTRY;
                int style = random.nextInt(3);
                DateTimeFormatter dates = style == 0 ? DateTimeFormatter.ISO_LOCAL_DATE : style == 1 ? ExportWriters.DUTCH : ExportWriters.US;
                order = style == 1 ? DateOrder.DMY : style == 2 ? DateOrder.MDY : null;
                LocalDateTime cut = LocalDateTime.of(2024, 1 + random.nextInt(12), 1, 0, 0);
                for (List<SyntheticDeals.Deal> part : split ? byDate(all, cut) : List.of(all)) {
                    files.add(dir.resolve((format == 2 ? "salesforce-" : "log-") + files.size() + ".csv"));
                    if (format == 2) {
                        ExportWriters.salesforce(part, files.get(files.size() - 1), random.nextLong(), dates);
                    } else {
                        ExportWriters.stageLog(part, files.get(files.size() - 1), random.nextBoolean() ? ',' : ';', dates);
                    }
                }
            }
        }
        return new Export(files, map, pipeline, all, shown, order, option);
    }

    /** A pipeline of 3 to 5 plan stages, each of one or two CRM stages, perhaps with a parked stage. */
    static SyntheticDeals.Pipeline pipeline(Random random, String name) {
        int plan = 3 + random.nextInt(3);
        List<String> open = new ArrayList<>();
        List<String> planOfOpen = new ArrayList<>();
        List<Double> advance = new ArrayList<>();
        for (int p = 0; p < plan - 1; p++) {
            String planStage = WORDS[random.nextInt(WORDS.length)].toLowerCase(Locale.ROOT) + " " + p;
            int crm = 1 + random.nextInt(2);
            for (int c = 0; c < crm; c++) {
                open.add("%s %d%c".formatted(WORDS[random.nextInt(WORDS.length)], p, (char) ('a' + c)));
                planOfOpen.add(planStage);
                advance.add(0.55 + 0.35 * random.nextDouble());
            }
        }
        String parked = random.nextBoolean() ? "Parked, waiting" : null;
        return CrmSamples.pipeline(name, open, advance, "Won", "Lost", parked, planOfOpen, "won");
    }

    private static List<List<SyntheticDeals.Deal>> halves(List<SyntheticDeals.Deal> deals) {
        return List.of(deals.subList(0, deals.size() / 2), deals.subList(deals.size() / 2, deals.size()));
    }

    /** The rows of each deal before and after {@code cut}, as two reports: an item's rows spread over two files. */
    private static List<List<SyntheticDeals.Deal>> byDate(List<SyntheticDeals.Deal> deals, LocalDateTime cut) {
        List<SyntheticDeals.Deal> before = new ArrayList<>();
        List<SyntheticDeals.Deal> after = new ArrayList<>();
        for (SyntheticDeals.Deal d : deals) {
            List<SyntheticDeals.Entry> early = d.path().stream().filter(e -> e.at().isBefore(cut)).toList();
            List<SyntheticDeals.Entry> late = d.path().stream().filter(e -> !e.at().isBefore(cut)).toList();
            if (!early.isEmpty()) {
                before.add(new SyntheticDeals.Deal(d.number(), d.owner(), d.account(), d.pipeline(), d.created(), early, d.outcome(), d.amount()));
            }
            if (!late.isEmpty()) {
                after.add(new SyntheticDeals.Deal(d.number(), d.owner(), d.account(), d.pipeline(), d.created(), late, d.outcome(), d.amount()));
            }
        }
        return List.of(before, after);
    }
}
