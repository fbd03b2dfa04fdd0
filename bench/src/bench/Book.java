package bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The parts of a workbook the checks read: sheets, names, and cells by streaming a sheet part. */
final class Book {
    private static final Pattern REF = Pattern.compile("^(?:'((?:[^']|'')+)'|([^!]+))!\\$?([A-Z]+)\\$?(\\d+)(?::.*)?$");

    record Name(String name, int local, String ref) {
    }

    interface CellVisitor {
        /** One cell's value as text (shared strings resolved); false stops the scan. */
        boolean cell(String ref, String value);
    }

    final List<String> sheets = new ArrayList<>();
    final List<Name> names = new ArrayList<>();
    private final Map<String, String> parts = new HashMap<>();
    private List<String> strings;
    private final Path file;

    private Book(Path file) {
        this.file = file;
    }

    static Book read(ZipFile zip, Path file) throws IOException, Runner.Failure {
        Book book = new Book(file);
        Map<String, String> rels = new HashMap<>();
        xml(zip, "xl/_rels/workbook.xml.rels", file, r -> {
            if (r.getLocalName().equals("Relationship")) {
                String target = r.getAttributeValue(null, "Target");
                rels.put(r.getAttributeValue(null, "Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
        });
        List<String> ids = new ArrayList<>();
        String[] name = new String[2];
        xml(zip, "xl/workbook.xml", file, r -> {
            if (r.getLocalName().equals("sheet")) {
                book.sheets.add(r.getAttributeValue(null, "name"));
                ids.add(r.getAttributeValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id"));
            } else if (r.getLocalName().equals("definedName")) {
                name[0] = r.getAttributeValue(null, "name");
                name[1] = r.getAttributeValue(null, "localSheetId");
                String text = r.getElementText();
                if (!name[0].startsWith("_xlnm.")) {
                    book.names.add(new Name(name[0], name[1] == null ? -1 : Integer.parseInt(name[1]), text));
                }
            }
        });
        for (int i = 0; i < book.sheets.size(); i++) {
            book.parts.put(book.sheets.get(i), rels.get(ids.get(i)));
        }
        return book;
    }

    /** Sheet and cell a name refers to, the sheet-scoped one of {@code sheet} when given. */
    String[] target(String name, String sheet) throws Runner.Failure {
        int scope = sheet == null ? -1 : sheets.indexOf(sheet);
        for (Name n : names) {
            if (n.name().equals(name) && n.local() == scope) {
                Matcher m = REF.matcher(n.ref());
                Checks.require(m.matches(), file, "name %s refers to %s", name, n.ref());
                String target = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
                return new String[] {target, m.group(3) + m.group(4)};
            }
        }
        throw new Runner.Failure("check failed: " + file.getFileName() + ": no name " + name
                + (sheet == null ? "" : " on '" + sheet + "'"));
    }

    /** The values of the cells the comma-separated names refer to, by name. */
    Map<String, String> values(ZipFile zip, String namesList, String sheet) throws IOException, Runner.Failure {
        Map<String, String> wanted = new HashMap<>();
        String sheetName = null;
        for (String name : namesList.split(",")) {
            String[] target = target(name, sheet);
            sheetName = target[0];
            wanted.put(target[1], name);
        }
        Map<String, String> values = new HashMap<>();
        scan(zip, sheetName, (ref, value) -> {
            String name = wanted.get(ref);
            if (name != null) {
                values.put(name, value);
            }
            return values.size() < wanted.size();
        });
        return values;
    }

    /** Streams the cells of a sheet to the visitor. */
    void scan(ZipFile zip, String sheet, CellVisitor visitor) throws IOException, Runner.Failure {
        String part = parts.get(sheet);
        Checks.require(part != null, file, "no sheet '%s'", sheet);
        if (strings == null) {
            strings = new ArrayList<>();
            if (zip.getEntry("xl/sharedStrings.xml") != null) {
                StringBuilder si = new StringBuilder();
                xml(zip, "xl/sharedStrings.xml", file, r -> {
                    if (r.getLocalName().equals("si")) {
                        si.setLength(0);
                    } else if (r.getLocalName().equals("t")) {
                        si.append(r.getElementText());
                    }
                }, r -> strings.add(si.toString()), "si");
            }
        }
        try (InputStream in = zip.getInputStream(zip.getEntry(part))) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            String ref = null;
            String type = null;
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = r.getLocalName();
                    if (local.equals("c")) {
                        ref = r.getAttributeValue(null, "r");
                        type = r.getAttributeValue(null, "t");
                        text.setLength(0);
                    } else if (local.equals("v") || local.equals("t")) {
                        inText = true;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = r.getLocalName();
                    if (local.equals("v") || local.equals("t")) {
                        inText = false;
                    } else if (local.equals("c")) {
                        String value = "s".equals(type) ? strings.get(Integer.parseInt(text.toString())) : text.toString();
                        if (!visitor.cell(ref, value)) {
                            return;
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new Runner.Failure("check failed: " + file.getFileName() + ": " + part + " is not well-formed: " + e.getMessage());
        }
    }

    interface ElementHandler {
        void start(XMLStreamReader reader) throws XMLStreamException;
    }

    private static void xml(ZipFile zip, String part, Path file, ElementHandler handler) throws IOException, Runner.Failure {
        xml(zip, part, file, handler, null, null);
    }

    private static void xml(ZipFile zip, String part, Path file, ElementHandler start, ElementHandler end, String endName)
            throws IOException, Runner.Failure {
        ZipEntry entry = zip.getEntry(part);
        Checks.require(entry != null, file, "no part %s", part);
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start.start(r);
                } else if (event == XMLStreamConstants.END_ELEMENT && end != null && r.getLocalName().equals(endName)) {
                    end.start(r);
                }
            }
        } catch (XMLStreamException e) {
            throw new Runner.Failure("check failed: " + file.getFileName() + ": " + part + " is not well-formed: " + e.getMessage());
        }
    }
}
