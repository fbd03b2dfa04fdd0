package org.funnelplan.model;

/**
 * A mistake in the user's input. The message always says where (file and line, or file, sheet
 * and cell) and what was expected, so the command line can print it as one line without a trace.
 * Open for the re-import, whose messages are put into the plan's words once its language is known.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param where for example {@code targets.csv line 4} or {@code plan.xlsx, sheet Anna, cell C7} */
    public InputException(String where, String problem) {
        super(where + ": " + problem);
    }

    /** @param message {@code <where>: <problem>}, already joined */
    protected InputException(String message) {
        super(message);
    }
}
