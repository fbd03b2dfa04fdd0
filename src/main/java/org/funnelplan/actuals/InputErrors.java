package org.funnelplan.actuals;

import java.util.List;

/**
 * Every problem one run found in the workbooks it was given, in the order of the files, each a
 * line that names file, and sheet and cell where there is one. The command line prints one
 * {@code error:} line for each, so a director fixes them all in one round.
 */
public final class InputErrors extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InputErrors(List<String> problems) {
        super(problems.get(0) + (problems.size() > 1 ? " (and %d more)".formatted(problems.size() - 1) : ""), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
