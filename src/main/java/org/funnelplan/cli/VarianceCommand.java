package org.funnelplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.funnelplan.actuals.ActualsImport;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.actuals.Variance;
import org.funnelplan.actuals.VarianceCsv;
import org.funnelplan.actuals.VarianceRow;
import org.funnelplan.actuals.VarianceTable;
import org.funnelplan.actuals.VarianceWorkbook;

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
            description = "Write the variance as CSV: rep,stage,month,plan,actual,variance,attainment.")
    Path csv;

    @Option(names = "--lenient", description = "Skip bad actual cells (text, negative, fraction, formula) with a warning instead of failing.")
    boolean lenient;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        if (month != null && (month < 1 || month > 12)) {
            throw new UsageException("--month must be 1 to 12, not " + month);
        }
        if (out != null) {
            SafeOutput.check(out, workbooks, common.force);
        }
        if (csv != null) {
            SafeOutput.check(csv, workbooks, common.force);
            if (out != null && csv.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new UsageException("--out and --csv name the same file " + csv);
            }
        }
        TeamActuals team = ActualsImport.read(workbooks, lenient);
        team.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        int reportMonth = team.reportMonth(month);
        List<VarianceRow> rows = Variance.rows(team, reportMonth);
        List<SafeOutput.Output> outputs = new ArrayList<>();
        if (out != null) {
            outputs.add(new SafeOutput.Output(out, stream -> VarianceWorkbook.write(team, reportMonth, rows, stream)));
        }
        if (csv != null) {
            outputs.add(new SafeOutput.Output(csv, stream -> VarianceCsv.write(rows, stream)));
        }
        SafeOutput.writeAll(outputs);
        VarianceTable.print(team, reportMonth, spec.commandLine().getOut());
        for (SafeOutput.Output output : outputs) {
            spec.commandLine().getOut().println("wrote " + output.path());
        }
        return Main.OK;
    }
}
