package org.funnelplan.actuals;

import java.util.List;

import org.funnelplan.model.InputException;

/** A bad cell a rep typed: an error, or with --lenient a warning and the cell is skipped. */
final class CellIssues {
    private final boolean lenient;
    private final List<String> warnings;

    CellIssues(boolean lenient, List<String> warnings) {
        this.lenient = lenient;
        this.warnings = warnings;
    }

    void report(String where, String problem) {
        if (!lenient) {
            throw new InputException(where, problem);
        }
        warnings.add(where + ": " + problem + "; skipped (--lenient)");
    }

    void warn(String message) {
        warnings.add(message);
    }
}
