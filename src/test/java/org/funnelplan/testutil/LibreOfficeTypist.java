package org.funnelplan.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test utility: make LibreOffice act like a rep who opens a workbook, types into cells, inserts
 * rows or columns and saves it as .xlsx again, so tests can check what our workbooks do when
 * edited by a real spreadsheet program.
 *
 * <pre>{@code
 * Path saved = LibreOfficeTypist.open(plan)
 *         .set("Anna", "Actual_won_M", 3, 2)       // the 4th cell of Anna's Actual_won_M
 *         .insertRows("Anna", 14, 1)               // Insert Rows above row 14
 *         .saveAs(temp.resolve("typed.xlsx"));
 * }</pre>
 *
 * <p>Nothing happens until {@link #saveAs}: it writes the edits as JSON and runs
 * {@code edit_workbook.py} (a resource next to this class) with the system Python's UNO bridge,
 * which starts a headless soffice with a private profile, applies the edits through the UNO API
 * in order and stores the result with the "Calc MS Excel 2007 XML" filter. The profile keeps
 * LibreOffice's default settings, as a rep's fresh install would (so formulas are not all
 * recalculated on load; those depending on typed cells are recalculated as in the program).
 *
 * <p>Like a rep, the typist cannot type into a locked cell of a protected sheet: such a
 * {@code set} fails. To insert rows or columns it unprotects a sheet protected without a password
 * and protects it again. Names are resolved in the given sheet's own names first, then in the
 * workbook's; the index is 0-based and row-major within the range the name refers to.
 */
public final class LibreOfficeTypist {

    /** Seconds one edit session may take, starting soffice with a fresh profile included. */
    static final long TIMEOUT_SECONDS = 120;

    /** The Python that has LibreOffice's UNO bridge (Debian: python3-uno); not pyenv's python3. */
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = "uno/edit_workbook.py";

    private static Path workDir;
    private static Path script;
    private static Path profile;
    private static Boolean unoImportable;

    private final Path input;
    private final List<String> edits = new ArrayList<>();

    private LibreOfficeTypist(Path input) {
        this.input = input;
    }

    /**
     * Skips the calling test when LibreOffice or the system Python's UNO bridge is missing; fails
     * it instead when the environment variable {@code CI} is {@code true}.
     */
    public static void assumeAvailable() {
        LibreOffice.assumeAvailable();
        String problem = unoProblem();
        if (problem == null) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("LibreOffice's Python UNO bridge is required when CI=true, but " + problem
                    + "; install it (e.g. apt-get install python3-uno) or run .ci/run");
        }
        Assumptions.abort("LibreOffice's Python UNO bridge missing: skipping this test because " + problem
                + " (set CI=true to make this a failure)");
    }

    /** Starts a list of edits to {@code xlsx}; the file itself is never changed unless saved over. */
    public static LibreOfficeTypist open(Path xlsx) {
        Path file = xlsx.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        return new LibreOfficeTypist(file);
    }

    /** Types the number {@code value} into cell {@code index} (0-based, row-major) of defined name {@code name}. */
    public LibreOfficeTypist set(String sheet, String name, int index, double value) {
        return add(nameTarget(sheet, name, index), "value", number(value));
    }

    /** Types {@code text} (kept as text, even if it looks like a number) into cell {@code index} of {@code name}. */
    public LibreOfficeTypist setText(String sheet, String name, int index, String text) {
        return add(nameTarget(sheet, name, index), "text", string(text));
    }

    /**
     * Enters {@code formula} (starting with {@code =}; English function names as in LibreOffice's API)
     * into cell {@code index} of {@code name}.
     */
    public LibreOfficeTypist setFormula(String sheet, String name, int index, String formula) {
        return add(nameTarget(sheet, name, index), "formula", string(formula));
    }

    /** Types the number {@code value} into the cell at {@code address} (e.g. {@code "C40"}) of {@code sheet}. */
    public LibreOfficeTypist setCell(String sheet, String address, double value) {
        return add(cellTarget(sheet, address), "value", number(value));
    }

    /** Types {@code text} into the cell at {@code address} of {@code sheet}. */
    public LibreOfficeTypist setCellText(String sheet, String address, String text) {
        return add(cellTarget(sheet, address), "text", string(text));
    }

    /** Enters {@code formula} into the cell at {@code address} of {@code sheet}. */
    public LibreOfficeTypist setCellFormula(String sheet, String address, String formula) {
        return add(cellTarget(sheet, address), "formula", string(formula));
    }

    /** Inserts {@code count} rows above row {@code beforeRow} (1-based, as the rep sees it). */
    public LibreOfficeTypist insertRows(String sheet, int beforeRow, int count) {
        positive(beforeRow, "beforeRow");
        positive(count, "count");
        edits.add("{\"op\":\"insert_rows\",\"sheet\":" + string(sheet) + ",\"before_row\":" + beforeRow
                + ",\"count\":" + count + "}");
        return this;
    }

    /** Inserts {@code count} columns left of column {@code beforeColumn} (letters, e.g. {@code "C"}). */
    public LibreOfficeTypist insertColumns(String sheet, String beforeColumn, int count) {
        if (beforeColumn == null || !beforeColumn.matches("[A-Za-z]{1,3}")) {
            throw new IllegalArgumentException("not a column letter: " + beforeColumn);
        }
        positive(count, "count");
        edits.add("{\"op\":\"insert_columns\",\"sheet\":" + string(sheet) + ",\"before_column\":"
                + string(beforeColumn.toUpperCase(Locale.ROOT)) + ",\"count\":" + count + "}");
        return this;
    }

    /** Renames a sheet as a user renames its tab; LibreOffice carries the sheet's names and formulas along. */
    public LibreOfficeTypist renameSheet(String sheet, String to) {
        edits.add("{\"op\":\"rename_sheet\",\"sheet\":" + string(sheet) + ",\"to\":" + string(to) + "}");
        return this;
    }

    /**
     * Inserts {@code count} rows above row {@code beforeRow} as a rep does on a protected sheet: without
     * unprotecting it, so the session fails when the sheet's protection does not allow inserting rows.
     */
    public LibreOfficeTypist insertRowsAsRep(String sheet, int beforeRow, int count) {
        positive(beforeRow, "beforeRow");
        positive(count, "count");
        edits.add("{\"op\":\"insert_rows\",\"sheet\":" + string(sheet) + ",\"before_row\":" + beforeRow
                + ",\"count\":" + count + ",\"as_rep\":true}");
        return this;
    }

    /** Inserts {@code count} columns left of column {@code beforeColumn} as a rep does on a protected sheet, without unprotecting it. */
    public LibreOfficeTypist insertColumnsAsRep(String sheet, String beforeColumn, int count) {
        insertColumns(sheet, beforeColumn, count);
        String edit = edits.remove(edits.size() - 1);
        edits.add(edit.substring(0, edit.length() - 1) + ",\"as_rep\":true}");
        return this;
    }

    /**
     * Has LibreOffice's validation engine judge what the cell at {@code address} holds against its data
     * validation, as it judges what is typed (Tools ▸ Detective ▸ Mark Invalid Data); the session fails
     * when the verdict is not {@code valid}. A cell without validation is valid.
     */
    public LibreOfficeTypist expectValid(String sheet, String address, boolean valid) {
        edits.add("{\"op\":\"expect_valid\"," + cellTarget(sheet, address) + ",\"valid\":" + valid + "}");
        return this;
    }

    /** As {@link #expectValid(String, String, boolean)}, for cell {@code index} of defined name {@code name}. */
    public LibreOfficeTypist expectValid(String sheet, String name, int index, boolean valid) {
        edits.add("{\"op\":\"expect_valid\"," + nameTarget(sheet, name, index) + ",\"valid\":" + valid + "}");
        return this;
    }

    /** Recalculates every formula (Data ▸ Calculate ▸ Recalculate Hard). */
    public LibreOfficeTypist recalculate() {
        edits.add("{\"op\":\"recalculate\"}");
        return this;
    }

    /**
     * Runs LibreOffice: opens the workbook, applies the edits in order and saves it as .xlsx at
     * {@code out} (which may be the input), or as OpenDocument when {@code out} ends in .ods. Fails with LibreOffice's and the script's output when
     * any edit fails or the session takes longer than {@value #TIMEOUT_SECONDS} s; {@code out} is
     * then left as it was.
     *
     * @return {@code out}
     */
    public Path saveAs(Path out) {
        assumeAvailable();
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            return run(this, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LibreOffice", e);
        }
    }

    /** The edits as the script reads them. */
    String json() {
        return "[" + String.join(",\n", edits) + "]\n";
    }

    /** One soffice at a time: they share the profile, which only one process may use. */
    private static synchronized Path run(LibreOfficeTypist typist, Path target)
            throws IOException, InterruptedException {
        Path editsFile = Files.createTempFile(workDir(), "edits ", ".json");
        Path log = Files.createTempFile(workDir(), "edit_workbook ", ".log");
        try {
            Files.writeString(editsFile, typist.json(), StandardCharsets.UTF_8);
            List<String> command = List.of(
                    PYTHON.toString(), script().toString(),
                    "--soffice", LibreOffice.soffice().orElseThrow().toString(),
                    "--profile", profile().toUri().toASCIIString(),
                    typist.input.toString(), editsFile.toString(), target.toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            cleanPythonEnvironment(builder.environment());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                // soffice runs in its own process group under the script: kill the whole family.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                Assertions.fail("LibreOffice did not finish editing " + typist.input + " within " + TIMEOUT_SECONDS
                        + " s\n" + describe(command, typist, log));
            }
            int exit = process.exitValue();
            if (exit != 0 || !Files.isRegularFile(target)) {
                Assertions.fail("LibreOffice failed editing " + typist.input + " into " + target + " (exit " + exit
                        + ")\n" + describe(command, typist, log));
            }
            return target;
        } finally {
            Files.deleteIfExists(editsFile);
            Files.deleteIfExists(log);
        }
    }

    private static String describe(List<String> command, LibreOfficeTypist typist, Path log) {
        return String.join(" ", command) + "\nedits:\n" + typist.json() + "output:\n" + read(log);
    }

    private LibreOfficeTypist add(String target, String kind, String json) {
        edits.add("{\"op\":\"set\"," + target + ",\"" + kind + "\":" + json + "}");
        return this;
    }

    private static String nameTarget(String sheet, String name, int index) {
        Objects.requireNonNull(name, "name");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        return (sheet == null ? "" : "\"sheet\":" + string(sheet) + ",")
                + "\"name\":" + string(name) + ",\"index\":" + index;
    }

    private static String cellTarget(String sheet, String address) {
        if (address == null || !address.matches("\\$?[A-Za-z]{1,3}\\$?[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a cell address: " + address);
        }
        return "\"sheet\":" + string(sheet) + ",\"cell\":" + string(address);
    }

    private static void positive(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1: " + n);
        }
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a rep cannot type " + value);
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    /** A JSON string literal. */
    static String string(String s) {
        Objects.requireNonNull(s);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Why the system Python cannot import uno, or null when it can. Checked once per JVM. */
    private static synchronized String unoProblem() {
        if (unoImportable == null) {
            unoImportable = Files.isExecutable(PYTHON) && pythonImportsUno();
        }
        if (unoImportable) {
            return null;
        }
        return Files.isExecutable(PYTHON)
                ? PYTHON + " -c 'import uno' failed"
                : PYTHON + " was not found";
    }

    private static boolean pythonImportsUno() {
        try {
            ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), "-c", "import uno")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            cleanPythonEnvironment(builder.environment());
            Process process = builder.start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A pyenv or virtualenv around the JVM must not redirect the system Python's imports. */
    private static void cleanPythonEnvironment(Map<String, String> environment) {
        environment.remove("PYTHONHOME");
        environment.remove("PYTHONPATH");
        environment.remove("PYTHONSTARTUP");
        environment.remove("VIRTUAL_ENV");
    }

    /** A directory for the script, the profile and the edit files; deleted when the JVM exits. */
    private static synchronized Path workDir() throws IOException {
        if (workDir == null) {
            Path dir = Files.createTempDirectory("funnelplan typist ");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "delete LibreOfficeTypist files"));
            workDir = dir;
        }
        return workDir;
    }

    private static synchronized Path script() throws IOException {
        if (script == null) {
            Path file = workDir().resolve("edit_workbook.py");
            try (InputStream in = LibreOfficeTypist.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + SCRIPT + " next to LibreOfficeTypist is missing");
                }
                Files.copy(in, file);
            }
            script = file;
        }
        return script;
    }

    /** LibreOffice's default settings in a profile of its own, kept for the JVM: a fresh start takes seconds. */
    private static synchronized Path profile() throws IOException {
        if (profile == null) {
            profile = Files.createDirectories(workDir().resolve("profile"));
        }
        return profile;
    }

    private static String read(Path log) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort at JVM exit
        }
    }
}
