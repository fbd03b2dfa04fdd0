package org.funnelplan.xlsx;

import java.util.List;


/** Puts the defined names into workbook.xml as text: one pass, no per-name checks. */
final class DefinedNamesInjector {
    private DefinedNamesInjector() {
    }

    /** The definedNames element belongs right after sheets (nothing else POI writes sits between). */
    static String withNames(String workbookXml, List<DefinedName> names) {
        if (names.isEmpty()) {
            return workbookXml;
        }
        String prefix = prefixOf(workbookXml);
        StringBuilder xml = new StringBuilder(names.size() * 80);
        xml.append('<').append(prefix).append("definedNames>");
        for (DefinedName name : names) {
            xml.append('<').append(prefix).append("definedName name=\"").append(XmlText.escaped(name.name())).append('"');
            if (name.sheetIndex() >= 0) {
                xml.append(" localSheetId=\"").append(name.sheetIndex()).append('"');
            }
            xml.append('>').append(XmlText.escaped(name.refersTo())).append("</").append(prefix).append("definedName>");
        }
        xml.append("</").append(prefix).append("definedNames>");
        String sheetsEnd = "</" + prefix + "sheets>";
        int at = workbookXml.indexOf(sheetsEnd);
        if (at < 0 || workbookXml.contains("definedNames>")) {
            throw new IllegalStateException("unexpected workbook.xml: no sheets element, or names already present");
        }
        at += sheetsEnd.length();
        return workbookXml.substring(0, at) + xml + workbookXml.substring(at);
    }

    /** POI writes the main namespace either as default or with a prefix; follow what it did. */
    private static String prefixOf(String xml) {
        int sheets = xml.indexOf("sheets>");
        int open = xml.lastIndexOf('<', sheets);
        String tag = xml.substring(open + 1, sheets);
        return tag.startsWith("/") ? tag.substring(1) : tag;
    }
}
