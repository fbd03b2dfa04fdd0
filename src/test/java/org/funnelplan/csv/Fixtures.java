package org.funnelplan.csv;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fixture files and assertions that read like the contract: "names file, line and column". */
final class Fixtures {
    private Fixtures() {
    }

    static Path fixture(String name) {
        URL url = Fixtures.class.getResource(name);
        assertNotNull(url, "missing fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a file the way the command line does, by file kind. */
    static Object read(String kind, Path file, List<String> warnings) {
        return switch (kind) {
            case "targets" -> TargetsReader.read(file, warnings);
            case "history" -> HistoryReader.read(file, warnings);
            case "seasonality" -> SeasonalityReader.read(file, warnings);
            case "leads" -> LeadsReader.read(file, warnings);
            case "campaigns" -> CampaignsReader.read(file, warnings);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Asserts that reading fails with a message naming the file, {@code line N} and every fragment. */
    static InputException assertRejected(Executable read, Path file, int line, String... fragments) {
        InputException e = assertThrows(InputException.class, read);
        String message = e.getMessage();
        assertTrue(message.contains(file.getFileName() + " line " + line + ": "),
                () -> "expected '%s line %d: ' in: %s".formatted(file.getFileName(), line, message));
        for (String fragment : fragments) {
            assertTrue(message.contains(fragment), () -> "expected '%s' in: %s".formatted(fragment, message));
        }
        return e;
    }
}
