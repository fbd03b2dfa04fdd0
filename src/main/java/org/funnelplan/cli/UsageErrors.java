package org.funnelplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Bad usage: one line saying what is wrong and pointing to --help, exit 2. */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("error: %s (see '%s --help')".formatted(DataErrors.oneLine(e.getMessage()),
                cli.getCommandSpec().qualifiedName()));
        return Main.BAD_USAGE;
    }
}
