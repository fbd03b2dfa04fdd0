package org.funnelplan.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.funnelplan.xlsx.read.Relationships;

/**
 * Writes POI's package, its parts already committed, into a zip as ZipPackage.saveImpl does:
 * [Content_Types].xml, the package's relationships, then each part followed by its own. The
 * small XML files around the parts are written as text here; POI builds each through a DOM
 * document and an XSLT identity transform, a tenth of a second of set-up in a small plan and
 * two transforms per rep sheet in a large one.
 *
 * <p>Each entry is deflated on {@link ParallelDeflate}'s threads while the
 * next ones are made, and goes into the zip as a raw entry, in order; a few are out at a time.
 */
final class PackageWriter {
    /** Writes one part's content; the rows of a sheet are put in here. */
    interface PartContent {
        void write(PackagePart part, OutputStream out) throws IOException;

        /** The part's content deflated already (a big sheet's), or {@code null}: then {@link #write} gives its XML. */
        default RawPart deflated(PackagePart part) throws IOException {
            return null;
        }
    }

    /** A part's whole raw deflate stream, {@code compressedSize} bytes of {@code raw}, and its XML's CRC-32 and size. */
    record RawPart(int crc, long size, long compressedSize, InputStream raw) {
    }

    /** Entries deflating at once, at most. */
    private static final int IN_FLIGHT = 4 * ParallelDeflate.THREADS;

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml";
    private static final String PLAIN_XML = "application/xml";

    private final OPCPackage pkg;
    private final ZipArchiveOutputStream zip;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();

    private record Pending(String name, Future<ParallelDeflate.Deflated> deflated) {
    }

    /** The written bytes, handed to a deflating thread as they are. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1024);
        }

        byte[] array() {
            return buf;
        }
    }

    private PackageWriter(OPCPackage pkg, ZipArchiveOutputStream zip) {
        this.pkg = pkg;
        this.zip = zip;
    }

    static void write(OPCPackage pkg, ZipArchiveOutputStream zip, PartContent content) throws IOException {
        new PackageWriter(pkg, zip).write(content);
    }

    private void write(PartContent content) throws IOException {
        try {
            write(content, pkg.getParts());
        } catch (InvalidFormatException e) {
            throw new IOException("cannot write the workbook's parts", e);
        }
    }

    private void write(PartContent content, List<PackagePart> all) throws IOException, InvalidFormatException {
        List<PackagePart> parts = new ArrayList<>();
        for (PackagePart part : all) {
            if (!part.isRelationshipPart() && !isEmptySharedStrings(part)) {
                parts.add(part);
            }
        }
        // A new package's core properties are not among its parts until saved; POI adds them then.
        PackagePropertiesPart core = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_PROPERTIES).isEmpty()
                ? (PackagePropertiesPart) pkg.getPackageProperties() : null;

        entry("[Content_Types].xml", out -> contentTypes(out, parts, core));
        entry("_rels/.rels", out -> relationships(out, pkg.getRelationships(), PackagingURIHelper.PACKAGE_ROOT_URI,
                core == null ? null : core.getPartName().getURI()));
        for (PackagePart part : parts) {
            if (part instanceof PackagePropertiesPart properties) {
                entry(entryName(part), out -> coreProperties(out, properties));
            } else {
                RawPart raw = content.deflated(part);
                if (raw == null) {
                    entry(entryName(part), out -> content.write(part, out));
                } else {
                    rawEntry(entryName(part), raw);
                }
            }
            if (part.hasRelationships()) {
                String rels = PackagingURIHelper.getRelationshipPartName(part.getPartName()).getName().substring(1);
                PackageRelationshipCollection relationships = part.getRelationships();
                entry(rels, out -> relationships(out, relationships, part.getPartName().getURI(), null));
            }
        }
        if (core != null) {
            entry(entryName(core), out -> coreProperties(out, core));
        }
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    /** POI skips a shared-strings part with nothing in it; the plan writes its strings inline. */
    private static boolean isEmptySharedStrings(PackagePart part) {
        return part.getSize() == 0 && part.getPartName().getName().equals(XSSFRelation.SHARED_STRINGS.getDefaultFileName());
    }

    private static String entryName(PackagePart part) {
        return part.getPartName().getName().substring(1);
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private void entry(String name, Content content) throws IOException {
        Buffer xml = new Buffer();
        content.write(xml);
        pending.add(new Pending(name, ParallelDeflate.submit(xml.array(), xml.size(), null, 0, true)));
        while (pending.size() > IN_FLIGHT) {
            writeOldest();
        }
    }

    private void rawEntry(String name, RawPart part) throws IOException {
        while (!pending.isEmpty()) {
            writeOldest();
        }
        zip.addRawArchiveEntry(zipEntry(name, part.crc(), part.size(), part.compressedSize()), part.raw());
    }

    private void writeOldest() throws IOException {
        Pending oldest = pending.poll();
        ParallelDeflate.Deflated deflated = ParallelDeflate.join(oldest.deflated());
        zip.addRawArchiveEntry(zipEntry(oldest.name(), deflated.crc(), deflated.xmlLength(), deflated.length()),
                new ByteArrayInputStream(deflated.bytes(), 0, deflated.length()));
    }

    private static ZipArchiveEntry zipEntry(String name, int crc, long size, long compressedSize) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setCrc(crc & 0xFFFFFFFFL);
        entry.setSize(size);
        entry.setCompressedSize(compressedSize);
        return entry;
    }

