package org.funnelplan.xlsx.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.funnelplan.model.InputException;

/**
 * An .xlsx opened read-only as a zip of parts, without loading any sheet: each part is handed out
 * as an {@link XmlCursor} with a ceiling on its size. The package's own parts ({@code
 * [Content_Types].xml}, the {@code .rels}) are read with the same cursor, not with POI's
 * OPCPackage, whose DOM parser logs to the console and holds a part whole. POI's zip-bomb guard
 * (ZipSecureFile: inflate ratio, entry size) stays on. Files that are not .xlsx are told apart,
 * each with one line that says what to do. Parts no reader needs (docProps, drawings) are never read.
 *
 * <p>A refusal the user can act on (no such file, an .xls, an .ods, …) is a {@link Refusal} put into
 * words by the caller's {@link Refusals}, in the language it speaks; a damaged or hostile package is
 * an {@link InputException} in English, the same in every language.
 */
public final class XlsxPackage implements AutoCloseable {
    /** A plan with a thousand reps has a part per rep sheet, chart and drawing; 25,000 fits 5,000 reps. */
    static final long MAX_PARTS = 25_000;
    /** Content types, relationships, styles: a few hundred kB in the largest plan. */
    static final long MAX_SMALL_PART = 64L << 20;
    /** workbook.xml (50 names per rep) and a sheet up to the rows that are read. */
    static final long MAX_PART = 256L << 20;
    /** The shared strings of a master whose lead sheet was saved by Excel hold all the leads' text. */
    static final long MAX_SHARED_STRINGS = 1L << 30;

    private static final String WORKBOOK_TYPES = "spreadsheetml.sheet.main+xml spreadsheetml.template.main+xml"
            + " ms-excel.sheet.macroEnabled.main+xml ms-excel.template.macroEnabled.main+xml";

    private final String file;
    private final Refusals refusals;
    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entries;
    private final String workbookPart;
    private final Relationships workbookRels;

    static {
        if (ZipSecureFile.getMaxFileCount() < MAX_PARTS) {
            ZipSecureFile.setMaxFileCount(MAX_PARTS);
        }
    }

    private XlsxPackage(String file, Refusals refusals, ZipSecureFile zip, Map<String, ZipArchiveEntry> entries) {
        this.file = file;
        this.refusals = refusals;
        this.zip = zip;
        this.entries = entries;
        if (!entries.containsKey("[content_types].xml")) {
            throw notOffice();
        }
        ContentTypes types;
        try (XmlCursor xml = cursor("[Content_Types].xml", "[Content_Types].xml", MAX_SMALL_PART)) {
            types = ContentTypes.read(xml);
        }
        Relationships root = relationships("/");
        Relationships.Target office = root.ofType("/officeDocument");
        if (office == null || office.external()) {
            throw new InputException(file, "corrupt .xlsx: _rels/.rels names no workbook part (the package's main document);"
                    + " save it again from Excel or LibreOffice");
        }
        workbookPart = office.part();
        String type = types.of(workbookPart);
        if (type == null || !isWorkbookType(type)) {
            throw notAWorkbook(type);
        }
        if (!entries.containsKey(workbookPart.substring(1).toLowerCase(Locale.ROOT))) {
            throw new InputException(file, "corrupt .xlsx: the workbook part %s is missing; save it again from Excel or LibreOffice"
                    .formatted(workbookPart.substring(1)));
        }
        workbookRels = relationships(workbookPart);
    }

    private static boolean isWorkbookType(String type) {
        for (String known : WORKBOOK_TYPES.split(" ")) {
            if (type.endsWith(known)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens the package and finds its workbook part; nothing else is read yet.
     *
     * @param refusals puts a refusal the user can act on into the caller's words
     * @throws InputException when the file is not an .xlsx that can be read
     */
    public static XlsxPackage open(Path path, Refusals refusals) {
        String file = path.toString();
        checkRegularFile(path, refusals);
        FileMagic magic = magic(path);
        switch (magic) {
            case OOXML -> {
            }
            case OLE2 -> throw ole2(path, refusals);
            default -> throw refusals.refuse(file, Refusal.NOT_ZIP, magic == FileMagic.UNKNOWN ? null : magic.name());
        }
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(path.toFile());
        } catch (IOException | RuntimeException e) {
            if (XmlCursor.isZipBomb(e)) {
                throw new InputException(file, XmlCursor.zipBomb(e));
            }
            throw new InputException(file, "corrupt .xlsx: the zip package cannot be read (%s); save it again from Excel or LibreOffice"
                    .formatted(XmlCursor.oneLine(e)));
        }
        try {
            return new XlsxPackage(file, refusals, zip, entries(file, zip));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** Only a file: a folder, a device ({@code /dev/zero}) or a named pipe (which would hang) is refused up front. */
    private static void checkRegularFile(Path path, Refusals refusals) {
        String file = path.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw refusals.refuse(file, Refusal.MISSING, null);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + XmlCursor.oneLine(e));
        }
        if (attributes.isDirectory()) {
            throw refusals.refuse(file, Refusal.FOLDER, null);
        }
        if (!attributes.isRegularFile()) {
            throw new InputException(file, "is not a regular file (a device or a named pipe); give the saved .xlsx file itself");
        }
        if (attributes.size() == 0) {
            throw refusals.refuse(file, Refusal.EMPTY, null);
        }
    }

    private static Map<String, ZipArchiveEntry> entries(String file, ZipSecureFile zip) {
        Map<String, ZipArchiveEntry> entries = new HashMap<>();
        Enumeration<ZipArchiveEntry> all = zip.getEntries();
        while (all.hasMoreElements()) {
            ZipArchiveEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.size() >= MAX_PARTS) {
                throw new InputException(file, "refused: the zip package holds more than %,d parts, far more than a workbook has"
                        .formatted(MAX_PARTS));
            }
            // Part names are equal ignoring case (ECMA-376 part 2): two such entries make the package ambiguous.
            if (entries.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry) != null) {
                throw new InputException(file, "corrupt .xlsx: the zip package holds the part %s twice; save it again from Excel or LibreOffice"
                        .formatted(entry.getName()));
            }
        }
        return entries;
    }

