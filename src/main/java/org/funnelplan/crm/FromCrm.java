package org.funnelplan.crm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CRM exports in, a history CSV ({@link #history}) or a draft stage map ({@link #draft}) out
 * (SPEC section 7). Bad input throws {@link org.funnelplan.model.InputException} for a problem
 * that stops the reading, {@link CrmProblems} for all those one pass found.
 *
 * <pre>{@code
 * FromCrm.Options options = new FromCrm.Options(List.of(Path.of("deals.csv")), null, null, Period.YEAR);
 * FromCrm.Converted converted = FromCrm.history(options, StageMap.read(Path.of("stages.csv"), warnings));
 * converted.history().write(out, CsvFormat.COMMA);
 * }</pre>
 */
public final class FromCrm {
    /**
     * @param pipeline  {@code --pipeline}, or null
     * @param dateOrder {@code --date-order}, or null to take it from each file
     */
    public record Options(List<Path> exports, String pipeline, DateOrder dateOrder, Period period) {
        public Options {
            exports = List.copyOf(exports);
        }
    }

    /** A history and what was read for it; {@code warnings} include the reading's. */
    public record Converted(CrmHistory history, List<ExportFile> files, List<String> warnings) {
    }

    /** A draft map and what was read for it. */
    public record Drafted(DraftMap map, List<ExportFile> files, List<String> warnings) {
    }

    private FromCrm() {
    }

    public static Converted history(Options options, StageMap map, List<String> readWarnings) {
        List<String> warnings = new ArrayList<>(readWarnings);
        CrmProblems.Collector problems = new CrmProblems.Collector();
        ExportItems items = ExportReader.read(options.exports(), options.pipeline(), options.dateOrder(), warnings, problems);
        CrmHistory history = HistoryDerivation.derive(items, map, options.period(), problems);
        warnings.addAll(ConversionReport.warnings(history, noun(items.filesRead())));
        return new Converted(history, items.filesRead(), warnings);
    }

    public static Drafted draft(Options options) {
        List<String> warnings = new ArrayList<>();
        CrmProblems.Collector problems = new CrmProblems.Collector();
        ExportItems items = ExportReader.read(options.exports(), options.pipeline(), options.dateOrder(), warnings, problems);
        problems.check();
        return new Drafted(DraftMap.of(items), items.filesRead(), warnings);
    }

    /** What the items are called: {@code deal} when every file is a deals export, {@code item} for a mix. */
    public static String noun(List<ExportFile> files) {
        List<String> nouns = files.stream().map(f -> f.format().noun()).distinct().toList();
        return nouns.size() == 1 ? nouns.get(0) : CrmFormat.STAGE_LOG.noun();
    }
}
