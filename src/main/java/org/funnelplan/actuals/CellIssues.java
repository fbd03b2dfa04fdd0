package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the workbooks of one run, gathered so that one run reports it all: errors
 * (each naming file, and sheet and cell where there is one) and warnings. A bad cell a rep typed
 * is an error, or with --lenient a warning and the cell is skipped.
 */
final class CellIssues {
    private final boolean lenient;
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    CellIssues(boolean lenient) {
        this.lenient = lenient;
    }

    /** A bad actual cell: an error, or with --lenient a warning. */
    void report(String where, String problem) {
        if (lenient) {
            warnings.add(where + ": " + problem + "; skipped (--lenient)");
        } else {
            errors.add(where + ": " + problem);
        }
    }

    /** A problem --lenient does not skip: the plan or the workbook itself is wrong. */
    void error(String where, String problem) {
        errors.add(where + ": " + problem);
    }

    /** A problem whose message already says where. */
    void error(String message) {
        errors.add(message);
    }

    void warn(String message) {
        warnings.add(message);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
