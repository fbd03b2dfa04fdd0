package org.funnelplan.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.funnelplan.csv.CsvInput;
import org.funnelplan.model.InputException;

/**
 * Streams the records of an export or stage map, each with the physical line it starts on (a
 * quoted cell may span lines), skipping blank lines and lines of delimiters only. Cells are read
 * only when asked for, trimmed: an export has dozens of columns and funnelplan uses a handful.
 */
final class CsvStream {
    /** What a file's records go to: its header first, then each data record until it says stop. */
    interface Records {
        void header(Record header);

        /** @return {@code false} to stop reading (a report's footer has begun) */
        boolean row(Record row);
    }

    /** One record, valid until the next one is read. */
    static final class Record {
        private final String file;
        private CSVRecord record;
        private int line;

        private Record(String file) {
            this.file = file;
        }

        int line() {
            return line;
        }

        String file() {
            return file;
        }

        /** {@code <file> line <N>}, the start of every message about this record. */
        String where() {
            return file + " line " + line;
        }

        int size() {
            return record.size();
        }

        /** The trimmed cell, "" beyond the end of the record. */
        String cell(int index) {
            return index < record.size() ? CsvInput.undefused(record.get(index).strip()) : "";
        }

        boolean blank() {
            for (int i = 0; i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** Columns from {@code from} on that hold something, as 1-based numbers; empty when none. */
        int firstFilledFrom(int from) {
            for (int i = from; i < record.size(); i++) {
                if (!record.get(i).isBlank()) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    private CsvStream() {
    }

    /** Reads {@code file} by the project's encoding rules; an empty file is an error naming what it should hold. */
    static void read(Path file, List<String> warnings, String expected, Records records) {
        refuseWorkbook(file);
        Record current = new Record(file.toString());
        boolean header = false;
        try (CsvInput input = CsvInput.open(file, warnings)) {
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(input.delimiter())
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(true)
                    .get();
            try (CSVParser parser = CSVParser.parse(input.reader(), format)) {
                Iterator<CSVRecord> iterator = parser.iterator();
                long previousEnd = 0;
                while (true) {
                    int line = Math.toIntExact(previousEnd + 1);
                    try {
                        if (!iterator.hasNext()) {
                            break;
                        }
                        previousEnd = parser.getCurrentLineNumber();
                        current.record = iterator.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw unreadable(file, e, line);
                    }
                    current.line = line;
                    if (current.blank()) {
                        continue;
                    }
                    if (!header) {
                        header = true;
                        records.header(current);
                    } else if (!records.row(current)) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        if (!header) {
            throw new InputException(file + " line 1", "the file is empty; expected " + expected);
        }
    }

    /**
     * CRMs export Excel workbooks as readily as CSV; read as text one would only give a puzzling
     * header, so a zip (.xlsx) or OLE2 (.xls) file is refused with what to do instead.
     */
    private static void refuseWorkbook(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            return; // opening it as text reports what is wrong
        }
        boolean zip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole2 = head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0;
        if (zip || ole2) {
            throw new InputException(file.toString(), "cannot read: it is an Excel workbook (%s), not a CSV file; export it"
                    .formatted(zip ? ".xlsx" : ".xls") + " from the CRM as CSV, or save it in Excel as \"CSV UTF-8\"");
        }
    }

    /** Commons CSV reports bad quoting as an I/O error; tell it apart from a disk that fails. */
    private static InputException unreadable(Path file, RuntimeException e, int line) {
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message != null && message.contains("encapsulated token")) {
            return new InputException(file + " line " + line, "the quotes do not match: a cell that starts"
                    + " with \" must end with \" right before the delimiter or line end (write \"\" for a quote inside it)");
        }
        return new InputException(file + " line " + line, "cannot read: " + message);
    }
}
