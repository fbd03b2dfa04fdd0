package org.funnelplan.crm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.funnelplan.model.InputException;
import org.funnelplan.model.Stage;

/**
 * Which plan stage each CRM stage counts as ({@code crm_stage,stage}). The plan stages are the
 * funnel in the order they first appear, the last one won; several CRM stages may share one.
 * {@code lost} marks an item as decided and lost, {@code ignore} has its entries disregarded. An
 * {@code items} column (as {@code --list-stages} writes it) and any other column are not read.
 */
public final class StageMap {
    static final String LOST = "lost";
    static final String IGNORE = "ignore";
    /** {@link #target} of a CRM stage mapped to {@code lost}. */
    static final int TO_LOST = -1;
    /** {@link #target} of a CRM stage mapped to {@code ignore}. */
    static final int TO_IGNORE = -2;
    /** {@link #target} of a CRM stage the map lacks. */
    static final int UNMAPPED = -3;
    /** CRM stage names that say their items are lost, as HubSpot, Salesforce and Dutch users name them. */
    private static final Pattern LOST_WORDS = Pattern.compile("(?i)\\b(lost|verloren|afgewezen)\\b");
    static final String COLUMNS = "crm_stage,stage (a third column items, as --list-stages writes it, is not read)";

    private final String file;
    private final List<String> funnel;
    private final Map<String, Integer> targets;

    private StageMap(String file, List<String> funnel, Map<String, Integer> targets) {
        this.file = file;
        this.funnel = List.copyOf(funnel);
        this.targets = Map.copyOf(targets);
    }

    /** Reads a map; every bad row is reported, together. */
    public static StageMap read(Path file, List<String> warnings) {
        CrmProblems.Collector problems = new CrmProblems.Collector();
        List<String> funnel = new ArrayList<>();
        Map<String, Integer> funnelByKey = new HashMap<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        Map<String, Integer> targets = new HashMap<>();
        Map<String, Integer> lineOfCrmStage = new HashMap<>();
        int[] columns = new int[2];
        boolean[] identity = {true};
        String[] headerWhere = new String[1];
        CsvStream.read(file, warnings, "a header with the columns " + COLUMNS, new CsvStream.Records() {
            @Override
            public void header(CsvStream.Record header) {
                ExportHeader names = new ExportHeader(header);
                headerWhere[0] = header.where();
                columns[0] = names.find("crm_stage");
                columns[1] = names.find("stage");
                if (columns[0] < 0 || columns[1] < 0) {
                    throw new InputException(header.where(), "missing column %s; a stage map has the columns %s"
                            .formatted(columns[0] < 0 ? "crm_stage" : "stage", COLUMNS));
                }
            }

            @Override
            public boolean row(CsvStream.Record row) {
                String crm = row.cell(columns[0]);
                String plan = row.cell(columns[1]);
                if (crm.isEmpty()) {
                    problems.add(row.where(), "column crm_stage is empty; name the stage as the CRM exports it");
                    return true;
                }
                if (plan.isEmpty()) {
                    problems.add(row.where(), "column stage is empty; say which plan stage CRM stage '%s' counts as, or lost, or ignore"
                            .formatted(crm));
                    return true;
                }
                Integer twice = lineOfCrmStage.putIfAbsent(ExportItems.caseless(crm), row.line());
                if (twice != null) {
                    problems.add(row.where(), "CRM stage '%s' is mapped twice, on line %d and here; map each CRM stage once"
                            .formatted(crm, twice));
                    return true;
                }
                int target = target(row, plan);
                targets.put(ExportItems.caseless(crm), target);
                identity[0] &= crm.equals(plan);
                if (target >= 0 && LOST_WORDS.matcher(crm).find()) {
                    warnings.add("%s: CRM stage '%s' counts as plan stage '%s'; if its items are lost, map it to lost"
                            .formatted(row.where(), crm, plan));
                }
                return true;
            }

            private int target(CsvStream.Record row, String plan) {
                String lower = plan.toLowerCase(Locale.ROOT);
                if (lower.equals(LOST)) {
                    return TO_LOST;
                }
                if (lower.equals(IGNORE)) {
                    return TO_IGNORE;
                }
                String key = Stage.named(plan).key();
                Integer known = funnelByKey.get(key);
                if (known == null) {
                    funnel.add(plan);
                    funnelByKey.put(key, funnel.size() - 1);
                    firstLineOfKey.put(key, row.line());
                    return funnel.size() - 1;
                }
                if (!funnel.get(known).equalsIgnoreCase(plan)) {
                    problems.add(row.where(), ("plan stage '%s' and '%s' (line %d) would be the same stage in the workbook (both are"
                            + " named %s there); write it one way").formatted(plan, funnel.get(known), firstLineOfKey.get(key), key));
                }
                return known;
            }
        });
        if (targets.isEmpty() && problems.isEmpty()) {
            throw new InputException(headerWhere[0], "the map has no rows; list each CRM stage with the plan stage it counts as");
        }
        if (funnel.size() < 2) {
            problems.add(file.toString(), ("the map names %d funnel stage%s%s; a funnel needs at least two besides lost"
                    + " and ignore, in funnel order, the last one won").formatted(funnel.size(), funnel.size() == 1 ? "" : "s",
                    funnel.isEmpty() ? "" : " (" + funnel.get(0) + ")"));
        }
        problems.check();
        if (identity[0]) {
            warnings.add(("%s maps every CRM stage to itself, as --list-stages drafts it: edit it first (the plan stages top"
                    + " first, lost for the lost stages, ignore for the others), or the last stage counts as won").formatted(file));
        }
        return new StageMap(file.toString(), funnel, targets);
    }

    /** The plan stage index of a CRM stage, or {@link #TO_LOST}, {@link #TO_IGNORE}, {@link #UNMAPPED}. */
    int target(String crmStage) {
        return targets.getOrDefault(ExportItems.caseless(crmStage), UNMAPPED);
    }

    /** The plan stages, top first; the last is won. */
    public List<String> funnel() {
        return funnel;
    }

    String file() {
        return file;
    }
}
