package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No library's log line reaches the user. POI logs through the Log4j API: in a JVM of its own,
 * without the test's logging switches, a broken XML part that POI parses (it logs FATAL there)
 * prints nothing, and the launcher reading broken package parts prints only its error line.
 */
class LibraryLogsTest {
    @TempDir
    Path dir;

    /** Run as a main class in the forked JVM: makes POI log, as its OPCPackage did for a DOCTYPE in [Content_Types].xml. */
    public static final class PoiParsesBrokenXml {
        public static void main(String[] args) throws Exception {
            try {
                org.apache.poi.util.XMLHelper.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                        "<?xml version=\"1.0\"?><!DOCTYPE Types><Types>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (org.xml.sax.SAXException expected) {
                System.out.println("parsed and failed");
            }
        }
    }

    @Test
    void poiLogsNothingToTheConsole() {
        ForkedRun run = ForkedRun.main(dir, PoiParsesBrokenXml.class.getName());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("parsed and failed", run.out().strip());
        assertEquals("", run.err(), "POI's FATAL XMLHelper line, or Log4j's own status line");
    }

    @Test
    void theLauncherShowsOnlyItsOwnLineForABrokenPackagePart() throws Exception {
        Path plan = dir.resolve("plan.xlsx");
        CommandLineRun made = CommandLineRun.of("generate", "--targets", "samples/seed/targets.csv", "--history", "samples/seed/history.csv",
                "--year", "2027", "--out", plan.toString());
        assertEquals(0, made.exitCode(), made.err());
        Path broken = ZipParts.of(plan).replace("docProps/core.xml", "^(<\\?xml[^>]*\\?>)", "$1<!DOCTYPE x>")
                .replace("[Content_Types].xml", "^(<\\?xml[^>]*\\?>)", "$1<!DOCTYPE Types>").writeTo(dir.resolve("broken.xlsx"));
        ForkedRun run = ForkedRun.of(dir, "variance", broken.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("error: " + broken + ": refused: [Content_Types].xml declares a DOCTYPE, which no workbook from Excel or LibreOffice has"
                + " (a damaged or tampered file)", run.err().strip());
        assertTrue(run.out().isEmpty(), run.out());
    }
}
