package org.funnelplan.crm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.csv.CsvFormat;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Fixture files next to the tests, and the conversion as the command runs it. */
final class CrmFixtures {
    private CrmFixtures() {
    }

    static Path fixture(String name) {
        URL url = CrmFixtures.class.getResource(name);
        assertNotNull(url, "missing fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the map and the exports and derives the history, as {@code from-crm --stages} does. */
    static FromCrm.Converted convert(Path map, List<Path> exports, String pipeline, DateOrder order, Period period) {
        List<String> warnings = new ArrayList<>();
        return FromCrm.history(new FromCrm.Options(exports, pipeline, order, period), StageMap.read(map, warnings), warnings);
    }

    static String csv(CrmHistory history, CsvFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        history.write(out, format);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Won, lost, open and unstaged items over every pipeline read. */
    static long[] tally(CrmHistory history) {
        long[] tally = new long[4];
        for (CrmHistory.PipelineCount p : history.pipelines()) {
            tally[0] += p.won();
            tally[1] += p.lost();
            tally[2] += p.open();
            tally[3] += p.unstaged();
        }
        return tally;
    }
}
