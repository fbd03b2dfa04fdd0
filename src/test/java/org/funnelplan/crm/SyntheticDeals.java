package org.funnelplan.crm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random deals with their true stage paths, as a CRM would hold them: created at some
 * stage (now and then a later one), moving on, skipping a stage, moving back, parking in a stage
 * the map ignores, won or lost, or still open on the export date. The export writers render them
 * and {@link ExpectedHistory} works out their history without the code under test.
 */
public final class SyntheticDeals {
    public enum Outcome { OPEN, WON, LOST }

    /**
     * A CRM pipeline: its open stages in order with the share of deals that move on from each, its
     * won and lost stages, an optional stage deals are parked in (mapped to {@code ignore}), and
     * the plan stage each CRM stage counts as.
     */
    public record Pipeline(String name, List<String> open, List<Double> advance, String won, String lost, String parked,
            Map<String, String> plan) {
        public Pipeline {
            open = List.copyOf(open);
            advance = List.copyOf(advance);
            plan = new LinkedHashMap<>(plan);
        }

        /** The stage map's rows, CRM stage by CRM stage in funnel order. */
        public Map<String, String> map() {
            return plan;
        }
    }

    /** A rep and when they sold: deals are created between {@code from} and {@code to}. */
    public record Rep(String name, LocalDate from, LocalDate to, double dealsPerYear, double skill) {
    }

    public record Entry(String stage, LocalDateTime at) {
    }

    public record Deal(int number, String owner, String account, Pipeline pipeline, LocalDateTime created, List<Entry> path,
            Outcome outcome, long amount) {
        public Deal {
            path = List.copyOf(path);
        }

        /** The open stage the deal is at, or was at when it closed (Pipedrive's Deal - Stage). */
        String currentStage() {
            for (int i = path.size() - 1; i >= 0; i--) {
                String stage = path.get(i).stage();
                if (!stage.equals(pipeline.won()) && !stage.equals(pipeline.lost())) {
                    return stage;
                }
            }
            throw new IllegalStateException("a deal without an open stage");
        }

        LocalDateTime closed() {
            return outcome == Outcome.OPEN ? null : path.get(path.size() - 1).at();
        }
    }

    private static final String[] FIRST = {"Van Dijk", "Bakker", "Jansen", "De Jong", "Visser", "Smit", "Meijer", "De Boer",
        "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker", "Brouwer", "Kok", "Verhoeven", "Prins", "Huisman", "Willems"};
    private static final String[] SECOND = {"Transport", "Installatietechniek", "Logistiek", "Metaal", "Bouw", "Verpakkingen",
        "Food", "Kunststoffen", "Elektro", "Techniek", "Groothandel", "Machinebouw"};
    private static final String[] FORM = {"B.V.", "B.V.", "B.V.", "& Zn.", "Holding B.V.", "V.O.F."};

    private final Random random;
    private final LocalDate exportDate;
    private int number;

    SyntheticDeals(long seed, LocalDate exportDate) {
        this.random = new Random(seed);
        this.exportDate = exportDate;
    }

    /** Deals of every rep in one pipeline, created in each rep's window; {@code pace} scales the stage rates. */
    List<Deal> deals(Pipeline pipeline, List<Rep> reps, double pace) {
        List<Deal> deals = new ArrayList<>();
        for (Rep rep : reps) {
            double years = ChronoUnit.DAYS.between(rep.from(), rep.to()) / 365.25;
            int count = (int) Math.round(rep.dealsPerYear() * years * (0.85 + 0.3 * random.nextDouble()));
            for (int i = 0; i < count; i++) {
                LocalDateTime created = workingMoment(rep.from().plusDays(random.nextInt(
                        (int) Math.max(1, ChronoUnit.DAYS.between(rep.from(), rep.to())))));
                Deal deal = deal(pipeline, rep.name(), created, rep.skill() * pace);
                if (!deal.path().isEmpty()) { // one created after the export is not in it
                    deals.add(deal);
                }
            }
        }
        deals.sort((a, b) -> a.created().compareTo(b.created()));
        List<Deal> numbered = new ArrayList<>();
        for (Deal deal : deals) {
            numbered.add(new Deal(++number, deal.owner(), deal.account(), deal.pipeline(), deal.created(), deal.path(),
                    deal.outcome(), deal.amount()));
        }
        return numbered;
    }

    private Deal deal(Pipeline pipeline, String owner, LocalDateTime created, double skill) {
        List<String> open = pipeline.open();
        List<Entry> path = new ArrayList<>();
        int at = random.nextDouble() < 0.08 && open.size() > 2 ? 1 : 0; // created at a later stage: the first one skipped
        LocalDateTime t = created;
        path.add(new Entry(open.get(at), t));
        Outcome outcome = Outcome.OPEN;
        while (true) {
            t = later(t, 3 + random.nextInt(12 + 4 * at));
            double advance = Math.min(0.95, pipeline.advance().get(at) * skill);
            double draw = random.nextDouble();
            if (draw < advance) {
                if (pipeline.parked() != null && random.nextDouble() < 0.05) {
                    path.add(new Entry(pipeline.parked(), t));
                    t = later(t, 10 + random.nextInt(30));
                }
                int next = at + (random.nextDouble() < 0.07 && at + 2 < open.size() ? 2 : 1); // now and then a stage skipped
                if (next >= open.size()) {
                    path.add(new Entry(pipeline.won(), t));
                    outcome = Outcome.WON;
                    break;
                }
                path.add(new Entry(open.get(next), t));
                if (next > 0 && random.nextDouble() < 0.06) { // moved back, and mostly on again later
                    t = later(t, 2 + random.nextInt(8));
                    path.add(new Entry(open.get(next - 1), t));
                    if (random.nextDouble() < 0.7) {
                        t = later(t, 3 + random.nextInt(10));
                        path.add(new Entry(open.get(next), t));
                    } else {
                        next--;
                    }
                }
                at = next;
            } else if (draw < advance + (1 - advance) * 0.9) {
                path.add(new Entry(pipeline.lost(), t));
                outcome = Outcome.LOST;
                break;
            } else {
                break; // still open: nothing more happens before the export
            }
        }
        List<Entry> recorded = new ArrayList<>();
        for (Entry entry : path) {
            if (entry.at().toLocalDate().isBefore(exportDate)) {
                recorded.add(entry);
            }
        }
        if (recorded.size() < path.size()) {
            outcome = Outcome.OPEN;
        }
        long amount = 500L * (4 + random.nextInt(60));
        String account = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)] + " "
                + FORM[random.nextInt(FORM.length)];
        return new Deal(0, owner, account, pipeline, created, recorded, outcome, amount);
    }

    /** Some working days later, in office hours. */
    private LocalDateTime later(LocalDateTime t, int days) {
        return workingMoment(t.toLocalDate().plusDays(days));
    }

    private LocalDateTime workingMoment(LocalDate day) {
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(8 + random.nextInt(10), random.nextInt(60));
    }

    Random random() {
        return random;
    }
}
