package org.funnelplan.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * Test utility for fixtures that edit a workbook's XML: where a sheet's part is, which index its
 * sheet-scoped names carry, and which cell a defined name points at, all read from the workbook
 * itself (workbook.xml and its relationships), never assumed. A writer that reorders the sheets
 * or moves a block leaves such fixtures editing what they meant to.
 */
public final class XlsxParts {
    private static final Pattern SHEET = Pattern.compile("<sheet [^>]*>");

    private XlsxParts() {
    }

    /** A part's text, e.g. {@code xl/workbook.xml}. */
    public static String read(Path xlsx, String part) {
        try (ZipFile in = ZipFile.builder().setPath(xlsx).get(); InputStream stream = in.getInputStream(in.getEntry(part))) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + part + " of " + xlsx, e);
        }
    }

    /** The part that holds a sheet, e.g. {@code xl/worksheets/sheet1.xml}. */
    public static String sheetPart(Path xlsx, String sheet) {
        Matcher id = Pattern.compile("r:id=\"(rId\\d+)\"").matcher(sheets(xlsx).get(sheetIndex(xlsx, sheet)));
        if (!id.find()) {
            throw new IllegalStateException("sheet " + sheet + " of " + xlsx + " has no relationship");
        }
        Matcher target = Pattern.compile("Id=\"" + id.group(1) + "\"[^>]*Target=\"([^\"]+)\"").matcher(read(xlsx, "xl/_rels/workbook.xml.rels"));
        if (!target.find()) {
            throw new IllegalStateException("no relationship " + id.group(1) + " in " + xlsx);
        }
        return target.group(1).startsWith("/") ? target.group(1).substring(1) : "xl/" + target.group(1);
    }

    /** The sheet's place among the workbook's sheets, 0-based: the {@code localSheetId} of its own names. */
    public static int sheetIndex(Path xlsx, String sheet) {
        List<String> sheets = sheets(xlsx);
        for (int index = 0; index < sheets.size(); index++) {
            if (sheets.get(index).contains(" name=\"" + sheet + "\"")) {
                return index;
            }
        }
        throw new IllegalStateException("no sheet " + sheet + " in " + xlsx);
    }

    /** The A1 address of cell {@code index} (row by row) of the name {@code name} that belongs to {@code sheet}. */
    public static String cell(Path xlsx, String sheet, String name, int index) {
        Matcher defined = Pattern.compile("<definedName name=\"" + Pattern.quote(name) + "\"[^>]*? localSheetId=\""
                + sheetIndex(xlsx, sheet) + "\"[^>]*>([^<]+)</definedName>").matcher(read(xlsx, "xl/workbook.xml"));
        if (!defined.find()) {
            throw new IllegalStateException("no name " + name + " of sheet " + sheet + " in " + xlsx);
        }
        List<CellReference> cells = List.of(new AreaReference(defined.group(1), SpreadsheetVersion.EXCEL2007).getAllReferencedCells());
        return new CellReference(cells.get(index).getRow(), cells.get(index).getCol()).formatAsString();
    }

    /** The workbook's {@code <sheet>} elements, in the workbook's order. */
    private static List<String> sheets(Path xlsx) {
        return SHEET.matcher(read(xlsx, "xl/workbook.xml")).results().map(MatchResult::group).toList();
    }
}
