package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RowStoreTest {
    /** Small pieces stay in memory; 200 × 100 KB go past the memory limit to the file, one piece straddling it. */
    @ParameterizedTest
    @ValueSource(ints = {10, 200})
    void readsBackEveryPieceWhereverItWent(int pieces) throws IOException {
        List<byte[]> written = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        try (RowStore store = new RowStore()) {
            for (int i = 0; i < pieces; i++) {
                byte[] piece = new byte[100_000 + i];
                Arrays.fill(piece, (byte) i);
                piece[0] = (byte) (i >> 8);
                written.add(piece);
                offsets.add(store.append(piece));
            }
            for (int i = pieces - 1; i >= 0; i--) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.copy(offsets.get(i), written.get(i).length, out);
                assertArrayEquals(written.get(i), out.toByteArray(), "piece " + i);
            }
        }
    }
}
