package org.funnelplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample and template CSVs that ship inside the jar (copied there from samples/ and templates/). */
final class BundledFiles {
    private static final String ROOT = "/org/funnelplan/";

    private BundledFiles() {
    }

    static InputStream open(String folder, String file) {
        InputStream in = BundledFiles.class.getResourceAsStream(ROOT + folder + "/" + file);
        if (in == null) {
            throw new IllegalStateException("the jar lacks " + folder + "/" + file);
        }
        return in;
    }

    /** Copies bundled files into a fresh temporary folder that is removed when the JVM exits. */
    static Path extract(String folder, String... files) {
        try {
            Path dir = Files.createTempDirectory("funnelplan-" + folder.replace('/', '-'));
            dir.toFile().deleteOnExit();
            for (String file : files) {
                Path target = dir.resolve(file);
                try (InputStream in = open(folder, file)) {
                    Files.copy(in, target);
                }
                target.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
