package org.funnelplan.testutil;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Assertions;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Test utility: checks an .xlsx as strictly as Excel does before it offers to "repair" a file.
 * Every XML part is validated against the ECMA-376 schemas (the XMLBeans types of
 * {@code poi-ooxml-full}); the package is checked for content types, relationships that resolve and
 * parts that are reached; {@link ExcelRules} adds what Excel enforces beyond the schemas (names,
 * sheet names, table headers, cell types, style indices, formulas).
 *
 * <pre>{@code
 * OoxmlValidator.assertValid(Path.of("plan.xlsx"));
 * }</pre>
 *
 * Self-contained: it needs POI, XMLBeans, the full schema jar and JUnit, no other test code.
 */
public final class OoxmlValidator {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String CT_PREFIX = "application/vnd.openxmlformats-officedocument.";
    static final String WORKBOOK = CT_PREFIX + "spreadsheetml.sheet.main+xml";
    static final String WORKSHEET = CT_PREFIX + "spreadsheetml.worksheet+xml";
    static final String STYLES = CT_PREFIX + "spreadsheetml.styles+xml";
    static final String SHARED_STRINGS = CT_PREFIX + "spreadsheetml.sharedStrings+xml";
    static final String TABLE = CT_PREFIX + "spreadsheetml.table+xml";
    static final String COMMENTS = CT_PREFIX + "spreadsheetml.comments+xml";
    static final String DRAWING = CT_PREFIX + "drawing+xml";
    static final String CHART = CT_PREFIX + "drawingml.chart+xml";
    static final String THEME = CT_PREFIX + "theme+xml";
    static final String APP = CT_PREFIX + "extended-properties+xml";
    static final String CORE = "application/vnd.openxmlformats-package.core-properties+xml";
    static final String RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml";

    private static final String R = REL_NS + "/";
    /** What each relationship type must point at. */
    private static final Map<String, String> TARGET_TYPES = Map.ofEntries(
            Map.entry(R + "officeDocument", WORKBOOK),
            Map.entry("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", CORE),
            Map.entry(R + "extended-properties", APP),
            Map.entry(R + "worksheet", WORKSHEET),
            Map.entry(R + "styles", STYLES),
            Map.entry(R + "sharedStrings", SHARED_STRINGS),
            Map.entry(R + "theme", THEME),
            Map.entry(R + "table", TABLE),
            Map.entry(R + "comments", COMMENTS),
            Map.entry(R + "drawing", DRAWING),
            Map.entry(R + "chart", CHART));
    private static final String HYPERLINK = R + "hyperlink";

    /** The schema type of each kind of part; a part of any other kind is reported, so a new kind gets a check. */
    private static final Map<String, SchemaType> SCHEMAS = Map.ofEntries(
            Map.entry(WORKBOOK, WorkbookDocument.type),
            Map.entry(WORKSHEET, WorksheetDocument.type),
            Map.entry(STYLES, StyleSheetDocument.type),
            Map.entry(SHARED_STRINGS, SstDocument.type),
            Map.entry(TABLE, TableDocument.type),
            Map.entry(COMMENTS, CommentsDocument.type),
            Map.entry(DRAWING, WsDrDocument.type),
            Map.entry(CHART, ChartSpaceDocument.type),
            Map.entry(THEME, ThemeDocument.type),
            Map.entry(APP, org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.type),
            Map.entry(RELATIONSHIPS, RelationshipsDocument.type));

    private static final int MAX_ERRORS_PER_PART = 10;
    private static final Pattern CONTENT_TYPE = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(;.*)?");

    /** One relationship, its target resolved to a part name ({@code /xl/worksheets/sheet1.xml}) unless external. */
    record Relationship(String id, String type, String target, boolean external) {
    }

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, String> contentTypes = new HashMap<>();
    private final Map<String, Map<String, Relationship>> relationships = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private OoxmlValidator() {
    }

    /** Everything Excel would object to in the file, one line each; empty when it is clean. */
    public static List<String> problems(Path xlsx) throws IOException {
        return problems(Files.readAllBytes(xlsx));
    }

