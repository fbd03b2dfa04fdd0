package org.funnelplan.crm;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.funnelplan.model.RateEstimator;

/**
 * Everything read from the exports, pooled: the items by id, the CRM stages, reps and pipelines
 * they name, and where each CRM stage first occurs (for the message about an unmapped one).
 * Items of a pipeline other than {@code --pipeline} are only counted.
 */
final class ExportItems {
    static final String NO_OWNER = "(no owner)";

    final Names stages = new Names(ExportItems::caseless);
    final Names reps = new Names(RateEstimator::repKey);
    final Names pipelines = new Names(ExportItems::caseless);
    private final List<String> firstEntry = new ArrayList<>();
    /** CRM stages that are a Pipedrive deal's stage, and those that are its status (Won, Lost). */
    final BitSet pipedriveStages = new BitSet();
    final BitSet pipedriveStatuses = new BitSet();
    private final Map<String, Item> items = new HashMap<>();
    private final Map<Integer, Set<String>> skipped = new HashMap<>();
    private final List<String> files = new ArrayList<>();
    private final List<ExportFile> read = new ArrayList<>();
    private final String pipeline;
    private final CrmProblems.Collector problems;

    /** @param pipeline {@code --pipeline}, or null for all */
    ExportItems(String pipeline, CrmProblems.Collector problems) {
        this.pipeline = pipeline;
        this.problems = problems;
    }

    static String caseless(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    int file(String file) {
        files.add(file);
        return files.size() - 1;
    }

    String fileName(int file) {
        return files.get(file);
    }

    void fileRead(ExportFile file) {
        read.add(file);
    }

    List<ExportFile> filesRead() {
        return List.copyOf(read);
    }

    /** The item of a one-row-per-item export; an id seen before is a problem naming both lines (null then). */
    Item wide(int file, CrmFormat format, String id, CsvStream.Record row) {
        Item item = new Item(file, row.line());
        Item before = items.putIfAbsent(key(format, id), item);
        if (before == null) {
            return item;
        }
        String first = before.file == file ? "line " + before.line : fileName(before.file) + " line " + before.line;
        problems.add(row.where(), "%s %s is also on %s; each %s may be in the export once (an export pasted twice, or two overlapping exports?)"
                .formatted(format.noun(), id, first, format.noun()));
        return null;
    }

    /** The item of a one-row-per-stage-change export, made on its first row. */
    Item item(int file, CrmFormat format, String id, CsvStream.Record row) {
        return items.computeIfAbsent(key(format, id), k -> new Item(file, row.line()));
    }

    private static String key(CrmFormat format, String id) {
        return format.ordinal() + ":" + id;
    }

    /**
     * Whether an item of this pipeline is read: all are without {@code --pipeline}, and those that
     * name no pipeline always are; the others are counted per pipeline.
     */
    boolean wanted(String pipelineName, CrmFormat format, String id) {
        if (pipelineName.isEmpty()) {
            return true;
        }
        int index = pipelines.intern(pipelineName);
        if (pipeline == null || caseless(pipeline).equals(caseless(pipelineName))) {
            return true;
        }
        skipped.computeIfAbsent(index, k -> new HashSet<>()).add(key(format, id));
        return false;
    }

    /** Items of each pipeline left out by {@code --pipeline}. */
    int skipped(int pipelineIndex) {
        Set<String> keys = skipped.get(pipelineIndex);
        return keys == null ? 0 : keys.size();
    }

    int stage(String name) {
        int stage = stages.intern(name);
        while (firstEntry.size() <= stage) {
            firstEntry.add(null);
        }
        return stage;
    }

    /** Records an entry; the first one of each CRM stage is where an unmapped stage is reported. */
    void enter(Item item, int stage, int day, CsvStream.Record row, String column) {
        item.enter(stage, day);
        if (firstEntry.get(stage) == null) {
            firstEntry.set(stage, column == null ? row.where() : row.where() + ", column " + column);
        }
    }

    /** Where a CRM stage was first entered, or null when no item entered it. */
    String firstEntry(int stage) {
        return firstEntry.get(stage);
    }

    int rep(String owner) {
        return reps.intern(owner.isEmpty() ? NO_OWNER : owner);
    }

    Collection<Item> items() {
        return items.values();
    }

    /** {@code --pipeline}, or null. */
    String chosenPipeline() {
        return pipeline;
    }
}
