package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command's --help fits 80 columns and wraps between words, never inside one ("HISTORY.|csv", "e.|g."). */
@ResourceLock("picocli.usage.width")
class HelpTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"generate", "variance", "history", "from-crm", "templates", "demo"})
    void helpWrapsBetweenWords(String command) {
        String narrow = help(command, null);
        String wide = help(command, "1000");
        for (String line : narrow.split("\\R")) {
            assertTrue(line.length() <= 80, "longer than 80 columns: " + line);
        }
        // Wrapping only turns spaces into line breaks: the words are the same as on one long line.
        assertEquals(words(wide), words(narrow), "a word was split by the wrapping:\n" + narrow);
    }

    private static String help(String command, String width) {
        String before = System.getProperty("picocli.usage.width");
        try {
            if (width != null) {
                System.setProperty("picocli.usage.width", width);
            }
            CommandLineRun run = CommandLineRun.of(command, "--help");
            assertEquals(0, run.exitCode(), run.err());
            return run.out();
        } finally {
            if (before == null) {
                System.clearProperty("picocli.usage.width");
            } else {
                System.setProperty("picocli.usage.width", before);
            }
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).toList();
    }
}