    public static List<String> problems(byte[] xlsx) throws IOException {
        requireFullSchemas();
        OoxmlValidator validator = new OoxmlValidator();
        validator.check(xlsx);
        return Collections.unmodifiableList(validator.problems);
    }

    /** Fails the test with the problems found, the file named. */
    public static void assertValid(Path xlsx) throws IOException {
        List<String> found = problems(xlsx);
        if (!found.isEmpty()) {
            Assertions.fail(xlsx.getFileName() + " is not a file Excel opens without repairs (" + found.size() + " problems):\n  "
                    + String.join("\n  ", found.subList(0, Math.min(50, found.size()))));
        }
    }

    /**
     * poi-ooxml-lite holds only the schema types POI's code uses; with it on the class path first,
     * the validator would see a partial schema set and pass what the full one rejects.
     */
    private static void requireFullSchemas() {
        var source = WorksheetDocument.class.getProtectionDomain().getCodeSource();
        String where = source == null ? "" : source.getLocation().toString();
        if (!where.contains("poi-ooxml-full")) {
            throw new IllegalStateException("the ECMA-376 schema types come from " + where
                    + ", not from poi-ooxml-full: keep poi-ooxml-lite off the test class path");
        }
    }

    // --- what ExcelRules reads ---

    void problem(String text) {
        problems.add(text);
    }

    byte[] bytes(String part) {
        return parts.get(part);
    }

    String contentType(String part) {
        return contentTypes.get(part);
    }

    /** The relationships of a part ({@code /} for the package's own), by id. */
    Map<String, Relationship> relationships(String source) {
        return relationships.getOrDefault(source, Map.of());
    }

    /** The part an internal relationship of {@code source} points at, checked to be of {@code type}; null if none. */
    String target(String source, String id, String type) {
        Relationship relationship = relationships(source).get(id);
        if (relationship == null) {
            problem(source + ": r:id " + id + " has no relationship");
            return null;
        }
        if (!relationship.type().equals(type)) {
            problem(source + ": r:id " + id + " is a " + relationship.type() + " relationship, expected " + type);
            return null;
        }
        return relationship.external() ? null : relationship.target();
    }

    /** A namespace-aware DOM of a part, with DOCTYPEs refused; null (and a problem) when it is not well-formed XML. */
    Document dom(String part) {
        byte[] bytes = parts.get(part);
        if (bytes == null) {
            return null;
        }
        try {
            DocumentBuilder builder = domFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problem(part + ": not well-formed XML: " + e.getMessage());
            return null;
        }
    }

    private static DocumentBuilderFactory domFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && (localName == null || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }

