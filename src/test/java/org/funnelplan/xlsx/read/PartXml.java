package org.funnelplan.xlsx.read;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Test helper: a hand-written part as the cursor the readers get, named {@code book.xlsx} and {@code part}. */
final class PartXml {
    private PartXml() {
    }

    static XmlCursor cursor(String part, String xml) {
        return XmlCursor.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "book.xlsx", part, 1 << 20);
    }
}
