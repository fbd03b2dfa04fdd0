package org.funnelplan.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HubSpot's per-stage columns: {@code Date entered "Closed Won (Sales Pipeline)"}, one per stage
 * of every pipeline, or {@code Date entered "Closed Won"} without the pipeline. The
 * {@code Date exited} and {@code Time in} columns next to them are not used.
 */
final class HubSpotColumns {
    private static final String PREFIX = "date entered ";

    /** One {@code Date entered} column; {@code pipeline} is null when the header names none. */
    record Column(int index, String header, String stage, String pipeline) {
    }

    private HubSpotColumns() {
    }

    /**
     * The header's {@code Date entered} columns in column order. The last {@code (...)} is read as
     * the pipeline only when every such column ends in one, so a stage named {@code Demo (online)}
     * in an export without pipeline names stays whole.
     */
    static List<Column> dateEnteredColumns(ExportHeader header) {
        List<Integer> found = new ArrayList<>();
        List<String> inner = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.name(i);
            String quoted = quotedPart(name);
            if (quoted != null && !quoted.isBlank()) {
                found.add(i);
                inner.add(quoted.strip());
            }
        }
        boolean suffixed = !inner.isEmpty() && inner.stream().allMatch(s -> pipelineStart(s) > 0);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < found.size(); c++) {
            int index = found.get(c);
            String text = inner.get(c);
            if (suffixed) {
                int open = pipelineStart(text);
                columns.add(new Column(index, header.name(index), text.substring(0, open).strip(),
                        text.substring(open + 1, text.length() - 1).strip()));
            } else {
                columns.add(new Column(index, header.name(index), text, null));
            }
        }
        return columns;
    }

    /** The text between the quotes of {@code Date entered "..."} (straight or curly quotes), or null. */
    private static String quotedPart(String name) {
        if (!name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            return null;
        }
        String rest = name.substring(PREFIX.length()).strip();
        if (rest.length() < 2 || "\"“”".indexOf(rest.charAt(0)) < 0 || "\"“”".indexOf(rest.charAt(rest.length() - 1)) < 0) {
            return null;
        }
        return rest.substring(1, rest.length() - 1);
    }

    /** Where {@code (pipeline)} starts in {@code stage (pipeline)}, or -1. */
    private static int pipelineStart(String text) {
        if (!text.endsWith(")")) {
            return -1;
        }
        int open = text.lastIndexOf(" (");
        return open > 0 && open + 2 < text.length() - 1 ? open + 1 : -1;
    }
}
