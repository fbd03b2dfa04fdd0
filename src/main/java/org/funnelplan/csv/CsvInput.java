package org.funnelplan.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.InputException;

/**
 * A CSV file opened by the project's encoding rules, for readers outside this package whose
 * files are not one of the strict input kinds (CRM exports, a stage map): UTF-8 with or without
 * BOM, Windows-1252 bytes with a warning, UTF-16 refused with a hint ({@link CsvText}), and the
 * delimiter detected from the header ({@link CsvTable#detectDelimiter}).
 *
 * @param reader    positioned at the first character after any byte order mark
 * @param delimiter {@code ,} or {@code ;}
 */
public record CsvInput(BufferedReader reader, char delimiter) implements Closeable {

    public static CsvInput open(Path file, List<String> warnings) {
        BufferedReader reader = CsvText.open(file, warnings);
        try {
            return new CsvInput(reader, CsvTable.detectDelimiter(reader));
        } catch (IOException e) {
            try {
                reader.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** A cell as the tool's own CSVs defused it ({@code '=x}) reads back as it was (SPEC section 3). */
    public static String undefused(String cell) {
        return CsvTable.undefused(cell);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
