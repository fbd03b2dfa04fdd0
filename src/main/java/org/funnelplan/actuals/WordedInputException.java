package org.funnelplan.actuals;

import org.funnelplan.model.InputException;

/**
 * An {@link InputException} of the re-import whose message is put into the plan's words later:
 * its own message is the English one, for callers that print it as it is.
 */
final class WordedInputException extends InputException {
    private static final long serialVersionUID = 1L;

    private final transient Worded message;

    WordedInputException(Worded where, Worded problem) {
        this(Worded.at(where, problem));
    }

    private WordedInputException(Worded message) {
        super(message.in(ReportWords.english()));
        this.message = message;
    }

    Worded worded() {
        return message;
    }

    /** The message of any input error as a {@link Worded}: translated where it was made so. */
    static Worded of(InputException e) {
        return e instanceof WordedInputException worded ? worded.worded() : Worded.plain(e.getMessage());
    }
}
