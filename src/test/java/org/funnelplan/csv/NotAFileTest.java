package org.funnelplan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import org.funnelplan.model.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device or a named pipe given as a CSV is refused at once: /dev/zero is no UTF-16 file, and a FIFO would wait forever. */
class NotAFileTest {
    @TempDir
    Path dir;

    @Test
    void aDeviceIsNotReadAsUtf16() {
        InputException e = assertThrows(InputException.class, () -> CsvText.open(Path.of("/dev/zero"), new ArrayList<>()));
        assertEquals("/dev/zero: cannot read: it is not a regular file (a device or a named pipe); give the saved CSV file itself", e.getMessage());
    }

    @Test
    void aNamedPipeIsRefusedInsteadOfWaitedOn() throws Exception {
        Path fifo = dir.resolve("targets.csv");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is missing");
        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> CsvText.open(fifo, new ArrayList<>())));
        assertEquals(fifo + ": cannot read: it is not a regular file (a device or a named pipe); give the saved CSV file itself", e.getMessage());
    }
}
