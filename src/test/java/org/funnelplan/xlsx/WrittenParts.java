package org.funnelplan.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
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

    /** Read through the zip's central directory, as Excel reads it, whatever order and form the entries take. */
    static Map<String, String> unzipped(byte[] xlsx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setByteArray(xlsx).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)) != null) {
                        throw new IllegalStateException("the part " + entry.getName() + " is written twice");
                    }
                }
            }
        }
        return parts;
    }
}
