package org.funnelplan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "From Java" block, exactly as the README has it: compiled against the public API
 * (javac, -Xlint:all -Werror), run in a JVM of its own in a folder holding the seed's targets.csv
 * and history.csv, and the plan.xlsx it writes read back.
 */
class LibraryUseTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("## From Java\\n.*?```java\\n(.*?)```", Pattern.DOTALL);
    /** The imports a reader of the README adds; the block itself is not changed. */
    private static final String PROGRAM = """
            import java.io.OutputStream;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.ArrayList;
            import java.util.List;

            import org.funnelplan.csv.HistoryReader;
            import org.funnelplan.csv.TargetsReader;
            import org.funnelplan.model.FunnelPlanner;
            import org.funnelplan.model.Plan;
            import org.funnelplan.model.PlanInputs;
            import org.funnelplan.workbook.PlanWorkbook;
            import org.funnelplan.workbook.WorkbookOptions;

            public class ReadmeExample {
                public static void main(String[] args) throws Exception {
            %s
                }
            }
            """;

    @TempDir
    Path dir;

    static String readmeBlock() throws IOException {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(Path.of("README.md")));
        assertTrue(block.find(), "README.md has a ```java block under ## From Java");
        return block.group(1);
    }

    @Test
    void theReadmeBlockPassesNoNulls() throws IOException {
        String block = readmeBlock();
        assertFalse(block.contains("null"), block);
        assertTrue(block.contains("PlanInputs.of("), block);
    }

    @Test
    void theReadmeBlockCompilesRunsAndWritesTheSeedsPlan() throws Exception {
        Path source = Files.createDirectories(dir.resolve("src")).resolve("ReadmeExample.java");
        Files.writeString(source, PROGRAM.formatted(readmeBlock().indent(8)));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String classpath = productClasspath();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-Xlint:all", "-Werror", "-proc:none", "-cp", classpath, "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertTrue(compiled, diagnostics.toString());

        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(Path.of("samples/seed/targets.csv"), work.resolve("targets.csv"));
        Files.copy(Path.of("samples/seed/history.csv"), work.resolve("history.csv"));
        Path log = dir.resolve("run.txt");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", classes + File.pathSeparator + classpath, "ReadmeExample")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the example did not finish in 120 s");
        assertEquals(0, run.exitValue(), Files.readString(log));

        try (XSSFWorkbook workbook = new XSSFWorkbook(work.resolve("plan.xlsx").toFile())) {
            assertEquals(2027.0, workbookNumber(workbook, "Plan_Year"));
            // The blog's rep X: 10 customers at 50%, 20%, 25% need 400 contacted.
            assertEquals(400.0, workbookNumber(workbook, "Team_Plan_contacted"));
            assertEquals(1, workbook.getNames("Plan_contacted_M").size(), "one rep sheet with its monthly plan");
        }
    }

    private static double workbookNumber(XSSFWorkbook workbook, String name) {
        XSSFName defined = workbook.getName(name);
        CellReference ref = new AreaReference(defined.getRefersToFormula(), workbook.getSpreadsheetVersion()).getFirstCell();
        Cell cell = workbook.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
        return cell.getNumericCellValue();
    }

    /** The product's classes and its dependencies, as the test JVM has them; JUnit and the tests stay out. */
    private static String productClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains("junit") && !entry.contains("opentest4j") && !entry.contains("apiguardian")
                    && !entry.endsWith("test-classes") && !entry.contains("surefire")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
