package org.funnelplan.csv;

/**
 * A line of an input file, for messages that point back to an earlier line: {@code line 4} in the
 * same file, {@code a.csv line 4} in another of the files read together.
 */
record Line(String file, int line) {
    /** As seen from a message about {@code currentFile}. */
    String from(String currentFile) {
        return file.equals(currentFile) ? "line " + line : file + " line " + line;
    }

    @Override
    public String toString() {
        return file + " line " + line;
    }
}
