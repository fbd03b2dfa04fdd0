package org.funnelplan.xlsx.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * What xl/workbook.xml says: the sheets in order (name and the relationship to their part) and
 * the defined names a caller asks for (scope and what they refer to). Nothing else is kept.
 */
public record WorkbookXml(List<Sheet> sheets, List<Name> names, Map<String, Integer> indexByName) {
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Excel's "Strict Open XML Spreadsheet" names the relationship attribute in another namespace. */
    static final String STRICT_RELATIONSHIPS_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    /** Excel's limit for a formula, and so for what a name refers to. */
    static final int MAX_REFERS_TO = 8_192;
    /** About 50 a rep: enough for 4,000 reps, and bounded for a file that defines millions. */
    static final int MAX_NAMES = 200_000;
    private static final Pattern SHEET_INDEX = Pattern.compile("\\d{1,5}");

    public record Sheet(String name, String relationshipId) {
    }

    /** @param sheetIndex the sheet a name is scoped to, -1 for the whole workbook */
    public record Name(String name, int sheetIndex, String refersTo) {
    }

    /** @param keep which names to keep, by name and scope (-1: workbook); the others are skipped unread */
    public static WorkbookXml read(XmlCursor xml, BiPredicate<String, Integer> keep) {
        List<Sheet> sheets = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        while (xml.next(0)) {
            switch (xml.name()) {
                case "sheet" -> {
                    String name = xml.attribute("name");
                    if (name == null || name.isBlank()) {
                        throw xml.broken("a sheet has no name");
                    }
                    String id = xml.attribute(RELATIONSHIPS_NS, "id");
                    sheets.add(new Sheet(name, id != null ? id : xml.attribute(STRICT_RELATIONSHIPS_NS, "id")));
                }
                case "definedName" -> {
                    String name = xml.attribute("name");
                    String local = xml.attribute("localSheetId");
                    int sheet = -1;
                    if (local != null) {
                        if (!SHEET_INDEX.matcher(local.trim()).matches() || Integer.parseInt(local.trim()) >= sheets.size()) {
                            throw xml.broken("the defined name %s is scoped to sheet number %s, which the workbook does not have"
                                    .formatted(name, local));
                        }
                        sheet = Integer.parseInt(local.trim());
                    }
                    if (name != null && keep.test(name, sheet)) {
                        if (names.size() >= MAX_NAMES) {
                            throw xml.refused("defines more than %,d of funnelplan's names".formatted(MAX_NAMES));
                        }
                        names.add(new Name(name, sheet, xml.text(MAX_REFERS_TO).trim()));
                    }
                }
                default -> {
                }
            }
        }
        // Sheet names are unique ignoring case; a map keeps lookups flat for a thousand rep sheets.
        Map<String, Integer> indexByName = new HashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            if (indexByName.putIfAbsent(sheets.get(i).name().toLowerCase(Locale.ROOT), i) != null) {
                throw xml.broken("two sheets are named '%s'".formatted(sheets.get(i).name()));
            }
        }
        return new WorkbookXml(sheets, names, indexByName);
    }

    public int sheetIndex(String sheetName) {
        return indexByName.getOrDefault(sheetName.toLowerCase(Locale.ROOT), -1);
    }
}
