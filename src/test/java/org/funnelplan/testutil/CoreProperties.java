package org.funnelplan.testutil;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Test utility for {@link OoxmlValidator}: docProps/core.xml against ECMA-376 part 2's
 * opc-coreProperties.xsd and its rules (POI carries no XMLBeans type for it). Each property at most
 * once, plain text, dates as W3CDTF with {@code xsi:type="dcterms:W3CDTF"}.
 */
final class CoreProperties {
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            CP, Set.of("category", "contentStatus", "contentType", "keywords", "lastModifiedBy", "lastPrinted", "revision", "version"),
            DC, Set.of("creator", "description", "identifier", "language", "subject", "title"),
            DCTERMS, Set.of("created", "modified"));
    private static final Pattern W3CDTF = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?");
    private static final Pattern DATE_TIME = Pattern.compile("-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private CoreProperties() {
    }

    static void check(OoxmlValidator pkg, String part) {
        if (part == null) {
            return; // optional
        }
        Document doc = pkg.dom(part);
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        if (!CP.equals(root.getNamespaceURI()) || !"coreProperties".equals(root.getLocalName())) {
            pkg.problem(part + ": the root is not cp:coreProperties");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE && node.getTextContent().isBlank()) {
                continue;
            }
            if (!(node instanceof Element element)) {
                pkg.problem(part + ": unexpected content " + node.getNodeName());
                continue;
            }
            String name = element.getLocalName();
            Set<String> allowed = ALLOWED.get(element.getNamespaceURI());
            if (allowed == null || !allowed.contains(name)) {
                pkg.problem(part + ": " + element.getNodeName() + " is not a core property");
                continue;
            }
            if (!seen.add(element.getNamespaceURI() + name)) {
                pkg.problem(part + ": " + element.getNodeName() + " appears twice");
            }
            if (element.getFirstChild() instanceof Element || element.getElementsByTagNameNS("*", "*").getLength() > 0) {
                pkg.problem(part + ": " + element.getNodeName() + " holds elements, not text");
            }
            if (element.hasAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")) {
                pkg.problem(part + ": " + element.getNodeName() + " has xml:lang, which part 2 forbids");
            }
            String type = element.getAttributeNS(XSI, "type");
            String text = element.getTextContent();
            if (DCTERMS.equals(element.getNamespaceURI())) {
                if (!type.endsWith(":W3CDTF") || !DCTERMS.equals(element.lookupNamespaceURI(type.substring(0, type.indexOf(':'))))) {
                    pkg.problem(part + ": " + element.getNodeName() + " without xsi:type=\"dcterms:W3CDTF\"");
                }
                if (!W3CDTF.matcher(text).matches()) {
                    pkg.problem(part + ": " + element.getNodeName() + " '" + text + "' is not a W3CDTF date");
                }
            } else if (!type.isEmpty()) {
                pkg.problem(part + ": " + element.getNodeName() + " has an xsi:type");
            } else if (name.equals("lastPrinted") && !DATE_TIME.matcher(text).matches()) {
                pkg.problem(part + ": cp:lastPrinted '" + text + "' is not an xsd:dateTime");
            }
        }
    }
}
