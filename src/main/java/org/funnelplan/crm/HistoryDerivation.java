package org.funnelplan.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.funnelplan.model.InputException;

/**
 * Turns the items read into history rows (SPEC section 7). An item reached every plan stage up
 * to the furthest one it entered (a skipped stage counts as passed); it entered a plan stage on
 * the earliest date of the CRM stages mapped to it. Only decided items count: those that reached
 * won, or are lost. {@code avg_days} of a stage is the mean of the calendar days from it to the
 * next stage, over the items with a date at both.
 */
final class HistoryDerivation {
    /** Counts and day sums of one (rep, period) group, per plan stage. */
    private static final class Group {
        final int rep;
        final String period;
        final long[] count;
        final long[] days;
        final long[] dated;

        Group(int rep, String period, int stages) {
            this.rep = rep;
            this.period = period;
            count = new long[stages];
            days = new long[stages];
            dated = new long[stages];
        }
    }

    private final ExportItems items;
    private final StageMap map;
    private final Period period;
    private final int won;
    private final int[] targetOf;
    private final int[] plan;
    private final Map<String, Group> groups = new HashMap<>();
    private final long[][] perPipeline; // [pipeline + 1][won, lost, open, unstaged, read]
    private long backwards;

    private HistoryDerivation(ExportItems items, StageMap map, Period period) {
        this.items = items;
        this.map = map;
        this.period = period;
        this.won = map.funnel().size() - 1;
        this.plan = new int[map.funnel().size()];
        this.targetOf = new int[items.stages.size()];
        this.perPipeline = new long[items.pipelines.size() + 1][5];
    }

    /** Unmapped CRM stages are added to {@code problems}, all of them, and thrown with any found while reading. */
    static CrmHistory derive(ExportItems items, StageMap map, Period period, CrmProblems.Collector problems) {
        HistoryDerivation derivation = new HistoryDerivation(items, map, period);
        if (problems.isEmpty()) { // the reading's problems first: they may be why a pipeline looks empty
            derivation.checkOnePipeline();
        }
        derivation.mapStages(problems);
        problems.check();
        for (Item item : items.items()) {
            derivation.count(item);
        }
        if (derivation.groups.isEmpty()) {
            throw new InputException(derivation.files(), ("no won or lost item in the export (%,d read); a history counts decided"
                    + " items only: check that the stage map sets the won and lost stages").formatted(items.items().size()));
        }
        return derivation.history();
    }

    /** Several pipelines need {@code --pipeline}: their stages and rates are not one funnel. */
    private void checkOnePipeline() {
        if (items.chosenPipeline() != null || items.pipelines.size() < 2) {
            return;
        }
        long[] count = new long[items.pipelines.size()];
        for (Item item : items.items()) {
            if (item.pipeline >= 0) {
                count[item.pipeline]++;
            }
        }
        List<String> listed = new ArrayList<>();
        for (int p = 0; p < count.length; p++) {
            listed.add("%s (%,d)".formatted(items.pipelines.name(p), count[p]));
        }
        throw new InputException(files(), "the export has %d pipelines: %s; pick one with --pipeline NAME (each pipeline is a funnel of its own)"
                .formatted(count.length, String.join(", ", listed)));
    }

    private String files() {
        return String.join(", ", items.filesRead().stream().map(ExportFile::file).toList());
    }

    private void mapStages(CrmProblems.Collector problems) {
        for (int c = 0; c < targetOf.length; c++) {
            String stage = items.stages.name(c);
            targetOf[c] = map.target(stage);
            String first = items.firstEntry(c);
            if (first == null) {
                continue;
            }
            if (targetOf[c] == StageMap.UNMAPPED) {
                problems.add(first, "CRM stage '%s' is not in the stage map %s; add a row '%s,<plan stage>' (or lost, or ignore)"
                        .formatted(stage, map.file(), stage.contains(",") ? '"' + stage + '"' : stage));
            } else {
                checkPipedrive(c, stage, first, problems);
            }
        }
    }

