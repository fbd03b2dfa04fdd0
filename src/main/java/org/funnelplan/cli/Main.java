package org.funnelplan.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The funnelplan launcher: one sub-command per job, exit 0 ok, 1 bad data, 2 bad usage. */
@Command(name = "funnelplan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns sales targets and funnel history into an Excel new-business plan.",
        subcommands = {GenerateCommand.class, VarianceCommand.class, HistoryCommand.class, DemoCommand.class,
            TemplatesCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int BAD_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler(new DataErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: generate, variance, history, demo or templates");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"funnelplan " + (version == null ? "(development build)" : version)};
        }
    }
}
