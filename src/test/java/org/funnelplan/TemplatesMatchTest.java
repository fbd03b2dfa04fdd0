package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The templates users see in the repository ({@code templates/}) and the ones {@code templates DIR}
 * copies from the jar ({@code src/main/resources/org/funnelplan/templates/}) must be the same files,
 * byte for byte, or users get different templates depending on where they look.
 */
class TemplatesMatchTest {

    /** Surefire sets basedir; from an IDE the working directory is normally the project. */
    static final Path BASE = Path.of(System.getProperty("basedir", "."));
    static final Path REPO_COPY = BASE.resolve("templates");
    static final Path RESOURCE_COPY = BASE.resolve(Path.of("src", "main", "resources", "org", "funnelplan", "templates"));
    static final String CLASSPATH_DIR = "/org/funnelplan/templates/";
    static final List<String> EXPECTED = List.of(
            "README.md", "campaigns.csv", "history.csv", "leads.csv", "seasonality.csv", "targets.csv");

    @Test
    void bothCopiesHoldTheSameFiles() throws IOException {
        assertEquals(new TreeSet<>(EXPECTED), names(REPO_COPY), "files in " + REPO_COPY);
        assertEquals(names(REPO_COPY), names(RESOURCE_COPY),
                REPO_COPY + " and " + RESOURCE_COPY + " must hold the same files");
    }

    @Test
    void bothCopiesAreIdentical() throws IOException {
        for (String name : names(REPO_COPY)) {
            assertArrayEquals(Files.readAllBytes(REPO_COPY.resolve(name)), Files.readAllBytes(RESOURCE_COPY.resolve(name)),
                    "templates/" + name + " differs from " + RESOURCE_COPY.resolve(name) + "; copy one over the other");
        }
    }

    @Test
    void classpathServesTheSameBytes() throws IOException {
        for (String name : names(REPO_COPY)) {
            try (InputStream in = TemplatesMatchTest.class.getResourceAsStream(CLASSPATH_DIR + name)) {
                assertNotNull(in, CLASSPATH_DIR + name + " is not on the classpath");
                assertArrayEquals(Files.readAllBytes(REPO_COPY.resolve(name)), in.readAllBytes(),
                        "classpath " + CLASSPATH_DIR + name + " differs from templates/" + name + "; rebuild");
            }
        }
    }

    @Test
    void everyCsvTemplateHasAHeaderAndAnExample() throws IOException {
        for (String name : names(REPO_COPY)) {
            if (name.endsWith(".csv")) {
                List<String> lines = Files.readAllLines(REPO_COPY.resolve(name));
                assertTrue(lines.size() >= 2, name + " needs a header and at least one example row");
                assertFalse(lines.get(0).startsWith("\uFEFF"), name + " should not start with a BOM");
            }
        }
    }

    private static SortedSet<String> names(Path dir) throws IOException {
        assertTrue(Files.isDirectory(dir), dir.toAbsolutePath() + " is missing");
        try (Stream<Path> files = Files.list(dir)) {
            SortedSet<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }
}
