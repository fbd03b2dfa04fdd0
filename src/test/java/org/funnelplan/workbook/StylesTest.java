package org.funnelplan.workbook;

import static org.funnelplan.workbook.WrittenPlans.parts;
import static org.funnelplan.workbook.WrittenPlans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.Test;

/** styles.xml as Excel and other readers want it. */
class StylesTest {
    private static final Pattern RGB = Pattern.compile("rgb=\"([^\"]*)\"");

    @Test
    void everyColourInStylesIsArgbAsTheSchemaWants() throws IOException {
        String styles = parts(write(SeedFunnel.plan())).get("xl/styles.xml");
        List<String> colours = new ArrayList<>();
        for (Matcher m = RGB.matcher(styles); m.find(); ) {
            colours.add(m.group(1));
        }
        assertFalse(colours.isEmpty());
        assertEquals(List.of(), colours.stream().filter(c -> !c.matches("[0-9A-F]{8}")).toList(), "colours not ARGB");
        assertTrue(colours.contains("FFFFF2CC"), "the input yellow, opaque: " + colours);
    }

    @Test
    void theStylesHaveTheNormalCellStyleThatReadersLookFor() throws IOException {
        String styles = parts(write(SeedFunnel.plan())).get("xl/styles.xml");
        assertTrue(styles.contains("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"),
                styles);
    }
}
