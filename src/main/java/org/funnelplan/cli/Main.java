package org.funnelplan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The funnelplan launcher: one sub-command per job, exit 0 ok, 1 bad data, 2 bad usage. */
@Command(name = "funnelplan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns sales targets and funnel history into an Excel new-business plan.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int BAD_DATA = 1;
    public static final int BAD_USAGE = 2;

    /** The sub-commands in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        quietLibraries();
        COMMANDS.put("generate", GenerateCommand::new);
        COMMANDS.put("variance", VarianceCommand::new);
        COMMANDS.put("history", HistoryCommand::new);
        COMMANDS.put("from-crm", FromCrmCommand::new);
        COMMANDS.put("demo", DemoCommand::new);
        COMMANDS.put("templates", TemplatesCommand::new);
    }

    /**
     * The user reads funnelplan's own one-line messages, never a library's log: POI logs through
     * the Log4j API, routed to its simple logger, switched off (also in log4j2.component.properties
     * and log4j2.simplelog.properties; set here too, before any library class loads, so a
     * repackaged jar that drops those files stays quiet). A level given on the command line wins.
     */
    private static void quietLibraries() {
        setIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given output streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        addCommands(cli, args.length > 0 ? args[0] : "");
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setExecutionExceptionHandler(new DataErrors());
        return cli.execute(args);
    }

    /**
     * Picocli reflects over every sub-command it is given, a tenth of a second of a small plan's
     * start-up; a line that names its command gets only that one, anything else (help, a typo) all.
     */
    private static void addCommands(CommandLine cli, String named) {
        COMMANDS.forEach((name, command) -> {
            if (!COMMANDS.containsKey(named) || name.equals(named)) {
                cli.addSubcommand(name, command.get());
            }
        });
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: generate, variance, history, from-crm, demo or templates");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"funnelplan " + (version == null ? "(development build)" : version)};
        }
    }
}
