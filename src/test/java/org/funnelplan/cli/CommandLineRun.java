package org.funnelplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the launcher as a user types it: exit code, what it printed and what it complained. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** The error output is exactly one line starting with "error:". */
    boolean saysOneError() {
        String text = err.strip();
        return text.startsWith("error: ") && !text.contains("\n") && !text.contains("Exception");
    }
}
