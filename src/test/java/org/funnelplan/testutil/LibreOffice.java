package org.funnelplan.testutil;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test utility: let LibreOffice open, recalculate and save a workbook, so tests can check the
 * values a spreadsheet program really computes from our formulas rather than the cached values we
 * wrote ourselves.
 *
 * <p>LibreOffice normally trusts the cached values in an .xlsx it did not write. A private user
 * profile sets Calc's "recalculation on file load" to "always" for both OOXML and ODF files, so
 * every formula is evaluated. The profile is created once per JVM (the first start of soffice
 * with a fresh profile takes several seconds) and removed when the JVM exits.
 */
public final class LibreOffice {

    /** Seconds one conversion may take, first start of a fresh profile included. */
    static final long TIMEOUT_SECONDS = 120;

    /** The filter that writes .xlsx. */
    public static final String XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML";

    private static final String REGISTRY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
            <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    /** A Dutch install: the locale setting nl-NL, so numbers read and print with Dutch marks, as in Dutch Excel. */
    private static final String DUTCH = """
            <item oor:path="/org.openoffice.Setup/L10N">\
            <prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>nl-NL</value></prop></item>
            """;

    private static Path profile;
    private static Path dutchProfile;
    private static Path defaultProfile;

    /** Which LibreOffice a conversion runs in. */
    private enum Install { RECALCULATING, DUTCH, AS_INSTALLED }

    private LibreOffice() {
    }

    /**
     * Skips the calling test when LibreOffice is not installed; fails it instead when the
     * environment variable {@code CI} is {@code true}, so a CI run cannot pass by skipping.
     */
    public static void assumeAvailable() {
        if (soffice().isPresent()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("LibreOffice (soffice) is required when CI=true, but soffice was not found on PATH;"
                    + " install it (e.g. apt-get install libreoffice-calc-nogui) or run .ci/run");
        }
        Assumptions.abort("LibreOffice not installed: skipping this test because soffice was not found on PATH"
                + " (set CI=true to make this a failure)");
    }

    /**
     * Opens {@code xlsx} in LibreOffice, recalculates every formula and saves it as .xlsx in
     * {@code outDir} under the same file name.
     *
     * @return the file LibreOffice saved
     */
    public static Path recalculate(Path xlsx, Path outDir) {
        return convert(xlsx, outDir, XLSX_FILTER);
    }

    /**
     * Converts {@code file} with LibreOffice into {@code outDir}, e.g. with format {@code "pdf"} to
     * look at a workbook, or {@code "xlsx:Calc MS Excel 2007 XML"}. Formulas are recalculated on load.
     *
     * @param format soffice's {@code --convert-to} argument: an extension, optionally followed by
     *               {@code :} and a filter name
     * @return the file LibreOffice wrote: {@code outDir}, the input's base name, the format's extension
     */
    public static Path convert(Path file, Path outDir, String format) {
        return convert(file, outDir, format, null, Install.RECALCULATING);
    }

    /** As {@link #convert(Path, Path, String, String)} in a LibreOffice set to the Dutch locale. */
    public static Path convertAsDutch(Path file, Path outDir, String format, String inFilter) {
        return convert(file, outDir, format, inFilter, Install.DUTCH);
    }

    /**
     * As {@link #convert(Path, Path, String)}, opening the file with soffice's {@code --infilter}, e.g.
     * {@code "CSV:59,34,76,1,,1043"} to open a CSV as Dutch Excel does (';', UTF-8, Dutch number marks).
     */
    public static Path convert(Path file, Path outDir, String format, String inFilter) {
        return convert(file, outDir, format, inFilter, Install.RECALCULATING);
    }

    /**
     * Converts {@code file} as {@code soffice --convert-to} does on a user's machine: a fresh
     * profile with LibreOffice's own settings, so formulas are not recalculated on load and the
     * cached values are shown. A director printing a plan from the command line gets this.
     */
    public static Path convertWithDefaults(Path file, Path outDir, String format) {
        return convert(file, outDir, format, null, Install.AS_INSTALLED);
    }

    private static synchronized Path convert(Path file, Path outDir, String format, String inFilter, Install install) {
        assumeAvailable();
        Path input = file.toAbsolutePath().normalize();
        Path dir = outDir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("no such file: " + input);
        }
        String extension = format.split(":", 2)[0].toLowerCase(Locale.ROOT);
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path output = dir.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + extension);
        if (output.equals(input)) {
            throw new IllegalArgumentException("LibreOffice would overwrite its input " + input
                    + "; convert into another directory");
        }
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(output);
            List<String> command = new ArrayList<>(List.of(
                    soffice().orElseThrow().toString(),
                    "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                    "-env:UserInstallation=" + profileOf(install).toUri().toASCIIString()));
            if (inFilter != null) {
                command.add("--infilter=" + inFilter);
            }
            command.addAll(List.of(
                    "--convert-to", format,
                    "--outdir", dir.toString(),
                    input.toString()));
            Path log = Files.createTempFile("soffice", ".log");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                    Assertions.fail("soffice did not finish within " + TIMEOUT_SECONDS + " s converting " + input
                            + "\n" + String.join(" ", command) + "\n" + read(log));
                }
                int exit = process.exitValue();
                if (exit != 0 || !Files.isRegularFile(output) || Files.size(output) == 0) {
                    Assertions.fail("soffice failed converting " + input + " to " + output + " (exit " + exit + ")\n"
                            + String.join(" ", command) + "\n" + read(log));
                }
            } finally {
                Files.deleteIfExists(log);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for soffice", e);
        }
    }

    /** soffice on PATH, if any. */
    public static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            for (String name : windows ? List.of("soffice.exe", "soffice.com") : List.of("soffice")) {
                try {
                    Path candidate = Path.of(entry.strip(), name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (RuntimeException e) {
                    // an entry that is no valid path: ignore it
                }
            }
        }
        return Optional.empty();
    }

    /** The private profile, created on first use and deleted when the JVM exits. */
    private static Path profile() throws IOException {
        if (profile == null) {
            profile = newProfile(REGISTRY);
        }
        return profile;
    }

    private static Path profileOf(Install install) throws IOException {
        return switch (install) {
            case RECALCULATING -> profile();
            case DUTCH -> dutchProfile();
            case AS_INSTALLED -> defaultProfile();
        };
    }

    private static Path dutchProfile() throws IOException {
        if (dutchProfile == null) {
            dutchProfile = newProfile(REGISTRY.replace("</oor:items>", DUTCH + "</oor:items>"));
        }
        return dutchProfile;
    }

    private static Path newProfile(String registryText) throws IOException {
        Path dir = Files.createTempDirectory("funnelplan lo-profile ");
        Path registry = dir.resolve("user").resolve("registrymodifications.xcu");
        Files.createDirectories(registry.getParent());
        Files.writeString(registry, registryText, StandardCharsets.UTF_8);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "delete LibreOffice profile"));
        return dir;
    }

    /** A profile left to LibreOffice's defaults, created on first use and deleted when the JVM exits. */
    private static Path defaultProfile() throws IOException {
        if (defaultProfile == null) {
            Path dir = Files.createTempDirectory("funnelplan lo-default-profile ");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "delete LibreOffice default profile"));
            defaultProfile = dir;
        }
        return defaultProfile;
    }

    private static String read(Path log) {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "(soffice output unreadable: " + e + ")";
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
