package org.funnelplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.funnelplan.actuals.ActualsImport;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.actuals.Variance;
import org.funnelplan.actuals.VarianceRow;
import org.funnelplan.contract.Language;
import org.funnelplan.csv.CsvFormat;
import org.funnelplan.report.VarianceCsv;
import org.funnelplan.report.VarianceTable;
import org.funnelplan.report.VarianceWorkbook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code variance}: filled workbooks in, plan against actual out. */
@Command(name = "variance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Read filled plan workbooks (the master and/or per-rep copies) and show plan against actual.",
            "The plan is recomputed from each workbook's own inputs; cells are found by their defined names,"
                + " so inserted rows and columns do no harm."})
final class VarianceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORKBOOK", description = "Filled workbooks of one plan.")
    List<Path> workbooks;

    @Option(names = "--month", paramLabel = "M",
            description = "Report month 1-12: to date means months 1..M (default: the last month with any actual).")
    Integer month;

    @Option(names = "--out", paramLabel = "VARIANCE.xlsx", description = "Write the formatted variance workbook.")
    Path out;

    @Option(names = "--csv", paramLabel = "VARIANCE.csv",
            description = "Write the variance as CSV, with the columns rep, stage, month (1-12, then YTD), plan, actual, variance and attainment.")
    Path csv;

    @Option(names = "--csv-format", paramLabel = "comma|semicolon",
            description = "comma: ',' and decimal points; semicolon: ';', decimal commas and a BOM, as Dutch Excel reads"
                    + " (default: semicolon for a Dutch plan, else comma).")
    CsvFormat csvFormat;

    @Option(names = "--lenient", description = "Skip bad actual cells (text, negative, fraction, formula) with a warning instead of failing.")
    boolean lenient;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        if (month != null && (month < 1 || month > 12)) {
            throw new UsageException("--month must be 1 to 12, not " + month);
        }
        if (out != null && csv != null && csv.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UsageException("--out and --csv name the same file " + csv);
        }
        List<Path> outputs = new ArrayList<>();
        for (Path output : java.util.Arrays.asList(out, csv)) {
            if (output != null) {
                SafeOutput.notAnInput(output, workbooks, ConsoleWords.of(Language.EN));
                outputs.add(output);
            }
        }
        // The plan's language is in the workbooks: an output in the way is refused after reading them, in its words.
        TeamActuals team = ActualsImport.read(workbooks, lenient);
        ConsoleWords words = ConsoleWords.of(team.language());
        outputs.forEach(output -> SafeOutput.checkTarget(output, common.force, words));
        team.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        int reportMonth = team.reportMonth(month);
        CsvFormat format = csvFormat != null ? csvFormat : CsvFormat.forLanguage(team.language().locale());
        List<VarianceRow> rows = Variance.rows(team, reportMonth);
        List<SafeOutput.Output> writes = new ArrayList<>();
        if (out != null) {
            writes.add(new SafeOutput.Output(out, stream -> VarianceWorkbook.write(team, reportMonth, rows, stream)));
        }
        if (csv != null) {
            writes.add(new SafeOutput.Output(csv, stream -> VarianceCsv.write(rows, format, stream)));
        }
        SafeOutput.writeAll(writes);
        VarianceTable.print(team, reportMonth, spec.commandLine().getOut());
        for (SafeOutput.Output output : writes) {
            spec.commandLine().getOut().println(words.format("variance.wrote", output.path()));
        }
        return Main.OK;
    }
}