    static Element child(Element parent, String namespace, String localName) {
        List<Element> found = children(parent, namespace, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    // --- the package ---

    private void check(byte[] xlsx) throws IOException {
        readZip(xlsx);
        if (problems.isEmpty() || parts.containsKey("/[Content_Types].xml")) {
            contentTypes();
            for (String part : List.copyOf(parts.keySet())) {
                if (part.endsWith(".rels")) {
                    readRelationships(part);
                }
            }
            reached();
            for (String part : parts.keySet()) {
                schema(part);
            }
            CoreProperties.check(this, partOfType(CORE));
            new ExcelRules(this, xlsx).check(workbookPart());
        }
    }

    /** Read by its central directory, as Excel reads it. */
    private void readZip(byte[] xlsx) throws IOException {
        Set<String> seen = new HashSet<>();
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith("/") || name.contains("\\") || name.isEmpty()) {
                    problem("zip entry '" + name + "': not a part name");
                }
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    problem("zip entry '" + name + "' appears twice (part names ignore case)");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put("/" + name, in.readAllBytes());
                }
            }
        }
        if (!parts.containsKey("/[Content_Types].xml")) {
            problem("no [Content_Types].xml");
        }
    }

    /** [Content_Types].xml has no XMLBeans type in POI; its schema (ECMA-376 part 2, opc-contentTypes.xsd) is small enough to check here. */
    private void contentTypes() {
        String part = "/[Content_Types].xml";
        Document doc = dom(part);
        if (doc == null) {
            return;
        }
        String ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        Element types = doc.getDocumentElement();
        if (!ns.equals(types.getNamespaceURI()) || !"Types".equals(types.getLocalName())) {
            problem(part + ": the root is not {" + ns + "}Types");
            return;
        }
        Map<String, String> defaults = new HashMap<>();
        Map<String, String> overrides = new HashMap<>();
        for (Node node = types.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()) {
                continue;
            }
            if (!(node instanceof Element element) || !ns.equals(element.getNamespaceURI())) {
                problem(part + ": unexpected content " + node.getNodeName());
                continue;
            }
            String type = element.getAttribute("ContentType");
            if (!CONTENT_TYPE.matcher(type).matches()) {
                problem(part + ": '" + type + "' is not a content type");
            }
            switch (element.getLocalName()) {
                case "Default" -> {
                    onlyAttributes(part, element, "Extension", "ContentType");
                    String extension = element.getAttribute("Extension").toLowerCase(Locale.ROOT);
                    if (extension.isEmpty() || defaults.put(extension, type) != null) {
                        problem(part + ": Default for extension '" + extension + "' is empty or repeated");
                    }
                }
                case "Override" -> {
                    onlyAttributes(part, element, "PartName", "ContentType");
                    String name = element.getAttribute("PartName");
                    if (!name.startsWith("/") || overrides.put(name.toLowerCase(Locale.ROOT), type) != null) {
                        problem(part + ": Override for '" + name + "' is not a part name or repeated");
                    }
                    if (!parts.containsKey(name)) {
                        problem(part + ": Override for '" + name + "', a part the package does not hold");
                    }
                }
                default -> problem(part + ": unexpected element " + element.getLocalName());
            }
        }
        for (String name : parts.keySet()) {
            if (name.equals(part)) {
                continue;
            }
            String type = overrides.get(name.toLowerCase(Locale.ROOT));
            if (type == null) {
                int dot = name.lastIndexOf('.');
                type = dot < 0 ? null : defaults.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            }
            if (type == null) {
                problem(name + ": no content type");
            } else {
                contentTypes.put(name, type);
            }
        }
    }

    private void onlyAttributes(String part, Element element, String... allowed) {
        Set<String> names = Set.of(allowed);
        for (String name : allowed) {
            if (!element.hasAttribute(name)) {
                problem(part + ": " + element.getLocalName() + " without " + name);
            }
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            String name = element.getAttributes().item(i).getNodeName();
            if (!names.contains(name)) {
                problem(part + ": " + element.getLocalName() + " has an unknown attribute " + name);
            }
        }
    }

    private void readRelationships(String relsPart) {
        String source = sourceOf(relsPart);
        if (source == null) {
            problem(relsPart + ": not in a _rels folder");
            return;
        }
        if (!source.equals("/") && !parts.containsKey(source)) {
            problem(relsPart + ": relationships of " + source + ", a part the package does not hold");
        }
        Document doc = dom(relsPart);
        if (doc == null) {
            return;
        }
        String ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        Map<String, Relationship> byId = new LinkedHashMap<>();
        for (Element element : children(doc.getDocumentElement(), ns, "Relationship")) {
            String id = element.getAttribute("Id");
            String type = element.getAttribute("Type");
            boolean external = "External".equals(element.getAttribute("TargetMode"));
            String target = element.getAttribute("Target");
            String resolved = external ? target : resolve(source, target);
            if (byId.put(id, new Relationship(id, type, resolved, external)) != null) {
                problem(relsPart + ": relationship id " + id + " repeated");
            }
            if (external) {
                if (!type.equals(HYPERLINK)) {
                    problem(relsPart + ": " + id + " is an external " + type + " relationship");
                }
                continue;
            }
            if (resolved == null || !parts.containsKey(resolved)) {
                problem(relsPart + ": " + id + " points at " + target + ", which the package does not hold");
                continue;
            }
            String expected = TARGET_TYPES.get(type);
            if (expected == null) {
                problem(relsPart + ": " + id + " has a relationship type this validator does not know: " + type);
            } else if (!expected.equals(contentTypes.get(resolved))) {
                problem(relsPart + ": " + id + " (" + type + ") points at " + resolved + " of content type "
                        + contentTypes.get(resolved) + ", expected " + expected);
            }
        }
        relationships.put(source, byId);
    }

    /** {@code /xl/_rels/workbook.xml.rels} → {@code /xl/workbook.xml}; {@code /_rels/.rels} → {@code /}. */
    private static String sourceOf(String relsPart) {
        int slash = relsPart.lastIndexOf('/');
        String folder = relsPart.substring(0, slash);
        String file = relsPart.substring(slash + 1);
        if (!folder.endsWith("/_rels") && !folder.equals("/_rels")) {
            return null;
        }
        String parent = folder.substring(0, folder.length() - "_rels".length());
        String name = file.substring(0, file.length() - ".rels".length());
        return name.isEmpty() ? "/" : parent + name;
    }

    private static String resolve(String source, String target) {
        try {
            URI base = new URI(source.equals("/") ? "/" : source);
            String path = base.resolve(new URI(target)).getPath();
            return path.startsWith("/") ? path : "/" + path;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Every part is reached from the package's relationships; Excel drops what is not. */
    private void reached() {
        Set<String> reached = new HashSet<>(Set.of("/[Content_Types].xml"));
        List<String> todo = new ArrayList<>(List.of("/"));
        while (!todo.isEmpty()) {
            String source = todo.remove(todo.size() - 1);
            String rels = source.equals("/") ? "/_rels/.rels" : relsPartOf(source);
            if (parts.containsKey(rels)) {
                reached.add(rels);
            }
            for (Relationship relationship : relationships(source).values()) {
                if (!relationship.external() && relationship.target() != null && reached.add(relationship.target())) {
                    todo.add(relationship.target());
                }
            }
        }
        for (String part : parts.keySet()) {
            if (!reached.contains(part)) {
                problem(part + ": no relationship reaches it");
            }
        }
    }

    static String relsPartOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash) + "/_rels/" + part.substring(slash + 1) + ".rels";
    }

    private void schema(String part) {
        String type = contentTypes.get(part);
        if (type == null || type.equals(CORE) || part.equals("/[Content_Types].xml")) {
            return; // reported already, or checked by hand
        }
        SchemaType schema = SCHEMAS.get(type);
        if (schema == null) {
            problem(part + ": no schema known for content type " + type);
            return;
        }
        XmlOptions load = new XmlOptions();
        load.setLoadLineNumbers();
        load.setDisallowDocTypeDeclaration(true);
        XmlObject doc;
        try (InputStream in = new ByteArrayInputStream(parts.get(part))) {
            doc = schema.getTypeSystem().parse(in, schema, load);
        } catch (XmlException | IOException e) {
            problem(part + ": cannot be read as " + schema.getName() + ": " + e.getMessage());
            return;
        }
        List<XmlError> errors = new ArrayList<>();
        XmlOptions validate = new XmlOptions();
        validate.setErrorListener(errors);
        if (!doc.validate(validate) && errors.isEmpty()) {
            problem(part + ": does not validate against its schema");
        }
        for (XmlError error : errors.subList(0, Math.min(MAX_ERRORS_PER_PART, errors.size()))) {
            problem(part + " line " + error.getLine() + ": " + error.getMessage());
        }
        if (errors.size() > MAX_ERRORS_PER_PART) {
            problem(part + ": " + (errors.size() - MAX_ERRORS_PER_PART) + " more schema errors");
        }
    }

    private String partOfType(String type) {
        for (Relationship relationship : relationships("/").values()) {
            if (!relationship.external() && type.equals(contentTypes.get(relationship.target()))) {
                return relationship.target();
            }
        }
        return null;
    }

    private String workbookPart() {
        String workbook = partOfType(WORKBOOK);
        if (workbook == null) {
            problem("_rels/.rels: no officeDocument relationship to a workbook");
        }
        return workbook;
    }
}