    /** A zip without content types: an OpenDocument file says what it is in its {@code mimetype} entry. */
    private InputException notOffice() {
        ZipArchiveEntry mimetype = entries.get("mimetype");
        if (mimetype != null) {
            String type;
            try (InputStream in = zip.getInputStream(mimetype)) {
                type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                type = "";
            }
            if (type.contains("opendocument.spreadsheet")) {
                return refusals.refuse(file, Refusal.ODS, null);
            }
            if (type.contains("opendocument")) {
                return new InputException(file, "an OpenDocument file (%s), not a spreadsheet; expected the .xlsx workbook funnelplan wrote"
                        .formatted(type.strip()));
            }
        }
        return new InputException(file, "not an .xlsx workbook: a zip archive without the parts of an Office file; expected the .xlsx workbook"
                + " funnelplan wrote");
    }

    private InputException notAWorkbook(String type) {
        if (type != null && type.contains("binary")) {
            return refusals.refuse(file, Refusal.XLSB, null);
        }
        String kind = type == null ? "a package without a spreadsheet"
                : type.contains("wordprocessingml") ? "a Word document"
                : type.contains("presentationml") ? "a PowerPoint presentation"
                : "a package whose main part is " + type;
        return new InputException(file, "not an Excel workbook (%s); expected the .xlsx workbook funnelplan wrote".formatted(kind));
    }

    private static FileMagic magic(Path path) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(path)))) {
            return FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            throw new InputException(path.toString(), "cannot read: " + XmlCursor.oneLine(e));
        }
    }

    /** An OLE2 file is either an .xls or an .xlsx encrypted with a password. */
    private static InputException ole2(Path path, Refusals refusals) {
        String file = path.toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return refusals.refuse(file, Refusal.ENCRYPTED, null);
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return refusals.refuse(file, Refusal.XLS, null);
            }
        } catch (IOException | RuntimeException e) {
            return new InputException(file, "corrupt file: an OLE2 container that cannot be read (%s)".formatted(XmlCursor.oneLine(e)));
        }
        return new InputException(file, "not an .xlsx workbook (an OLE2 file of another kind)");
    }

    /** The file as given, as every message names it. */
    public String file() {
        return file;
    }

    /** The workbook part ({@code xl/workbook.xml} as a rule): its sheets and defined names. */
    public XmlCursor workbook() {
        return cursor(workbookPart.substring(1), workbookPart.substring(1), MAX_PART);
    }

    /** The part a relationship of workbook.xml points to, for example a sheet's {@code rId3}. */
    public XmlCursor related(String relationshipId, String what) {
        Relationships.Target target = relationshipId == null ? null : workbookRels.byId(relationshipId);
        if (target == null || target.external()) {
            throw new InputException(file, "corrupt .xlsx: %s (relationship %s of %s) is missing; save it again from Excel or LibreOffice"
                    .formatted(what, relationshipId, workbookPart.substring(1)));
        }
        String name = target.part().substring(1);
        return cursor(name, "%s (%s)".formatted(name, what), MAX_PART);
    }

    /** The shared strings, or {@code null} when the workbook has none (inline strings only). */
    public XmlCursor sharedStrings() {
        return byType("/sharedStrings", "the shared strings", MAX_SHARED_STRINGS);
    }

    /** The styles, or {@code null} when the workbook has none (every cell in the default format). */
    public XmlCursor styles() {
        return byType("/styles", "the styles", MAX_SMALL_PART);
    }

    private XmlCursor byType(String type, String what, long maxBytes) {
        Relationships.Target target = workbookRels.ofType(type);
        if (target == null || target.external()) {
            return null;
        }
        String name = target.part().substring(1);
        return cursor(name, "%s (%s)".formatted(name, what), maxBytes);
    }

    /** The relationships of a part ("/" for the package's own), read from its {@code .rels}. */
    private Relationships relationships(String source) {
        int slash = source.lastIndexOf('/');
        String rels = source.substring(1, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
        if (!entries.containsKey(rels.toLowerCase(Locale.ROOT))) {
            throw new InputException(file, "corrupt .xlsx: the relationships part %s is missing; save it again from Excel or LibreOffice"
                    .formatted(rels));
        }
        try (XmlCursor xml = cursor(rels, rels, MAX_SMALL_PART)) {
            return Relationships.read(xml, source);
        }
    }

    private XmlCursor cursor(String name, String description, long maxBytes) {
        ZipArchiveEntry entry = entries.get(name.toLowerCase(Locale.ROOT));
        if (entry == null) {
            throw new InputException(file, "corrupt .xlsx: the part %s is missing; save it again from Excel or LibreOffice".formatted(description));
        }
        InputStream in;
        try {
            in = zip.getInputStream(entry);
        } catch (IOException | RuntimeException e) {
            throw XmlCursor.failure(file, description, e);
        }
        return XmlCursor.open(in, file, description, maxBytes);
    }

    /** Closes without saving anything: the package was opened read-only. */
    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipSecureFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing was written that closing could lose
        }
    }
}
