package org.funnelplan.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook under the stream, which writes the plan's defined names into workbook.xml as it
 * saves it. Adding ~50,000 names through POI costs a scan of all earlier names each; here they
 * are one string, written where the saved workbook.xml has its sheets.
 */
public final class NamedWorkbook extends XSSFWorkbook {
    private final DefinedNames names;

    public NamedWorkbook(DefinedNames names) {
        this.names = names;
    }

    /** Commits every part's content into the package, as POI's write() does before it saves the package. */
    void commitParts() throws IOException {
        onSave(new HashSet<>());
        getProperties().commit();
    }

    @Override
    protected void commit() throws IOException {
        super.commit();
        PackagePart part = getPackagePart();
        String xml;
        try (InputStream in = part.getInputStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        part.clear(); // a part's output stream appends to what it holds
        try (OutputStream out = part.getOutputStream()) {
            out.write(DefinedNamesInjector.withNames(xml, names.all()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