    /**
     * Pipedrive wins and loses by status, not by stage: a stage mapped to won would count its lost
     * deals as won, so the map's won stage must be the status Won's alone, and Lost must be lost.
     */
    private void checkPipedrive(int c, String stage, String first, CrmProblems.Collector problems) {
        String wonStage = map.funnel().get(won);
        if (items.pipedriveStages.get(c) && targetOf[c] == won) {
            problems.add(first, ("Pipedrive stage '%s' maps to '%s', the map's last (won) stage; a Pipedrive deal is won by its"
                    + " status: map '%s' to the stage it is, and add the row 'Won,won' last, so the funnel ends in a won stage of its own")
                    .formatted(stage, wonStage, stage));
        }
        if (items.pipedriveStatuses.get(c) && stage.equalsIgnoreCase(PipedriveRows.WON) && targetOf[c] != won) {
            problems.add(first, "Pipedrive status Won must map to the map's last (won) stage '%s'; write the row 'Won,%s' last"
                    .formatted(wonStage, wonStage));
        }
        if (items.pipedriveStatuses.get(c) && stage.equalsIgnoreCase(PipedriveRows.LOST) && targetOf[c] != StageMap.TO_LOST) {
            problems.add(first, "Pipedrive status Lost must map to lost; write the row 'Lost,lost'");
        }
    }

    private void count(Item item) {
        long[] tally = perPipeline[item.pipeline + 1];
        tally[4]++;
        Arrays.fill(plan, Item.NONE);
        int furthest = -1;
        int earliest = Item.NONE;
        boolean lost = false;
        for (int c = 0, n = Math.min(item.stages(), targetOf.length); c < n; c++) {
            int day = item.entered(c);
            int target = targetOf[c];
            if (day == Item.NONE || target == StageMap.TO_IGNORE) {
                continue;
            }
            earliest = earliest == Item.NONE ? day : Math.min(earliest, day);
            if (target == StageMap.TO_LOST) {
                lost = true;
            } else {
                plan[target] = plan[target] == Item.NONE ? day : Math.min(plan[target], day);
                furthest = Math.max(furthest, target);
            }
        }
        boolean dated = item.status == Item.Status.FROM_STAGES;
        if (!dated) { // Pipedrive: the status decides, the period is the deal's creation
            furthest = item.status == Item.Status.WON ? won : furthest;
            lost |= item.status == Item.Status.LOST;
            earliest = furthest >= 0 || lost ? item.created : Item.NONE;
        }
        if (earliest == Item.NONE) {
            tally[3]++; // entered only ignored stages
            return;
        }
        if (furthest < won && !lost) {
            tally[2]++;
            return;
        }
        if (furthest < 0) {
            tally[3]++; // lost before any funnel stage
            return;
        }
        tally[furthest == won ? 0 : 1]++;
        String label = period.of(earliest);
        Group group = groups.computeIfAbsent(item.rep + "\u0000" + label, k -> new Group(item.rep, label, plan.length));
        for (int s = 0; s <= furthest; s++) {
            group.count[s]++;
        }
        for (int s = 0; dated && s < won; s++) {
            if (plan[s] != Item.NONE && plan[s + 1] != Item.NONE) {
                long days = (long) plan[s + 1] - plan[s];
                if (days < 0) {
                    backwards++;
                } else {
                    group.days[s] += days;
                    group.dated[s]++;
                }
            }
        }
    }

    private CrmHistory history() {
        List<Group> sorted = new ArrayList<>(groups.values());
        Comparator<Group> byRep = Comparator.comparing(g -> items.reps.name(g.rep), String.CASE_INSENSITIVE_ORDER);
        sorted.sort(byRep.thenComparing(g -> items.reps.name(g.rep)).thenComparing(g -> g.period));
        List<CrmHistory.Row> rows = new ArrayList<>();
        List<String> reps = new ArrayList<>();
        TreeSet<String> periods = new TreeSet<>();
        for (Group group : sorted) {
            String rep = items.reps.name(group.rep);
            if (reps.isEmpty() || !reps.get(reps.size() - 1).equals(rep)) {
                reps.add(rep);
            }
            periods.add(group.period);
            for (int s = 0; s < plan.length; s++) {
                Double avg = s == won || group.dated[s] == 0 ? null
                        : BigDecimal.valueOf(group.days[s]).divide(BigDecimal.valueOf(group.dated[s]), 2, RoundingMode.HALF_UP).doubleValue();
                rows.add(new CrmHistory.Row(rep, group.period, map.funnel().get(s), group.count[s], avg));
            }
        }
        List<CrmHistory.PipelineCount> pipelines = new ArrayList<>();
        for (int p = -1; p < items.pipelines.size(); p++) {
            long[] tally = perPipeline[p + 1];
            int skipped = p < 0 ? 0 : items.skipped(p);
            if (tally[4] > 0 || skipped > 0) {
                pipelines.add(new CrmHistory.PipelineCount(p < 0 ? null : items.pipelines.name(p), tally[4], tally[0], tally[1],
                        tally[2], tally[3], skipped));
            }
        }
        return new CrmHistory(map.funnel(), rows, pipelines, reps, List.copyOf(periods), backwards);
    }
}