    private static void contentTypes(OutputStream out, List<PackagePart> parts, PackagePropertiesPart core) throws IOException {
        Writer xml = writer(out);
        xml.write(XML_DECLARATION);
        xml.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        xml.write("<Default Extension=\"rels\" ContentType=\"" + RELATIONSHIPS + "\"/>");
        xml.write("<Default Extension=\"xml\" ContentType=\"" + PLAIN_XML + "\"/>");
        for (PackagePart part : parts) {
            override(xml, part);
        }
        if (core != null) {
            override(xml, core);
        }
        xml.write("</Types>");
        xml.flush();
    }

    private static void override(Writer xml, PackagePart part) throws IOException {
        String name = part.getPartName().getName();
        if (name.endsWith(".xml") && PLAIN_XML.equals(part.getContentType())) {
            return;
        }
        xml.write("<Override PartName=\"" + XmlText.escaped(name)
                + "\" ContentType=\"" + XmlText.escaped(part.getContentType()) + "\"/>");
    }

    private static void relationships(OutputStream out, PackageRelationshipCollection relationships, URI source, URI core)
            throws IOException {
        Writer xml = writer(out);
        xml.write(XML_DECLARATION);
        xml.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (PackageRelationship relationship : relationships) {
            boolean external = relationship.getTargetMode() == TargetMode.EXTERNAL;
            URI target = relationship.getTargetURI();
            String targetText = external || PackageRelationshipTypes.HYPERLINK_PART.equals(relationship.getRelationshipType())
                    ? target.toString() : PackagingURIHelper.relativizeURI(source, target, true).toString();
            relationship(xml, relationship.getId(), relationship.getRelationshipType(), targetText, external);
        }
        if (core != null) {
            relationship(xml, unusedId(relationships), PackageRelationshipTypes.CORE_PROPERTIES,
                    PackagingURIHelper.relativizeURI(source, core, true).toString(), false);
        }
        xml.write("</Relationships>");
        xml.flush();
    }

    private static void relationship(Writer xml, String id, String type, String target, boolean external) throws IOException {
        xml.write("<Relationship Id=\"" + XmlText.escaped(id) + "\" Type=\"" + XmlText.escaped(type)
                + "\" Target=\"" + XmlText.escaped(target) + "\"");
        xml.write(external ? " TargetMode=\"External\"/>" : "/>");
    }

    private static String unusedId(PackageRelationshipCollection relationships) {
        int n = relationships.size() + 1;
        while (relationships.getRelationshipByID("rId" + n) != null) {
            n++;
        }
        return "rId" + n;
    }

    /** docProps/core.xml: the title, subject, creator and dates Excel shows under File > Info. */
    private static void coreProperties(OutputStream out, PackagePropertiesPart core) throws IOException {
        Writer xml = writer(out);
        xml.write(XML_DECLARATION);
        xml.write("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        property(xml, "cp:category", core.getCategoryProperty());
        property(xml, "cp:contentStatus", core.getContentStatusProperty());
        property(xml, "cp:contentType", core.getContentTypeProperty());
        date(xml, "dcterms:created", core.getCreatedProperty().isPresent(), core.getCreatedPropertyString());
        property(xml, "dc:creator", core.getCreatorProperty());
        property(xml, "dc:description", core.getDescriptionProperty());
        property(xml, "dc:identifier", core.getIdentifierProperty());
        property(xml, "cp:keywords", core.getKeywordsProperty());
        property(xml, "dc:language", core.getLanguageProperty());
        property(xml, "cp:lastModifiedBy", core.getLastModifiedByProperty());
        property(xml, "cp:lastPrinted", core.getLastPrintedProperty().map(d -> core.getLastPrintedPropertyString()));
        date(xml, "dcterms:modified", core.getModifiedProperty().isPresent(), core.getModifiedPropertyString());
        property(xml, "cp:revision", core.getRevisionProperty());
        property(xml, "dc:subject", core.getSubjectProperty());
        property(xml, "dc:title", core.getTitleProperty());
        property(xml, "cp:version", core.getVersionProperty());
        xml.write("</cp:coreProperties>");
        xml.flush();
    }

    private static void property(Writer xml, String element, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            xml.write("<" + element + ">" + XmlText.escaped(value.get()) + "</" + element + ">");
        }
    }

    private static void date(Writer xml, String element, boolean present, String value) throws IOException {
        if (present) {
            xml.write("<" + element + " xsi:type=\"dcterms:W3CDTF\">" + XmlText.escaped(value) + "</" + element + ">");
        }
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
