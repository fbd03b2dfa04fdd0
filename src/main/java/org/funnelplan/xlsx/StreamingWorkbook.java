package org.funnelplan.xlsx;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * A plan workbook written in two parts: POI's XSSF workbook holds everything but the rows (styles,
 * sheet settings, tables, charts, and the defined names {@link NamedWorkbook} adds); each sheet's
 * rows go through a {@link SheetRows} into one {@link RowStore} and are put into the sheet's empty
 * {@code <sheetData/>} as {@link PackageWriter} writes POI's parts out. Each sheet's cost is its
 * own, so a thousand rep sheets cost a thousand times one.
 */
public final class StreamingWorkbook implements Closeable {
    private static final byte[] EMPTY_SHEET_DATA = "<sheetData/>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_START = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHEET_DATA_END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final String STYLES = XSSFRelation.STYLES.getContentType();
    private static final String NORMAL_STYLE = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";

    private final NamedWorkbook template;
    private final int rowWindow;
    private final List<SheetRows> sheets = new ArrayList<>();
    private final RowStore rowStore = new RowStore();

    public StreamingWorkbook(NamedWorkbook template, int rowWindow) {
        this.template = template;
        this.rowWindow = rowWindow;
    }

    public NamedWorkbook template() {
        return template;
    }

    public SheetRows createSheet(String name) {
        SheetRows rows = new SheetRows(template.createSheet(name), rowStore, rowWindow);
        sheets.add(rows);
        return rows;
    }

    /**
     * Commits POI's parts and writes them to {@code out}, each sheet with its rows in place,
     * deflated on every core ({@link ParallelDeflate}): a big sheet's rows were deflated while
     * they were written, and go in as they are.
     */
    public void write(OutputStream out) throws IOException {
        for (SheetRows rows : sheets) {
            rows.flush();
            rows.writeDimension();
        }
        template.commitParts();
        Map<String, SheetRows> rowsByPart = rowsByPart();
        // Zip headers and data descriptors are written in small pieces; buffered, they are not a system call each.
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(out, 1 << 16));
        zip.setUseZip64(Zip64Mode.AsNeeded);
        PackageWriter.write(template.getPackage(), zip, new PackageWriter.PartContent() {
            @Override
            public void write(PackagePart part, OutputStream content) throws IOException {
                SheetRows rows = rowsByPart.get(part.getPartName().getName());
                try (InputStream in = part.getInputStream()) {
                    if (STYLES.equals(part.getContentType())) {
                        content.write(withNormalStyle(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                                .getBytes(StandardCharsets.UTF_8));
                    } else if (rows == null) {
                        in.transferTo(content);
                    } else {
                        withRows(in.readAllBytes(), rows, content);
                    }
                }
            }

            @Override
            public PackageWriter.RawPart deflated(PackagePart part) throws IOException {
                SheetRows rows = rowsByPart.get(part.getPartName().getName());
                if (rows == null || !rows.deflated()) {
                    return null;
                }
                try (InputStream in = part.getInputStream()) {
                    return withDeflatedRows(in.readAllBytes(), rows);
                }
            }
        });
        zip.finish();
        zip.flush();
    }

    /** Deletes the rows' temporary file and drops the in-memory package without saving it again. */
    @Override
    public void close() throws IOException {
        try {
            rowStore.close();
        } finally {
            template.getPackage().revert();
        }
    }

    /**
     * styles.xml with the built-in "Normal" cell style over the default format, as Excel writes it:
     * readers that look styles up by name (openpyxl among them) warn without it. Put in as text:
     * POI writes none, and poi-ooxml-lite carries no type for it.
     */
    static String withNormalStyle(String stylesXml) {
        if (stylesXml.contains("cellStyles")) {
            return stylesXml;
        }
        int at = stylesXml.indexOf("</cellXfs>");
        if (at < 0) {
            throw new IllegalStateException("unexpected styles.xml: no cellXfs");
        }
        at += "</cellXfs>".length();
        return stylesXml.substring(0, at) + NORMAL_STYLE + stylesXml.substring(at);
    }

    private static void withRows(byte[] sheetXml, SheetRows rows, OutputStream zip) throws IOException {
        int at = indexOf(sheetXml, EMPTY_SHEET_DATA);
        if (at < 0) {
            throw new IOException("no empty <sheetData/> in the saved sheet " + rows.sheet().getSheetName());
        }
        zip.write(sheetXml, 0, at);
        zip.write(SHEET_DATA_START);
        rows.copyTo(zip);
        zip.write(SHEET_DATA_END);
        int after = at + EMPTY_SHEET_DATA.length;
        zip.write(sheetXml, after, sheetXml.length - after);
    }

    /**
     * The sheet's part as one deflate stream: its start and end deflated here, around the rows
     * deflated while they were written; the end may refer back to the rows' last bytes.
     */
    private static PackageWriter.RawPart withDeflatedRows(byte[] sheetXml, SheetRows rows) throws IOException {
        int at = indexOf(sheetXml, EMPTY_SHEET_DATA);
        if (at < 0) {
            throw new IOException("no empty <sheetData/> in the saved sheet " + rows.sheet().getSheetName());
        }
        int after = at + EMPTY_SHEET_DATA.length;
        byte[] head = new byte[at + SHEET_DATA_START.length];
        System.arraycopy(sheetXml, 0, head, 0, at);
        System.arraycopy(SHEET_DATA_START, 0, head, at, SHEET_DATA_START.length);
        byte[] end = new byte[SHEET_DATA_END.length + sheetXml.length - after];
        System.arraycopy(SHEET_DATA_END, 0, end, 0, SHEET_DATA_END.length);
        System.arraycopy(sheetXml, after, end, SHEET_DATA_END.length, sheetXml.length - after);
        byte[] tail = rows.tail();
        ParallelDeflate.Deflated first = ParallelDeflate.deflate(head, head.length, null, 0, false);
        ParallelDeflate.Deflated last = ParallelDeflate.deflate(end, end.length, tail, tail.length, true);
        int crc = ParallelDeflate.combine(ParallelDeflate.combine(first.crc(), rows.xmlCrc(), rows.xmlLength()), last.crc(), end.length);
        InputStream raw = new SequenceInputStream(new ByteArrayInputStream(first.bytes(), 0, first.length()),
                new SequenceInputStream(rows.deflatedStream(), new ByteArrayInputStream(last.bytes(), 0, last.length())));
        return new PackageWriter.RawPart(crc, head.length + rows.xmlLength() + end.length,
                first.length() + rows.deflatedLength() + last.length(), raw);
    }

    private static int indexOf(byte[] text, byte[] pattern) {
        outer:
        for (int i = 0; i <= text.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (text[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The part of each sheet ("/xl/worksheets/sheet3.xml"), found once per write. */
    private Map<String, SheetRows> rowsByPart() {
        Map<String, SheetRows> byPart = new HashMap<>();
        for (SheetRows rows : sheets) {
            byPart.put(rows.sheet().getPackagePart().getPartName().getName(), rows);
        }
        return byPart;
    }
}
