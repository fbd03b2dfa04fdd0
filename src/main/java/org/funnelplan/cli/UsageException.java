package org.funnelplan.cli;

/** A command line that cannot be run as given (an output naming an input, say): exit 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
