package org.funnelplan.cli;

import picocli.CommandLine.Option;

/** Options every command that writes files shares. */
final class CommonOptions {
    @Option(names = "--force", description = "Replace outputs that already exist.")
    boolean force;

    /** Read by {@link DataErrors} from the command line itself, so it works even when parsing failed late. */
    @Option(names = "--debug", description = "Show stack traces of failures.")
    boolean debug;
}
