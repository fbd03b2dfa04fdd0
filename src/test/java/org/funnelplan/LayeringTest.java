package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of README "Layout", read from the main sources: every import, and every fully
 * qualified name in the code (comments and strings left out), must point to the package itself
 * or to a package below it in {@link #MAY_USE}. A package that is not in the table fails too, so
 * a new one is placed in a layer when it is made.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/funnelplan");
    private static final String OURS = "org.funnelplan.";

    /** Package (below org.funnelplan) → the packages of ours it may use; "*" is every one. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("contract", Set.of()),
            Map.entry("files", Set.of()),
            Map.entry("csv", Set.of("model", "contract")),
            Map.entry("crm", Set.of("model", "contract", "csv")),
            // The xlsx layer knows no plan: from model only the one exception type every layer throws.
            Map.entry("xlsx.read", Set.of("model")),
            Map.entry("xlsx", Set.of("model", "files", "xlsx.read")),
            Map.entry("workbook", Set.of("model", "contract", "xlsx")),
            Map.entry("actuals", Set.of("model", "contract", "xlsx.read")),
            Map.entry("report", Set.of("model", "contract", "actuals", "csv", "xlsx")),
            Map.entry("cli", Set.of("*")));
    /** What the xlsx layer may take from model. */
    private static final Set<String> XLSX_FROM_MODEL = Set.of("org.funnelplan.model.InputException");
    /** Packages that are plain Java: nothing but java.* (and javax.*, none so far). */
    private static final Set<String> PLAIN_JAVA = Set.of("model", "contract");
    /** No POI (nor its XML schemas) below the xlsx layer. */
    private static final Set<String> NO_POI = Set.of("model", "contract", "files", "csv", "crm");
    private static final Pattern POI = Pattern.compile("\\b(org\\.apache\\.poi|org\\.openxmlformats|org\\.apache\\.xmlbeans|com\\.microsoft\\.schemas)\\.");

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;");
    /** org.funnelplan.pkg.sub.Type: the package is the lower-case segments before the first upper-case one. */
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.funnelplan\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.([A-Z]\\w*)");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        int files = 0;
        try (Stream<Path> sources = Files.walk(MAIN)) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                files++;
                String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
                seen.add(pkg);
                String where = MAIN.relativize(file).toString();
                Set<String> allowed = MAY_USE.get(pkg);
                if (allowed == null) {
                    violations.add(where + ": package " + pkg + " has no layer in LayeringTest (and README Layout)");
                    continue;
                }
                String code = withoutCommentsAndStrings(Files.readString(file));
                for (String used : references(code)) {
                    String target = ourPackage(used);
                    if (target == null) {
                        if (PLAIN_JAVA.contains(pkg) && !used.startsWith("java.") && !used.startsWith("javax.")) {
                            violations.add(where + " uses " + used + ": " + pkg + " is plain Java");
                        }
                        if (NO_POI.contains(pkg) && POI.matcher(used + ".").lookingAt()) {
                            violations.add(where + " uses " + used + ": " + pkg + " must not use POI");
                        }
                        continue;
                    }
                    if (target.equals(pkg) || allowed.contains("*")) {
                        continue;
                    }
                    if (!allowed.contains(target)) {
                        violations.add(where + " uses " + used + ": " + pkg + " may use " + (allowed.isEmpty() ? "none of ours" : new TreeSet<>(allowed)));
                    } else if (pkg.startsWith("xlsx") && target.equals("model") && !XLSX_FROM_MODEL.contains(used)) {
                        violations.add(where + " uses " + used + ": the xlsx layer may take only " + XLSX_FROM_MODEL + " from model");
                    }
                }
            }
        }
        assertTrue(files > 100, "read only " + files + " sources from " + MAIN.toAbsolutePath());
        assertEquals(new TreeSet<>(MAY_USE.keySet()), seen, "every package of the table has sources, and no other package has");
        assertEquals(List.of(), violations);
    }

    /** Imported names (a static import: its class) and fully qualified names in the code. */
    private static Set<String> references(String code) {
        Set<String> used = new TreeSet<>();
        Matcher imports = IMPORT.matcher(code);
        while (imports.find()) {
            used.add(typeOf(imports.group(1)));
        }
        Matcher qualified = QUALIFIED.matcher(code);
        while (qualified.find()) {
            used.add(OURS + qualified.group(1) + "." + qualified.group(2));
        }
        return used;
    }

    /** {@code a.b.Type.member} → {@code a.b.Type}; a name without an upper-case segment stays as it is. */
    private static String typeOf(String name) {
        String[] parts = name.split("\\.");
        StringBuilder type = new StringBuilder();
        for (String part : parts) {
            type.append(type.isEmpty() ? "" : ".").append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
        }
        return type.toString();
    }

    /** The package below org.funnelplan of one of our types ({@code xlsx.read}), or null for another library's. */
    private static String ourPackage(String type) {
        if (!type.startsWith(OURS)) {
            return null;
        }
        int end = type.lastIndexOf('.');
        return type.substring(OURS.length(), end);
    }

    /** The source with comments, string and character literals and text blocks blanked out. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void commentsAndStringsAreNoReferences() {
        String code = withoutCommentsAndStrings("""
                import org.funnelplan.model.Plan;
                /** {@link org.funnelplan.workbook.Labels} */
                class X { String s = "org.funnelplan.cli.Main"; char q = '"'; // org.funnelplan.report.VarianceCsv
                    Object o = org.funnelplan.actuals.ActualsImport.class; }
                """);
        assertEquals(new TreeSet<>(List.of("org.funnelplan.model.Plan", "org.funnelplan.actuals.ActualsImport")), references(code));
    }
}
