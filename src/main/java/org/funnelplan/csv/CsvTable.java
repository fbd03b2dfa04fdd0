package org.funnelplan.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.funnelplan.model.InputException;

/**
 * Reads an input file as a table: detects the delimiter, checks the header against the file
 * kind's columns, skips Excel's padding and streams the data rows, each with the physical line it
 * starts on (quoted cells may span lines, so record numbers are not lines).
 */
final class CsvTable {
    private static final int MARK_LIMIT = 1 << 20;
    /** Excel holds at most this many characters in a cell; the workbook writer would fail on more. */
    static final int MAX_CELL = 32_767;

    private final String file;
    private final CsvColumns columns;
    private char delimiter;
    private int headerLine;
    private List<String> names; // lower case, "" for an empty padding header
    private List<String> written; // as in the file, trimmed
    private int width; // columns up to the last named one
    private boolean[] known; // per column: one the reader knows, looked up once per file, not per cell

    private CsvTable(String file, CsvColumns columns) {
        this.file = file;
        this.columns = columns;
    }

    /**
     * Streams the data rows of a file to {@code sink}.
     *
     * @return the line of the header, for messages about the file as a whole
     */
    static int read(Path file, CsvColumns columns, List<String> warnings, Consumer<CsvRow> sink) {
        CsvTable table = new CsvTable(file.toString(), columns);
        try (BufferedReader reader = CsvText.open(file, warnings)) {
            table.delimiter = detectDelimiter(reader);
            table.parse(reader, sink);
            return table.headerLine;
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** {@code ;} when the header line has more semicolons than commas (outside quotes), else {@code ,}. */
    static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(MARK_LIMIT);
        try {
            boolean quoted = false;
            int semicolons = 0;
            int commas = 0;
            boolean content = false;
            int read = 0;
            for (int c = reader.read(); c >= 0 && read < MARK_LIMIT - 1; c = reader.read(), read++) {
                if (c == '"') {
                    quoted = !quoted;
                    content = true;
                } else if (quoted) {
                    continue;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == ',') {
                    commas++;
                } else if (c == '\n' || c == '\r') {
                    if (content) {
                        break;
                    }
                    semicolons = 0;
                    commas = 0;
                } else if (!Character.isWhitespace(c)) {
                    content = true;
                }
            }
            return semicolons > commas ? ';' : ',';
        } finally {
            reader.reset();
        }
    }

    private void parse(BufferedReader reader, Consumer<CsvRow> sink) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = 0;
            while (true) {
                int line = Math.toIntExact(previousEnd + 1);
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    previousEnd = parser.getCurrentLineNumber();
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw unreadable(e, line);
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(undefused(cell.strip())));
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue; // blank line or a line of delimiters only
                }
                if (names == null) {
                    header(cells, line);
                } else {
                    sink.accept(row(cells, line));
                }
            }
        }
        if (names == null) {
            throw new InputException(file + " line 1", "the file is empty; expected a header with the columns "
                    + columns.describe());
        }
    }

    /**
     * Text the tool's own CSVs defused against formula injection ({@code '=x}, {@code '+x},
     * {@code '-x}, {@code '@x}) reads back as it was (SPEC section 3).
     */
    static String undefused(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }

    /** Commons CSV reports bad quoting as an I/O error; tell it apart from a disk that fails. */
    private InputException unreadable(RuntimeException e, int line) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message != null && message.contains("encapsulated token")) {
            return new InputException(file + " line " + line, "the quotes do not match: a cell that starts"
                    + " with \" must end with \" right before the delimiter or line end (write \"\" for a quote inside it)");
        }
        return new InputException(file + " line " + line, "cannot read: " + message);
    }

    private void header(List<String> cells, int line) {
        headerLine = line;
        String where = file + " line " + line;
        written = cells;
        names = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        width = 0;
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty()) {
                width = i + 1;
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        known = new boolean[width];
        for (int i = 0; i < width; i++) {
            String name = names.get(i);
            known[i] = columns.isKnown(name);
            if (name.isEmpty()) {
                throw new InputException(where, "column %d has no name; expected the columns %s"
                        .formatted(i + 1, columns.describe()));
            }
            if (name.length() > MAX_CELL) {
                throw new InputException(where, String.format(Locale.ROOT,
                        "column %d: the header is %,d characters long, longer than Excel's %,d characters in a cell",
                        i + 1, name.length(), MAX_CELL));
            }
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                throw new InputException(where, "column %s is named twice (columns %d and %d); name each column once"
                        .formatted(written.get(i), before + 1, i + 1));
            }
            if (!columns.isKnown(name)) {
                unknown.add(written.get(i));
            }
        }
        if (!unknown.isEmpty() && !columns.carryUnknown()) {
            throw new InputException(where, "unknown column%s %s; expected the columns %s"
                    .formatted(unknown.size() > 1 ? "s" : "", String.join(", ", unknown), columns.describe()));
        }
        List<String> missing = columns.required().stream().filter(c -> !seen.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InputException(where, "missing required column%s %s; expected the columns %s"
                    .formatted(missing.size() > 1 ? "s" : "", String.join(", ", missing), columns.describe()));
        }
    }

    private CsvRow row(List<String> cells, int line) {
        for (int i = width; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                throw new InputException(file + " line " + line,
                        "field %d ('%s') is beyond the header, which names %d columns (%s); remove it or name its column"
                                .formatted(i + 1, cells.get(i), width, String.join(", ", written.subList(0, width))));
            }
        }
        Map<String, String> values = new HashMap<>();
        Map<String, String> extra = columns.carryUnknown() ? new LinkedHashMap<>() : Map.of();
        for (int i = 0; i < width; i++) {
            String value = i < cells.size() ? cells.get(i) : "";
            if (value.length() > MAX_CELL) {
                String column = known[i] ? names.get(i) : written.get(i);
                throw new InputException(file + " line " + line, String.format(Locale.ROOT,
                        "column %s: the cell is %,d characters long, longer than Excel's %,d characters in a cell; shorten it",
                        column, value.length(), MAX_CELL));
            }
            if (known[i]) {
                values.put(names.get(i), value);
            } else {
                extra.put(written.get(i), value);
            }
        }
        return new CsvRow(file, line, delimiter, values, extra);
    }
}
