package org.funnelplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.funnelplan.actuals.InputErrors;
import org.funnelplan.model.InputException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed run into one {@code error:} line (one per problem when the run found several)
 * and exit 1. Only --debug shows a stack trace:
 * a user's mistake never needs one.
 */
final class DataErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof UsageException) {
            cli.getErr().println("error: " + oneLine(e.getMessage()));
            return Main.BAD_USAGE;
        }
        if (e instanceof InputErrors all) {
            all.problems().forEach(problem -> cli.getErr().println("error: " + oneLine(problem)));
        } else if (e instanceof InputException) {
            cli.getErr().println("error: " + oneLine(e.getMessage()));
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            cli.getErr().println("error: " + oneLine(e.getMessage()));
        } else {
            cli.getErr().println("error: unexpected failure (" + oneLine(String.valueOf(e)) + "); run again with --debug and report it");
        }
        if (parsed.originalArgs().contains("--debug")) {
            e.printStackTrace(cli.getErr());
        }
        return Main.BAD_DATA;
    }

    /** Messages quote the user's cells; a line break or tab in one must not split the message. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n\\t\\u0000-\\u001f]+", " ").strip();
    }
}
