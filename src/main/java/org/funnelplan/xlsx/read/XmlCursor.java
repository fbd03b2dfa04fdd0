package org.funnelplan.xlsx.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.funnelplan.model.InputException;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;

/**
 * The one XML reader of the re-import: a cursor over the start tags of one part of a package,
 * streamed, that trusts nothing it reads. A DOCTYPE is refused, so there are no entities beyond
 * XML's five; a text, comment or CDATA section, an attribute value, the attributes of a tag, the
 * nesting depth, any name and the whole part have a ceiling, checked while reading, before
 * anything is kept. What the caller does not ask for is skipped without being kept. Every problem
 * is one {@link InputException} naming the file, the part and the line.
 *
 * <p>Woodstox, not the JDK's parser: the JDK's holds a whole comment or attribute value in memory
 * (a 256 MB comment ran out of memory), Woodstox caps both. Woodstox does not cap names, so the
 * bytes are checked for runs without any delimiter (a name is such a run) before it sees them.
 */
public final class XmlCursor implements AutoCloseable {
    /**
     * Longest text node, comment or CDATA section read or skipped (Woodstox checks as its buffer
     * grows, so a skipped one is stopped by twice this at the latest); an Excel cell holds 32,767.
     */
    static final int MAX_TEXT = 1 << 20;
    static final int MAX_ATTRIBUTE = 1 << 16;
    static final int MAX_ATTRIBUTES = 100;
    static final int MAX_DEPTH = 64;
    /** Longest run of bytes without a space, tag or quote: bounds names, which Woodstox does not. */
    static final int MAX_TOKEN = 1 << 20;

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final String file;
    private final String part;
    private int depth;

    private XmlCursor(XMLStreamReader xml, String file, String part) {
        this.xml = xml;
        this.file = file;
        this.part = part;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
        return factory;
    }

    /**
     * @param file     the workbook, for messages
     * @param part     the part as a user can find it, for example {@code xl/worksheets/sheet3.xml (sheet Anna)}
     * @param maxBytes the most the part may hold uncompressed
     */
    public static XmlCursor open(InputStream in, String file, String part, long maxBytes) {
        try {
            return new XmlCursor(FACTORY.createXMLStreamReader(new Guard(in, maxBytes)), file, part);
        } catch (XMLStreamException | RuntimeException e) {
            throw failure(file, part, e);
        }
    }

