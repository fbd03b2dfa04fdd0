package org.funnelplan.xlsx.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The package on its own, with hand-made files: a refusal the user can act on reaches the caller's
 * {@link Refusals} as its kind, a damaged package is an English {@link InputException}, and a sound
 * one hands out its parts.
 */
class XlsxPackageTest {
    private static final String MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    @TempDir
    Path dir;

    /** Says the kind and detail back, so a test sees exactly what the package asked for. */
    private static final Refusals KIND = (file, refusal, detail) -> new InputException(file, refusal + " " + detail);

    private String refusal(Path file) {
        return assertThrows(InputException.class, () -> XlsxPackage.open(file, KIND).close()).getMessage();
    }

    private static Map<String, String> soundParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="%s"/>\
                </Types>""".formatted(MAIN));
        parts.put("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%sofficeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""".formatted(NS));
        parts.put("xl/workbook.xml", """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/>\
                </Relationships>""".formatted(NS));
        parts.put("xl/styles.xml", """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""");
        return parts;
    }

    private Path zip(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aSoundPackageHandsOutItsWorkbookAndStylesAndNoSharedStrings() throws IOException {
        Path file = zip("book.xlsx", soundParts());
        try (XlsxPackage pkg = XlsxPackage.open(file, KIND)) {
            assertEquals(file.toString(), pkg.file());
            try (XmlCursor xml = pkg.workbook()) {
                assertEquals("workbook", xml.next(0) ? xml.name() : null);
            }
            try (XmlCursor xml = pkg.styles()) {
                assertEquals("styleSheet", xml.next(0) ? xml.name() : null);
            }
            assertNull(pkg.sharedStrings(), "the workbook has none");
            InputException missing = assertThrows(InputException.class, () -> pkg.related("rId9", "sheet Anna"));
            assertEquals(file + ": corrupt .xlsx: sheet Anna (relationship rId9 of xl/workbook.xml) is missing;"
                    + " save it again from Excel or LibreOffice", missing.getMessage());
        }
    }

    @Test
    void noFileAFolderAndAnEmptyFileAreRefusalsOfTheirOwn() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertEquals(dir.resolve("none.xlsx") + ": MISSING null", refusal(dir.resolve("none.xlsx")));
        assertEquals(dir + ": FOLDER null", refusal(dir));
        assertEquals(empty + ": EMPTY null", refusal(empty));
    }

    @Test
    void aTextFileIsNoZipAndSaysNothingMoreAboutItself() throws IOException {
        Path csv = Files.writeString(dir.resolve("targets.xlsx"), "rep,target\nAnna,100\n");
        assertEquals(csv + ": NOT_ZIP null", refusal(csv));
    }

    @Test
    void anOle2WorkbookIsAnXlsAndAnOle2OfAnotherKindIsNot() throws IOException {
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            workbook.createSheet("Anna");
            workbook.write(out);
        }
        assertEquals(xls + ": XLS null", refusal(xls));

        Path other = dir.resolve("other.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(other)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals(other + ": not an .xlsx workbook (an OLE2 file of another kind)", refusal(other));
    }

    @Test
    void anOdsIsToldByItsMimetypeAndAZipWithoutOfficePartsIsDamaged() throws IOException {
        Path ods = zip("plan.ods", Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"));
        assertEquals(ods + ": ODS null", refusal(ods));

        Path odt = zip("letter.odt", Map.of("mimetype", "application/vnd.oasis.opendocument.text"));
        assertEquals(odt + ": an OpenDocument file (application/vnd.oasis.opendocument.text), not a spreadsheet;"
                + " expected the .xlsx workbook funnelplan wrote", refusal(odt));

        Path zip = zip("photos.xlsx", Map.of("a.jpg", "not really"));
        assertEquals(zip + ": not an .xlsx workbook: a zip archive without the parts of an Office file;"
                + " expected the .xlsx workbook funnelplan wrote", refusal(zip));
    }

    @Test
    void anXlsbIsARefusalAndAWordDocumentIsNoWorkbook() throws IOException {
        Map<String, String> xlsb = soundParts();
        xlsb.put("[Content_Types].xml", xlsb.get("[Content_Types].xml")
                .replace(MAIN, "application/vnd.ms-excel.sheet.binary.macroEnabled.main"));
        Path binary = zip("book.xlsb", xlsb);
        assertEquals(binary + ": XLSB null", refusal(binary));

        Map<String, String> docx = soundParts();
        docx.put("[Content_Types].xml", docx.get("[Content_Types].xml")
                .replace(MAIN, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        Path word = zip("letter.xlsx", docx);
        assertEquals(word + ": not an Excel workbook (a Word document); expected the .xlsx workbook funnelplan wrote", refusal(word));
    }

    @Test
    void aMissingWorkbookPartIsNamed() throws IOException {
        Map<String, String> parts = soundParts();
        parts.remove("xl/workbook.xml");
        Path file = zip("book.xlsx", parts);
        assertEquals(file + ": corrupt .xlsx: the workbook part xl/workbook.xml is missing; save it again from Excel or LibreOffice",
                refusal(file));

        Map<String, String> noMain = soundParts();
        noMain.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
        Path unnamed = zip("unnamed.xlsx", noMain);
        assertEquals(unnamed + ": corrupt .xlsx: _rels/.rels names no workbook part (the package's main document);"
                + " save it again from Excel or LibreOffice", refusal(unnamed));
    }

    /**
     * Part names are equal ignoring case, so a second workbook part would make the package
     * ambiguous. POI's ZipSecureFile (5.5) refuses it first, as it opens the zip; the package's own
     * check, as it lists the parts, stays behind it.
     */
    @Test
    void aPartTwiceInCasesThatDifferOnlyIsAmbiguous() throws IOException {
        Map<String, String> parts = soundParts();
        parts.put("XL/Workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
        Path file = zip("twice.xlsx", parts);
        assertEquals(file + ": corrupt .xlsx: the zip package cannot be read (Input file contains more than 1 entry with the name"
                + " XL/Workbook.xml); save it again from Excel or LibreOffice", refusal(file));
    }
}
