package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class ConsoleWordsTest {

    @Test
    void theDutchConsoleWordsGiveEveryKeyTheEnglishOnesDo() throws IOException {
        assertEquals(keys("console.properties"), keys("console_nl.properties"));
    }

    private static TreeSet<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConsoleWords.class.getResourceAsStream(file)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
