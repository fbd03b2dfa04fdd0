package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/funnelplan} as a user runs it. The test phase comes before {@code package}, so the
 * shaded jar need not exist yet (or may be an old build's): the tests copy the launcher into a
 * folder of their own, with a space in its name, beside a {@code target/funnelplan.jar} of their
 * own, a jar of nothing but a manifest whose Class-Path is the product's freshly compiled classes
 * and dependencies. They need bash; without it they are skipped, and fail under CI=true. The two
 * tests of the Class Data Sharing archive need the packaged jar and its archive, and are skipped
 * when no earlier {@code mvn package} made both ({@code mvn verify} on a clean tree runs them only
 * the second time); under CI=true they fail instead, and {@code .ci/run} packages before it verifies.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("bin", "funnelplan");
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path dir;
    Path app;
    Path work;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void layOut() throws IOException {
        assumeBash();
        app = dir.resolve("fun plan");
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("target"));
        Path launcher = Files.copy(LAUNCHER, app.resolve("bin/funnelplan"), StandardCopyOption.COPY_ATTRIBUTES);
        assertTrue(launcher.toFile().setExecutable(true));
        writeManifestJar(app.resolve("target/funnelplan.jar"));
        work = Files.createDirectories(dir.resolve("work"));
        Files.copy(Path.of("samples/seed/targets.csv"), work.resolve("targets.csv"));
        Files.copy(Path.of("samples/seed/history.csv"), work.resolve("history.csv"));
    }

    @Test
    void writesTheSeedPlanFromAnotherFolderThroughALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("funnelplan-link"), app.resolve("bin/funnelplan"));
        Run run = run(link, Map.of(), "generate", "--targets", "targets.csv", "--history", "history.csv", "--year", "2027",
                "--out", "seed plan.xlsx");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote seed plan.xlsx: plan 2027, 1 rep, 10 new customers"), run.out());
        assertTrue(run.out().contains("1,000 lead -> 400 contacted -> 100 visited -> 20 quoted -> 10 won"), run.out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(work.resolve("seed plan.xlsx").toFile())) {
            assertEquals(2027, (int) workbook.getSheet("Overview").getRow(3).getCell(1).getNumericCellValue());
            assertEquals("Rep X", workbook.getSheetAt(2).getSheetName());
        }
    }

    @Test
    void badDataExitsOneWithItsErrorLine() throws Exception {
        Files.writeString(work.resolve("targets.csv"), "rep,new_customers,avg_margin\nX,ten,5000\n");
        Run run = run(launcher(), Map.of(), "generate", "--targets", "targets.csv", "--history", "history.csv", "--out", "plan.xlsx");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: targets.csv"), run.err());
        assertTrue(run.err().contains("line 2"), run.err());
        assertFalse(Files.exists(work.resolve("plan.xlsx")));
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        Run run = run(launcher(), Map.of(), "generate", "--targets", "targets.csv", "--history", "history.csv", "--out", "plan.xlsx",
                "--no-such-option");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--no-such-option"), run.err());
    }

    @Test
    void aMissingJarIsOneLineSayingHowToBuildIt() throws Exception {
        Files.delete(app.resolve("target/funnelplan.jar"));
        Run run = run(launcher(), Map.of(), "--version");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("funnelplan.jar is missing") && run.err().contains("mvn -q -B package -DskipTests"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aStaleOrBrokenArchiveIsLeftOutSilently() throws Exception {
        Path archive = app.resolve("target/funnelplan.jsa");
        Files.writeString(archive, "not an archive of this jar");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Run run = run(launcher(), Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("funnelplan (development build)", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void javaOptsComeAfterTheLaunchersOptionsAndJdkJavaOptionsIsKept() throws Exception {
        Path gcLog = dir.resolve("gc.log");
        Run run = run(launcher(), Map.of("JAVA_OPTS", "-Xmx300m -XX:+PrintCommandLineFlags",
                "JDK_JAVA_OPTIONS", "-Xlog:gc:file=" + gcLog), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-XX:MaxHeapSize=314572800"), run.out());
        assertTrue(run.out().contains("-XX:TieredStopAtLevel=1") && run.out().contains("-XX:+UseSerialGC"), run.out());
        assertTrue(Files.exists(gcLog), "the GC log asked for in JDK_JAVA_OPTIONS");

        Run g1 = run(launcher(), Map.of("JAVA_OPTS", "-XX:+UseG1GC -XX:TieredStopAtLevel=4 -XX:+PrintCommandLineFlags"), "--version");
        assertEquals(0, g1.exitCode(), g1.err());
        assertTrue(g1.out().contains("-XX:+UseG1GC") && !g1.out().contains("UseSerialGC"), g1.out());
        assertTrue(g1.out().contains("-XX:TieredStopAtLevel=4"), g1.out());
    }

    @Test
    void anArchiveOfAnotherPlaceIsLeftOutSilently() throws Exception {
        assumePackaged();
        // The project moved (or the jar was rebuilt): the JVM refuses the archive, and would say so on stdout.
        Files.copy(Path.of("target/funnelplan.jar"), app.resolve("target/funnelplan.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("target/funnelplan.jsa"), app.resolve("target/funnelplan.jsa"));
        Run run = run(launcher(), Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("funnelplan ") && run.out().strip().lines().count() == 1, run.out());
        assertEquals("", run.err());
    }

    @Test
    void usesTheArchiveThePackageStepWrote() throws Exception {
        assumePackaged();
        Path classes = dir.resolve("classes.log");
        Run run = run(LAUNCHER.toAbsolutePath(), Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + classes), "generate",
                "--targets", "targets.csv", "--history", "history.csv", "--year", "2027", "--out", "plan.xlsx");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<String> lines = Files.readAllLines(classes);
        assertTrue(lines.stream().anyMatch(line -> line.contains(" org.apache.poi.xssf.usermodel.XSSFWorkbook source: shared objects file (top)")),
                "POI from the archive");
        List<String> ours = lines.stream().filter(line -> line.contains(" org.funnelplan.")).toList();
        assertTrue(ours.size() > 100, ours.size() + " funnelplan classes");
        // CDS keeps no class file older than Java 6 (picocli's are Java 5), nor a class that implements one of them.
        List<String> fromTheJar = ours.stream().filter(line -> !line.contains("source: shared objects file (top)"))
                .map(line -> line.replaceAll(".*\\] (\\S+) source:.*", "$1")).filter(name -> !implementsPicocli(name)).toList();
        assertEquals(List.of(), fromTheJar, "funnelplan classes read from the jar, not the archive");
    }

    private static boolean implementsPicocli(String name) {
        try {
            for (Class<?> type : Class.forName(name, false, LauncherTest.class.getClassLoader()).getInterfaces()) {
                if (type.getName().startsWith("picocli.")) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assumePackaged() throws IOException {
        Path jar = Path.of("target/funnelplan.jar");
        Path archive = Path.of("target/funnelplan.jsa");
        boolean packaged = Files.exists(jar) && Files.exists(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        String why = "target/funnelplan.jar and a newer target/funnelplan.jsa are made by mvn package, after this test phase";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(packaged, "CI=true: " + why + "; .ci/run packages first");
        }
        Assumptions.assumeTrue(packaged, "skipped: " + why);
    }

    private Path launcher() {
        return app.resolve("bin/funnelplan");
    }

    /** Runs a launcher in {@link #work} with a clean environment: the test JVM's Java, no JVM options but {@code env}. */
    private Run run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("LOG4J") || key.startsWith("JAVA_TOOL")
                || key.startsWith("JDK_JAVA") || key.equals("JAVA_OPTS"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile());
        builder.redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A jar of a manifest only: Main-Class, and the product's classes and dependencies as the Class-Path. */
    private static void writeManifestJar(Path jar) throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("apiguardian")
                    && !entry.endsWith("test-classes") && !entry.contains("surefire")) {
                urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
    }

    private static void assumeBash() {
        boolean found = false;
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= !folder.isEmpty() && Files.isExecutable(Path.of(folder, "bash"));
        }
        if (found) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("bash is required when CI=true (bin/funnelplan is a bash script), but bash was not found on PATH");
        }
        Assumptions.abort("bash not found on PATH: skipping the launcher tests (set CI=true to make this a failure)");
    }
}
