package org.funnelplan.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Puts charts on a sheet: one drawing part for the sheet and a chart part per chart, written
 * straight into the package ({@link ChartXml}). Parts are numbered by sheet (drawing n+1, charts
 * 2n+1 and 2n+2 for the sheet at index n), so no part name is ever looked for.
 */
public final class ChartParts {
    /** A sheet holds at most two charts: the numbering leaves room for two per sheet. */
    static final int PER_SHEET = 2;

    private ChartParts() {
    }

    public static void add(XSSFSheet sheet, int sheetIndex, List<ChartXml.Anchor> anchors, List<String> charts) {
        if (charts.size() > PER_SHEET || anchors.size() != charts.size()) {
            throw new IllegalArgumentException("one anchor per chart, at most " + PER_SHEET + " charts a sheet");
        }
        try {
            OPCPackage pkg = sheet.getPackagePart().getPackage();
            PackagePartName drawingName = PackagingURIHelper.createPartName("/xl/drawings/drawing" + (sheetIndex + 1) + ".xml");
            PackagePart drawing = pkg.createPart(drawingName, XSSFRelation.DRAWINGS.getContentType());
            PackageRelationship toDrawing = sheet.getPackagePart().addRelationship(drawingName, TargetMode.INTERNAL,
                    XSSFRelation.DRAWINGS.getRelation());
            sheet.getCTWorksheet().addNewDrawing().setId(toDrawing.getId());
            write(drawing, ChartXml.drawing(anchors));
            for (int i = 0; i < charts.size(); i++) {
                int number = i + 1;
                PackagePartName name = PackagingURIHelper.createPartName("/xl/charts/chart" + (PER_SHEET * sheetIndex + number) + ".xml");
                PackagePart chart = pkg.createPart(name, XSSFRelation.CHART.getContentType());
                drawing.addRelationship(name, TargetMode.INTERNAL, XSSFRelation.CHART.getRelation(), "rId" + number);
                write(chart, charts.get(i));
            }
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("chart part names are made here and valid", e);
        }
    }

    private static void write(PackagePart part, String xml) {
        try (OutputStream out = part.getOutputStream()) {
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
