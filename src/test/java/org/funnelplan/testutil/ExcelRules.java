package org.funnelplan.testutil;

import static org.funnelplan.testutil.OoxmlValidator.MAIN_NS;
import static org.funnelplan.testutil.OoxmlValidator.REL_NS;
import static org.funnelplan.testutil.OoxmlValidator.child;
import static org.funnelplan.testutil.OoxmlValidator.children;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.formula.FormulaType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Test utility for {@link OoxmlValidator}: the rules Excel holds a workbook to that its schemas do
 * not say. Sheet names (1–31 characters, none of {@code []:*?/\}, no {@code '} at either end,
 * unique ignoring case, not "History"); defined names (Excel's name syntax, not a cell reference,
 * at most 255 characters, unique per scope, a scope that exists, a formula that parses); style and
 * shared-string indices in range with counts that match; and per sheet {@link SheetRules}.
 */
final class ExcelRules {
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_TEXT = 32_767;
    /** Manual page breaks a sheet keeps across and down (MS-XLSB BrtBeginRwBrk, BrtBeginColBrk: at most 1,023). */
    static final int MAX_PAGE_BREAKS = 1_023;
    private static final int MAX_NAME = 255;
    private static final Pattern NAME = Pattern.compile("[\\p{L}_\\\\][\\p{L}\\p{N}_.\\\\?]*");
    private static final Pattern A1 = Pattern.compile("([A-Za-z]{1,3})([0-9]+)");
    private static final Pattern R1C1 = Pattern.compile("[Rr][0-9]*([Cc][0-9]*)?|[Cc][0-9]*");
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Set<String> BUILT_IN_NAMES = Set.of("_xlnm.Print_Area", "_xlnm.Print_Titles", "_xlnm._FilterDatabase",
            "_xlnm.Criteria", "_xlnm.Extract", "_xlnm.Consolidate_Area", "_xlnm.Sheet_Title", "_xlnm.Database");
    private static final String STYLES_REL = REL_NS + "/styles";
    private static final String STRINGS_REL = REL_NS + "/sharedStrings";
    private static final String SHEET_REL = REL_NS + "/worksheet";

    final OoxmlValidator pkg;
    private final byte[] xlsx;
    /** Sheet names in workbook order. */
    final List<String> sheets = new ArrayList<>();
    private final Set<String> sheetKeys = new HashSet<>();
    int cellXfs = -1;
    int dxfs;
    final List<String> sharedStrings = new ArrayList<>();
    /** Every defined name, upper case, whatever its scope: tables may not take one. */
    final Set<String> definedNames = new HashSet<>();
    final Set<String> tableNames = new HashSet<>();
    final Set<Long> tableIds = new HashSet<>();
    private FormulaCheck formulas;

    ExcelRules(OoxmlValidator pkg, byte[] xlsx) {
        this.pkg = pkg;
        this.xlsx = xlsx;
    }

    void check(String workbook) {
        if (workbook == null) {
            return;
        }
        Document doc = pkg.dom(workbook);
        if (doc == null) {
            return;
        }
        for (OoxmlValidator.Relationship relationship : pkg.relationships(workbook).values()) {
            if (relationship.type().equals(STYLES_REL)) {
                styles(relationship.target());
            } else if (relationship.type().equals(STRINGS_REL)) {
                sharedStrings(relationship.target());
            }
        }
        if (cellXfs < 0) {
            pkg.problem(workbook + ": no styles part");
        }
        Element root = doc.getDocumentElement();
        List<String> sheetParts = sheets(workbook, root);
        definedNames(workbook, root);
        for (int i = 0; i < sheetParts.size(); i++) {
            if (sheetParts.get(i) != null) {
                new SheetRules(this, sheets.get(i), i, sheetParts.get(i)).check();
            }
        }
    }

    boolean hasSheet(String name) {
        return sheetKeys.contains(key(name));
    }

    static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** A formula as Excel parses it, or why not; the parser is POI's, over the workbook as POI reads it. */
    String formulaProblem(String formula, FormulaType type, int sheetIndex) {
        if (formulas == null) {
            formulas = new FormulaCheck(xlsx, this);
        }
        return formulas.problem(formula, type, sheetIndex);
    }

    /** ST_Xstring as Excel reads it: {@code _x000A_} is a line break, {@code _x005F_} an underscore. */
    static String decoded(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Why Excel would refuse this as a defined or table name, or null. */
    static String nameProblem(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return "is empty or longer than 255 characters";
        }
        if (!NAME.matcher(name).matches()) {
            return "is not a name: it must start with a letter, _ or \\ and hold only letters, digits, _ . \\ ?";
        }
        if (R1C1.matcher(name).matches()) {
            return "reads as an R1C1 reference";
        }
        Matcher a1 = A1.matcher(name);
        if (a1.matches()) {
            int col = column(a1.group(1));
            long row = a1.group(2).length() > 7 ? Long.MAX_VALUE : Long.parseLong(a1.group(2));
            if (col <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS) {
                return "is a cell reference";
            }
        }
        return null;
    }

    /** 1-based column number of {@code A}, {@code XFD}; letters only. */
    static int column(String letters) {
        int col = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            col = col * 26 + (c - 'A' + 1);
        }
        return col;
    }

    private List<String> sheets(String workbook, Element root) {
        List<String> parts = new ArrayList<>();
        Element sheetsElement = child(root, MAIN_NS, "sheets");
        if (sheetsElement == null) {
            return parts;
        }
        Set<String> ids = new HashSet<>();
        List<Boolean> visible = new ArrayList<>();
        for (Element sheet : children(sheetsElement, MAIN_NS, "sheet")) {
            String name = sheet.getAttribute("name");
            String problem = sheetNameProblem(name);
            if (problem != null) {
                pkg.problem(workbook + ": sheet name '" + name + "' " + problem);
            }
            if (!sheetKeys.add(key(name))) {
                pkg.problem(workbook + ": sheet name '" + name + "' repeats another ignoring case");
            }
            if (!ids.add(sheet.getAttribute("sheetId"))) {
                pkg.problem(workbook + ": sheetId " + sheet.getAttribute("sheetId") + " repeated");
            }
            sheets.add(name);
            visible.add(!sheet.hasAttribute("state") || sheet.getAttribute("state").equals("visible"));
            parts.add(pkg.target(workbook, sheet.getAttributeNS(REL_NS, "id"), SHEET_REL));
        }
        if (!visible.contains(true)) {
            pkg.problem(workbook + ": no visible sheet");
        }
        Element views = child(root, MAIN_NS, "bookViews");
        for (Element view : views == null ? List.<Element>of() : children(views, MAIN_NS, "workbookView")) {
            int active = view.hasAttribute("activeTab") ? Integer.parseInt(view.getAttribute("activeTab")) : 0;
            if (active >= sheets.size() || !visible.get(active)) {
                pkg.problem(workbook + ": activeTab " + active + " is not a visible sheet");
            }
        }
        return parts;
    }

    static String sheetNameProblem(String name) {
        if (name.isEmpty() || name.length() > 31) {
            return "is empty or longer than 31 characters";
        }
        for (char c : name.toCharArray()) {
            if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
                return "holds '" + c + "', which Excel does not allow in a sheet name";
            }
        }
        if (name.startsWith("'") || name.endsWith("'")) {
            return "starts or ends with an apostrophe";
        }
        if (name.equalsIgnoreCase("History")) {
            return "is reserved by Excel";
        }
        return null;
    }

    private void definedNames(String workbook, Element root) {
        Element namesElement = child(root, MAIN_NS, "definedNames");
        if (namesElement == null) {
            return;
        }
        Set<String> scoped = new HashSet<>();
        for (Element element : children(namesElement, MAIN_NS, "definedName")) {
            String name = element.getAttribute("name");
            int scope = element.hasAttribute("localSheetId") ? Integer.parseInt(element.getAttribute("localSheetId")) : -1;
            String where = workbook + ": defined name '" + name + "'" + (scope >= 0 ? " (sheet " + scope + ")" : "");
            if (name.startsWith("_xlnm.")) {
                if (!BUILT_IN_NAMES.contains(name)) {
                    pkg.problem(where + " is not one of Excel's built-in names");
                } else if (scope < 0 && !name.equals("_xlnm.Database")) {
                    pkg.problem(where + " is a built-in name without a sheet");
                }
            } else {
                String problem = nameProblem(name);
                if (problem != null) {
                    pkg.problem(where + " " + problem);
                }
            }
            if (scope >= sheets.size()) {
                pkg.problem(where + ": localSheetId is not a sheet");
            }
            if (!scoped.add(scope + "/" + key(name))) {
                pkg.problem(where + " is defined twice in the same scope (names ignore case)");
            }
            definedNames.add(key(name));
            String formula = element.getTextContent();
            if (formula.isBlank()) {
                pkg.problem(where + " refers to nothing");
            } else if (formula.length() > 8192) {
                pkg.problem(where + ": its formula is longer than 8,192 characters");
            } else {
                String problem = formulaProblem(formula, FormulaType.NAMEDRANGE, scope);
                if (problem != null) {
                    pkg.problem(where + ": " + problem);
                }
            }
        }
    }

    private void styles(String part) {
        Document doc = pkg.dom(part);
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        Map<String, Integer> counts = new HashMap<>();
        for (String list : List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs")) {
            Element element = child(root, MAIN_NS, list);
            int n = element == null ? 0 : children(element, MAIN_NS, null).size();
            counts.put(list, n);
            if (element != null && element.hasAttribute("count") && Integer.parseInt(element.getAttribute("count")) != n) {
                pkg.problem(part + ": " + list + " count=" + element.getAttribute("count") + " but it holds " + n);
            }
        }
        Set<Long> formats = new HashSet<>();
        Element numFmts = child(root, MAIN_NS, "numFmts");
        for (Element format : numFmts == null ? List.<Element>of() : children(numFmts, MAIN_NS, "numFmt")) {
            if (!formats.add(Long.parseLong(format.getAttribute("numFmtId")))) {
                pkg.problem(part + ": numFmtId " + format.getAttribute("numFmtId") + " defined twice");
            }
        }
        xfs(part, root, "cellStyleXfs", counts, formats, false);
        xfs(part, root, "cellXfs", counts, formats, true);
        Element cellStyles = child(root, MAIN_NS, "cellStyles");
        for (Element style : cellStyles == null ? List.<Element>of() : children(cellStyles, MAIN_NS, "cellStyle")) {
            index(part, "cellStyle '" + style.getAttribute("name") + "' xfId", style, "xfId", counts.get("cellStyleXfs"));
        }
        if (counts.get("fonts") == 0 || counts.get("cellXfs") == 0) {
            pkg.problem(part + ": no fonts or no cellXfs; Excel needs at least one of each");
        }
        cellXfs = counts.get("cellXfs");
        dxfs = counts.get("dxfs");
    }

    private void xfs(String part, Element root, String list, Map<String, Integer> counts, Set<Long> formats, boolean cell) {
        Element element = child(root, MAIN_NS, list);
        List<Element> xfs = element == null ? List.of() : children(element, MAIN_NS, "xf");
        for (int i = 0; i < xfs.size(); i++) {
            Element xf = xfs.get(i);
            String where = list + "[" + i + "]";
            index(part, where + " fontId", xf, "fontId", counts.get("fonts"));
            index(part, where + " fillId", xf, "fillId", counts.get("fills"));
            index(part, where + " borderId", xf, "borderId", counts.get("borders"));
            if (cell) {
                index(part, where + " xfId", xf, "xfId", counts.get("cellStyleXfs"));
            }
            if (xf.hasAttribute("numFmtId")) {
                long format = Long.parseLong(xf.getAttribute("numFmtId"));
                if (format >= 164 && !formats.contains(format)) {
                    pkg.problem(part + ": " + where + " numFmtId " + format + " is not defined");
                }
            }
        }
    }

    private void index(String part, String what, Element element, String attribute, int size) {
        if (element.hasAttribute(attribute) && Long.parseLong(element.getAttribute(attribute)) >= size) {
            pkg.problem(part + ": " + what + " " + element.getAttribute(attribute) + " is out of range (" + size + " defined)");
        }
    }

    private void sharedStrings(String part) {
        Document doc = pkg.dom(part);
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        List<Element> items = children(root, MAIN_NS, "si");
        if (root.hasAttribute("uniqueCount") && Integer.parseInt(root.getAttribute("uniqueCount")) != items.size()) {
            pkg.problem(part + ": uniqueCount=" + root.getAttribute("uniqueCount") + " but it holds " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            String text = decoded(SheetRules.text(items.get(i)));
            if (text.length() > MAX_TEXT) {
                pkg.problem(part + ": string " + i + " is longer than 32,767 characters");
            }
            sharedStrings.add(text);
        }
    }
}