    /**
     * Moves to the next start tag inside the element at depth {@code within} (0: the whole part,
     * 1: inside the root element, ...). False once that element, or the part, has ended.
     */
    boolean next(int within) {
        try {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        return true;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth < within) {
                            return false;
                        }
                    }
                    case XMLStreamConstants.DTD -> throw doctype();
                    default -> {
                    }
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            throw failure(file, part, e);
        }
    }

    /** The local name of the current start tag. */
    String name() {
        return xml.getLocalName();
    }

    /** 1 for the root element, 2 for its children, ... */
    int depth() {
        return depth;
    }

    /** An attribute without namespace, or {@code null}. */
    String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    String attribute(String namespace, String name) {
        return xml.getAttributeValue(namespace, name);
    }

    /**
     * The text directly inside the current element (child elements are skipped), read up to its
     * end tag; more than {@code max} characters is refused.
     */
    String text(int max) {
        StringBuilder text = new StringBuilder();
        int start = depth;
        String element = name();
        try {
            while (true) {
                switch (xml.next()) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (depth == start) {
                            if (text.length() + xml.getTextLength() > max) {
                                throw refused("<%s> holds a text of more than %,d characters".formatted(element, max));
                            }
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth < start) {
                            return text.toString();
                        }
                    }
                    case XMLStreamConstants.END_DOCUMENT -> throw broken("the part ends inside <" + element + ">");
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw failure(file, part, e);
        }
    }

    /** A problem with what the part says, for example a cell reference that is no cell: names file, part and line. */
    InputException broken(String problem) {
        return new InputException(file, "corrupt .xlsx: %s%s: %s; save it again from Excel or LibreOffice"
                .formatted(part, line(xml.getLocation()), problem));
    }

    /** Something no genuine workbook holds, for example a text far longer than a cell can hold. */
    InputException refused(String problem) {
        String at = line(xml.getLocation());
        return new InputException(file, "refused: %s %s%s, far more than a workbook from Excel or LibreOffice has"
                .formatted(part, problem, at.isEmpty() ? "" : " (" + at.substring(2) + ")"));
    }

    private InputException doctype() {
        return new InputException(file, "refused: %s declares a DOCTYPE, which no workbook from Excel or LibreOffice has (a damaged or tampered file)"
                .formatted(part));
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader over a part already read holds nothing to report
        }
    }

    private static String line(Location location) {
        return location == null || location.getLineNumber() < 1 ? "" : ", line " + location.getLineNumber();
    }

    /** One line for whatever stopped the parser: a limit, a zip-bomb guard, an I/O error or malformed XML. */
    public static InputException failure(String file, String part, Throwable e) {
        if (e instanceof InputException input) {
            return input;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Guard.Exceeded exceeded) {
                return new InputException(file, "refused: %s %s, far more than a workbook from Excel or LibreOffice has"
                        .formatted(part, exceeded.getMessage()));
            }
            if (isZipBomb(t)) {
                return new InputException(file, zipBomb(t));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return new InputException(file, "corrupt .xlsx: the zip entry %s cannot be unpacked (%s); save it again from Excel or LibreOffice"
                        .formatted(part, oneLine(io)));
            }
        }
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof XMLStreamException && cause.getMessage() != null)) {
            cause = cause.getCause();
        }
        String message = oneLine(cause).replaceFirst("(?s)\\s*at \\[row,col[^]]*]: \\[\\d+,\\d+].*$", "")
                .replaceFirst("^\\[[\\w.]+] ", "").replaceFirst("^javax\\.xml\\.stream\\.XMLStreamException: ", "");
        message = message.replaceFirst("^Text size limit \\(\\d+\\) exceeded.*", "holds a text, comment or CDATA section of more than %,d characters".formatted(MAX_TEXT))
                .replaceFirst("^Maximum attribute size limit \\(\\d+\\) exceeded.*", "holds an attribute value of more than %,d characters".formatted(MAX_ATTRIBUTE))
                .replaceFirst("^Attribute limit \\(\\d+\\) exceeded.*", "holds a tag with more than %d attributes".formatted(MAX_ATTRIBUTES))
                .replaceFirst("^Maximum Element Depth limit \\(\\d+\\) Exceeded.*", "nests elements more than %d deep".formatted(MAX_DEPTH));
        String at = cause instanceof XMLStreamException x ? line(x.getLocation()) : "";
        if (message.startsWith("holds ") || message.startsWith("nests ")) {
            return new InputException(file, "refused: %s %s%s, far more than a workbook from Excel or LibreOffice has"
                    .formatted(part, message, at.isEmpty() ? "" : " (" + at.substring(2) + ")"));
        }
        if (message.toLowerCase(Locale.ROOT).contains("limit")) {
            return new InputException(file, "refused: %s%s: %s, far more than a workbook from Excel or LibreOffice has"
                    .formatted(part, at, message));
        }
        return new InputException(file, "corrupt .xlsx: %s is not well-formed XML%s (%s); save it again from Excel or LibreOffice"
                .formatted(part, cause instanceof XMLStreamException x ? line(x.getLocation()) : "", message));
    }

    /**
     * Counts the bytes of a part as the parser reads them: refuses a part larger than its ceiling,
     * and any run of more than {@link #MAX_TOKEN} bytes without a delimiter.
     */
    static final class Guard extends FilterInputStream {
        private static final boolean[] DELIMITER = new boolean[256];

        static {
            for (char c : " \t\r\n<>/=\"'&;?!".toCharArray()) {
                DELIMITER[c] = true;
            }
        }

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;

            Exceeded(String message) {
                super(message);
            }
        }

        private final long maxBytes;
        private long read;
        private int run;

        Guard(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            read += n;
            if (read > maxBytes) {
                throw new Exceeded("is larger than %s uncompressed".formatted(maxBytes >= 1 << 20
                        ? "%,d MB".formatted(maxBytes >> 20) : "%,d bytes".formatted(maxBytes)));
            }
            int current = run;
            for (int i = offset, end = offset + n; i < end; i++) {
                if (DELIMITER[buffer[i] & 0xFF]) {
                    current = 0;
                } else if (++current > MAX_TOKEN) {
                    throw new Exceeded("holds a name or word of more than %,d characters".formatted(MAX_TOKEN));
                }
            }
            run = current;
            return n;
        }

        /** Skipped bytes are read, so they are counted too. */
        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int got = n <= 0 ? 0 : read(buffer, 0, buffer.length);
            return Math.max(got, 0);
        }
    }

    public static String zipBomb(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return "refused: a part of the zip is compressed far more, or is far larger, than a workbook's would be"
                + " (a possible zip bomb: %s); if the file is genuine, save it again from Excel or LibreOffice"
                        .formatted(oneLine(cause).split("(?<=[.!]) ")[0]);
    }

    public static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").trim();
    }

    public static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
                    || message.contains("ZipSecureFile") || message.contains("max file count"))) {
                return true;
            }
        }
        return false;
    }
}
