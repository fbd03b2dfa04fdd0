package org.funnelplan.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code from-crm} tells the director: per file what it was read as, per pipeline how many
 * items were read, decided and left out, the reps and periods found; and the warnings.
 */
public final class ConversionReport {
    /** Reps named on the console; a larger team is cut short. */
    private static final int SHOWN_REPS = 15;
    private ConversionReport() {
    }

    /** {@code 1 deal}, {@code 1,204 opportunities}. */
    static String count(long n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : plural);
    }

    static List<String> warnings(CrmHistory history, String noun) {
        List<String> warnings = new ArrayList<>();
        long open = 0;
        long unstaged = 0;
        for (CrmHistory.PipelineCount pipeline : history.pipelines()) {
            open += pipeline.open();
            unstaged += pipeline.unstaged();
        }
        if (open > 0) {
            warnings.add("%s left out: still open (only won and lost ones count toward the rates)".formatted(count(open, noun)));
        }
        if (unstaged > 0) {
            warnings.add(("%s left out: %s no funnel stage, only stages the map sets to ignore or lost")
                    .formatted(count(unstaged, noun), unstaged == 1 ? "it entered" : "they entered"));
        }
        if (history.backwards() > 0) {
            warnings.add(("%,d time%s %s %s's date at a stage came after its date at the next stage (it moved back, or a date"
                    + " is wrong); left out of avg_days").formatted(history.backwards(), history.backwards() == 1 ? "" : "s",
                    "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a", noun));
        }
        long[] reached = new long[history.funnel().size()];
        for (CrmHistory.Row row : history.rows()) {
            reached[history.funnel().indexOf(row.stage())] += row.count();
        }
        for (int s = 0; s < reached.length; s++) {
            if (reached[s] == 0) {
                warnings.add(("no decided %s reached stage '%s'; generate needs history at every stage: check the stage map")
                        .formatted(noun, history.funnel().get(s)));
            }
        }
        return warnings;
    }

    /** Lines for the console after a history was derived. */
    public static List<String> summary(FromCrm.Converted converted) {
        CrmHistory history = converted.history();
        String noun = FromCrm.noun(converted.files());
        List<String> lines = new ArrayList<>(files(converted.files()));
        for (CrmHistory.PipelineCount p : history.pipelines()) {
            String name = p.name() == null ? "" : "pipeline " + p.name() + ": ";
            if (p.read() == 0) {
                lines.add("%s%s, left out by --pipeline".formatted(name, count(p.skipped(), noun)));
                continue;
            }
            String unstaged = p.unstaged() == 0 ? "" : ", %,d without a funnel stage (left out)".formatted(p.unstaged());
            lines.add("%s%s, %,d decided (%,d won, %,d lost), %,d open (left out)%s".formatted(name, count(p.read(), noun),
                    p.decided(), p.won(), p.lost(), p.open(), unstaged));
        }
        List<String> reps = history.reps();
        String named = reps.size() <= SHOWN_REPS ? String.join(", ", reps)
                : String.join(", ", reps.subList(0, SHOWN_REPS - 2)) + " and %,d more".formatted(reps.size() - SHOWN_REPS + 2);
        lines.add("reps: %,d (%s)".formatted(reps.size(), named));
        lines.add("periods: %s".formatted(String.join(", ", history.periods())));
        return lines;
    }

    /** Lines for the console after a draft map was made. */
    public static List<String> summary(FromCrm.Drafted drafted) {
        List<String> lines = new ArrayList<>(files(drafted.files()));
        List<String> pipelines = drafted.map().pipelines();
        lines.add("%d CRM stages%s, in funnel order as far as the export shows it".formatted(drafted.map().entries().size(),
                pipelines.isEmpty() ? "" : " of pipeline" + (pipelines.size() == 1 ? " " : "s ") + String.join(", ", pipelines)));
        return lines;
    }

    private static List<String> files(List<ExportFile> files) {
        List<String> lines = new ArrayList<>();
        for (ExportFile file : files) {
            String order = file.dateOrder() == null ? "" : ", dates read " + file.dateOrder().words();
            lines.add("read %s: %s, %s%s".formatted(file.file(), file.format().title(), count(file.items(), file.format().noun()), order));
        }
        return lines;
    }
}
