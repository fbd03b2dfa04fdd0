package org.funnelplan.actuals;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.funnelplan.model.InputException;

/**
 * An .xlsx opened read-only as an OPC package, without loading any sheet: parts are handed out as
 * streams. POI's zip-bomb guards (ZipSecureFile: inflate ratio, entry size, entry count) stay on.
 * Files that are not .xlsx are told apart, each with one line that says what to do.
 */
final class XlsxPackage implements AutoCloseable {
    static final String SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
    static final String STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

    private final String file;
    private final OPCPackage pkg;
    private final PackagePart workbook;

    private XlsxPackage(String file, OPCPackage pkg, PackagePart workbook) {
        this.file = file;
        this.pkg = pkg;
        this.workbook = workbook;
    }

    /**
     * POI refuses packages of more than 1,000 entries as a possible zip bomb, but a plan with a
     * thousand reps has a part per rep sheet and more. The inflate-ratio and size guards stay as
     * POI sets them; only the count is raised, to what a 5,000-rep plan with charts needs.
     */
    static final long MAX_PARTS = 25_000;

    static {
        if (ZipSecureFile.getMaxFileCount() < MAX_PARTS) {
            ZipSecureFile.setMaxFileCount(MAX_PARTS);
        }
    }

    static XlsxPackage open(Path path) {
        String file = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(file, Files.isDirectory(path) ? "is a folder, not a workbook" : "cannot read: no such file");
        }
        if (size(path) == 0) {
            throw new InputException(file, "the file is empty; expected an .xlsx workbook");
        }
        FileMagic magic = magic(path);
        switch (magic) {
            case OOXML -> {
            }
            case OLE2 -> throw ole2(path);
            default -> throw new InputException(file, "not an .xlsx workbook (the file is not a zip package but looks like %s); save it from Excel or LibreOffice as .xlsx"
                    .formatted(magic == FileMagic.UNKNOWN ? "text or another format" : magic.name()));
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            if (isZipBomb(e)) {
                throw new InputException(file, zipBomb(e));
            }
            throw new InputException(file, "corrupt .xlsx: the zip package cannot be read (%s); save it again from Excel or LibreOffice"
                    .formatted(oneLine(e)));
        }
        try {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            PackagePart workbook = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
            if (workbook == null || !workbook.getContentType().contains("spreadsheetml")) {
                throw new InputException(file, "not an Excel workbook (the package holds no spreadsheet); expected an .xlsx made by funnelplan");
            }
            return new XlsxPackage(file, pkg, workbook);
        } catch (RuntimeException e) {
            pkg.revert();
            if (e instanceof InputException input) {
                throw input;
            }
            throw new InputException(file, "corrupt .xlsx: %s".formatted(oneLine(e)));
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read: " + oneLine(e));
        }
    }

    private static FileMagic magic(Path path) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(path)))) {
            return FileMagic.valueOf(in);
        } catch (IOException | RuntimeException e) {
            throw new InputException(path.toString(), "cannot read: " + oneLine(e));
        }
    }

    /** An OLE2 file is either an .xls or an .xlsx encrypted with a password. */
    private static InputException ole2(Path path) {
        String file = path.toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return new InputException(file, "the workbook is password-protected (encrypted); remove the password to open it"
                        + " (Excel: File > Info > Protect Workbook > Encrypt with Password, empty) and save it again");
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return new InputException(file, "an Excel 97-2003 .xls workbook; funnelplan reads .xlsx: save it as \"Excel Workbook (*.xlsx)\"");
            }
        } catch (IOException | RuntimeException e) {
            return new InputException(file, "corrupt file: an OLE2 container that cannot be read (%s)".formatted(oneLine(e)));
        }
        return new InputException(file, "not an .xlsx workbook (an OLE2 file of another kind)");
    }

    String file() {
        return file;
    }

    InputStream workbookXml() throws IOException {
        return workbook.getInputStream();
    }

    /** The part a relationship of workbook.xml points to, for example a sheet's {@code rId3}. */
    InputStream related(String relationshipId, String what) throws IOException {
        PackageRelationship rel = workbook.getRelationship(relationshipId);
        if (rel == null) {
            throw new InputException(file, "corrupt .xlsx: %s (relationship %s) is missing".formatted(what, relationshipId));
        }
        return partStream(rel, what);
    }

    /** The shared strings part, or {@code null} when the workbook has none (inline strings only). */
    InputStream sharedStrings() throws IOException {
        try {
            PackageRelationshipCollection rels = workbook.getRelationshipsByType(SHARED_STRINGS);
            return rels.size() == 0 ? null : partStream(rels.getRelationship(0), "the shared strings");
        } catch (InvalidFormatException e) {
            throw new InputException(file, "corrupt .xlsx: " + oneLine(e));
        }
    }

    /** The styles part, or {@code null} when the workbook has none (every cell in the default format). */
    InputStream styles() throws IOException {
        try {
            PackageRelationshipCollection rels = workbook.getRelationshipsByType(STYLES);
            return rels.size() == 0 ? null : partStream(rels.getRelationship(0), "the styles");
        } catch (InvalidFormatException e) {
            throw new InputException(file, "corrupt .xlsx: " + oneLine(e));
        }
    }

    private InputStream partStream(PackageRelationship rel, String what) throws IOException {
        try {
            URI target = PackagingURIHelper.resolvePartUri(workbook.getPartName().getURI(), rel.getTargetURI());
            PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(target));
            if (part == null) {
                throw new InputException(file, "corrupt .xlsx: %s (%s) is missing from the package".formatted(what, target));
            }
            return part.getInputStream();
        } catch (InvalidFormatException e) {
            throw new InputException(file, "corrupt .xlsx: %s: %s".formatted(what, oneLine(e)));
        }
    }

    /** Closes without saving anything: the package was opened read-only. */
    @Override
    public void close() {
        pkg.revert();
    }

    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
                    || message.contains("ZipSecureFile") || message.contains("max file count"))) {
                return true;
            }
        }
        return false;
    }

    static String zipBomb(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return "refused: a part of the zip is compressed far more, or is far larger, than a workbook's would be"
                + " (a possible zip bomb: %s); if the file is genuine, save it again from Excel or LibreOffice"
                        .formatted(oneLine(cause).split("(?<=[.!]) ")[0]);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            message = e.getClass().getSimpleName();
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
