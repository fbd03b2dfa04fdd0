package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the workbooks of one run, gathered so that one run reports it all: errors
 * (each naming file, and sheet and cell where there is one) and warnings. A bad cell a rep typed
 * is an error, or with --lenient a warning and the cell is skipped. Kept as {@link Worded}
 * messages, put into the plan's words when the run is over.
 */
final class CellIssues {
    private final boolean lenient;
    private final List<Worded> errors = new ArrayList<>();
    private final List<Worded> warnings = new ArrayList<>();

    CellIssues(boolean lenient) {
        this.lenient = lenient;
    }

    /** A bad actual cell: an error, or with --lenient a warning. */
    void report(Worded where, Worded problem) {
        if (lenient) {
            warnings.add(Worded.of("lenient.skipped", Worded.at(where, problem)));
        } else {
            errors.add(Worded.at(where, problem));
        }
    }

    /** A problem --lenient does not skip: the plan or the workbook itself is wrong. */
    void error(Worded where, Worded problem) {
        errors.add(Worded.at(where, problem));
    }

    /** As {@link #error(Worded, Worded)}, in words that have no translation. */
    void error(String where, String problem) {
        error(Worded.plain(where), Worded.plain(problem));
    }

    /** A problem whose message already says where. */
    void error(Worded message) {
        errors.add(message);
    }

    void warn(Worded message) {
        warnings.add(message);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    List<String> errors(ReportWords words) {
        return errors.stream().map(e -> e.in(words)).toList();
    }

    List<String> warnings(ReportWords words) {
        return warnings.stream().map(w -> w.in(words)).toList();
    }
}
