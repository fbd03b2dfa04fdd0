package org.funnelplan.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

/**
 * Test helper: a workbook written through {@link StreamingWorkbook}, unzipped into its parts as
 * text. Only the XML of each part counts here: entry order, compression and zip timestamps are
 * the writer's own business.
 */
final class WrittenParts {
    /** The creation date POI stamps on a new package, fixed so the core properties compare. */
    static final String CREATED = "2027-01-01T00:00:00Z";

    private WrittenParts() {
    }

    /** Builds a workbook with {@code build}, writes it, and returns every part's text by entry name. */
    static Map<String, String> of(DefinedNames names, Consumer<StreamingWorkbook> build) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamingWorkbook workbook = new StreamingWorkbook(new NamedWorkbook(names), 10)) {
            try {
                workbook.template().getProperties().getCoreProperties().setCreated(CREATED);
            } catch (InvalidFormatException e) {
                throw new IllegalStateException(e);
            }
            build.accept(workbook);
            workbook.write(out);
        }
        return unzipped(out.toByteArray());
    }

    static Map<String, String> unzipped(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8)) != null) {
                    throw new IllegalStateException("the part " + entry.getName() + " is written twice");
                }
            }
        }
        return parts;
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
