package org.funnelplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.funnelplan.actuals.ActualsImport;
import org.funnelplan.actuals.HistoryCsv;
import org.funnelplan.actuals.TeamActuals;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code history}: this year's filled actuals as next year's history CSV. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the actuals of filled plan workbooks as a history CSV that 'generate --history' reads.",
            "One row per rep and stage with any month filled in: period is the plan year (e.g. 2027), count the sum of",
            "the filled months, avg_days the workbook's own days at stage (actuals do not measure it)."})
final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORKBOOK", description = "Filled workbooks of one plan.")
    List<Path> workbooks;

    @Option(names = "--out", required = true, paramLabel = "HISTORY.csv", description = "The history CSV to write.")
    Path out;

    @Option(names = "--lenient", description = "Skip bad actual cells with a warning instead of failing.")
    boolean lenient;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        SafeOutput.check(out, workbooks, common.force);
        TeamActuals team = ActualsImport.read(workbooks, lenient);
        team.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        SafeOutput.write(out, stream -> HistoryCsv.write(team, stream));
        spec.commandLine().getOut().printf("wrote %s: actuals of %d reps for %d%n", out, team.reps().size(), team.year());
        return Main.OK;
    }
}
