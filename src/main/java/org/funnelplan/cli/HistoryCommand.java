package org.funnelplan.cli;

import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.funnelplan.actuals.ActualsImport;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.contract.Language;
import org.funnelplan.csv.CsvFormat;
import org.funnelplan.report.HistoryCsv;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code history}: this year's filled actuals as next year's history CSV. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the actuals of filled plan workbooks as a history CSV that 'generate --history' reads.",
            "One row per rep and stage with any month filled in. The period is the plan year (2027) when the actuals"
                + " cover all twelve months, else the months they cover (2027-01..05, with a warning). The count is the sum"
                + " of the filled months; avg_days are the workbook's own days at stage (actuals do not measure it)."})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORKBOOK", description = "Filled workbooks of one plan.")
    List<Path> workbooks;

    @Option(names = "--out", required = true, paramLabel = "HISTORY.csv", description = "The history CSV to write.")
    Path out;

    @Option(names = "--csv-format", paramLabel = "comma|semicolon",
            description = "comma: ',' and decimal points; semicolon: ';', decimal commas and a BOM, as Dutch Excel reads"
                    + " (default: semicolon for a Dutch plan, else comma).")
    CsvFormat csvFormat;

    @Option(names = "--lenient", description = "Skip bad actual cells with a warning instead of failing.")
    boolean lenient;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        SafeOutput.notAnInput(out, workbooks, ConsoleWords.of(Language.EN));
        // The plan's language is in the workbooks: an output in the way is refused after reading them, in its words.
        TeamActuals team = ActualsImport.read(workbooks, lenient);
        ConsoleWords words = ConsoleWords.of(team.language());
        SafeOutput.checkTarget(out, common.force, words);
        CsvFormat format = csvFormat != null ? csvFormat : CsvFormat.forLanguage(team.language().locale());
        SafeOutput.write(out, stream -> HistoryCsv.write(team, format, stream));
        var err = spec.commandLine().getErr();
        team.warnings().forEach(w -> err.println("warning: " + w));
        int months = HistoryCsv.monthsCovered(team);
        Locale locale = team.language().locale();
        if (months < 12) {
            err.println("warning: " + words.format("history.partial", monthName(1, locale), monthName(months, locale),
                    String.valueOf(team.year()), HistoryCsv.period(team)));
        }
        List<String> behind = HistoryCsv.behind(team);
        if (!behind.isEmpty()) {
            err.println("warning: " + words.format("history.behind", behind.size(), monthName(months, locale), String.join(", ", behind)));
        }
        long reps = team.reps().stream().filter(HistoryCsv::anyFilled).count();
        spec.commandLine().getOut().println(words.format("history.wrote", out, reps, HistoryCsv.period(team)));
        return Main.OK;
    }

    private static String monthName(int month, Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }
}
