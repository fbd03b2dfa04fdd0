package org.funnelplan.workbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Copies a saved workbook package, adding the defined names to xl/workbook.xml in one pass.
 * Adding ~50,000 names through POI costs a scan of all earlier names each; here it is a string.
 * Every other part is copied as its compressed bytes: inflating and deflating 250,000 lead rows
 * again would cost more than writing them.
 */
final class DefinedNamesInjector {
    private static final String WORKBOOK_PART = "xl/workbook.xml";

    private DefinedNamesInjector() {
    }

    static void copyWithNames(Path savedPackage, List<DefinedName> names, OutputStream out) throws IOException {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(out, 1 << 16));
        try (ZipFile in = ZipFile.builder().setPath(savedPackage).get()) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.getName().equals(WORKBOOK_PART)) {
                    ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                    copy.setMethod(ZipEntry.DEFLATED);
                    zip.putArchiveEntry(copy);
                    try (InputStream part = in.getInputStream(entry)) {
                        String xml = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                        zip.write(withNames(xml, names).getBytes(StandardCharsets.UTF_8));
                    }
                    zip.closeArchiveEntry();
                } else {
                    try (InputStream raw = in.getRawInputStream(entry)) {
                        zip.addRawArchiveEntry(entry, raw);
                    }
                }
            }
        }
        zip.finish();
        zip.flush();
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
            xml.append('<').append(prefix).append("definedName name=\"").append(escape(name.name())).append('"');
            if (name.sheetIndex() >= 0) {
                xml.append(" localSheetId=\"").append(name.sheetIndex()).append('"');
            }
            xml.append('>').append(escape(name.refersTo())).append("</").append(prefix).append("definedName>");
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

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
