package org.funnelplan.actuals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * What xl/workbook.xml says, read with StAX: the sheets in order (name and the relationship to
 * their part) and the defined names (scope and what they refer to). Nothing else is kept.
 */
record WorkbookXml(List<Sheet> sheets, List<Name> names, Map<String, Integer> indexByName) {
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    record Sheet(String name, String relationshipId) {
    }

    /** @param sheetIndex the sheet a name is scoped to, -1 for the whole workbook */
    record Name(String name, int sheetIndex, String refersTo) {
    }

    static WorkbookXml read(InputStream in) throws IOException, XMLStreamException {
        List<Sheet> sheets = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "sheet" -> sheets.add(new Sheet(xml.getAttributeValue(null, "name"),
                            xml.getAttributeValue(RELATIONSHIPS_NS, "id")));
                    case "definedName" -> {
                        String name = xml.getAttributeValue(null, "name");
                        String local = xml.getAttributeValue(null, "localSheetId");
                        int sheet = local == null ? -1 : Integer.parseInt(local.trim());
                        names.add(new Name(name, sheet, xml.getElementText().trim()));
                    }
                    default -> {
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new XMLStreamException("a defined name has a bad localSheetId: " + e.getMessage());
        } finally {
            xml.close();
        }
        // Sheet names are unique ignoring case; a map keeps lookups flat for a thousand rep sheets.
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = sheets.size() - 1; i >= 0; i--) {
            indexByName.put(sheets.get(i).name().toLowerCase(Locale.ROOT), i);
        }
        return new WorkbookXml(sheets, names, indexByName);
    }

    int sheetIndex(String sheetName) {
        return indexByName.getOrDefault(sheetName.toLowerCase(Locale.ROOT), -1);
    }
}
