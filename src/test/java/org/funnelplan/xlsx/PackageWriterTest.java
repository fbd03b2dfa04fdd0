package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ooxml.POIXMLProperties;
import org.junit.jupiter.api.Test;

/**
 * The exact XML of the package parts written as text ({@link PackageWriter}): the content types,
 * the package's, the workbook's and a sheet's and drawing's relationships, and the core
 * properties, for a small workbook of two sheets, defined names and two charts. Which parts there
 * are is checked too; their order in the zip, the compression and the timestamps are not.
 */
class PackageWriterTest {
    static final String FIRST_SHEET = "O'Neil & Co";

    /** Two sheets, the second with two charts; names of every kind; core properties with markup characters. */
    static Map<String, String> smallWorkbook() throws IOException {
        DefinedNames names = new DefinedNames();
        names.workbookCell("Plan_id", "Meta", 0, 1);
        names.sheetCell(0, FIRST_SHEET, "Rate_1", 4, 2);
        names.sheetRow(0, FIRST_SHEET, "Plan_1_M", 14, 4, 15);
        names.printTitles(0, FIRST_SHEET, "$A:$B", "$1:$3");
        names.printTitles(1, "Meta", null, "$1:$2");
        names.printTitles(1, "Meta", null, null);
        names.printArea(0, FIRST_SHEET, List.of());
        names.printArea(1, "Meta", List.of("$A$1:$D$10", "$F$1:$H$10"));
        return WrittenParts.of(names, workbook -> {
            SheetRows first = workbook.createSheet(FIRST_SHEET);
            first.text(0, 0, "Plan", 0);
            SheetRows meta = workbook.createSheet("Meta");
            meta.number(0, 1, 2027, 0);
            ChartParts.add(meta.sheet(), 1, List.of(new ChartXml.Anchor(0, 5, 4, 20), new ChartXml.Anchor(5, 5, 9, 20)),
                    List.of(ChartXmlTest.monthsChart(), ChartXmlTest.funnelChart()));
            POIXMLProperties.CoreProperties core = workbook.template().getProperties().getCoreProperties();
            core.setTitle("Plan 2027 <Noord & Zuid>");
            core.setSubjectProperty("Sales \"new business\"");
            core.setCreator("funnelplan");
        });
    }

    @Test
    void theContentTypesGiveTwoDefaultsAndAnOverrideForEveryOtherPart() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
                <Override PartName="/xl/charts/chart3.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>\
                <Override PartName="/xl/charts/chart4.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>\
                <Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>\
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
                </Types>\
                """,
                smallWorkbook().get("[Content_Types].xml"));
    }

    @Test
    void thePackagesRelationshipsNameTheWorkbookAndBothPropertiesParts() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
                </Relationships>\
                """,
                smallWorkbook().get("_rels/.rels"));
    }

    @Test
    void theWorkbooksRelationshipsPointIntoItsOwnFolder() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>\
                </Relationships>\
                """,
                smallWorkbook().get("xl/_rels/workbook.xml.rels"));
    }

    @Test
    void aSheetsAndItsDrawingsRelationshipsPointUpOneFolder() throws IOException {
        Map<String, String> parts = smallWorkbook();
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing2.xml"/>\
                </Relationships>\
                """,
                parts.get("xl/worksheets/_rels/sheet2.xml.rels"));
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart3.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart4.xml"/>\
                </Relationships>\
                """,
                parts.get("xl/drawings/_rels/drawing2.xml.rels"));
    }

    @Test
    void theCorePropertiesHoldWhatWasSetEscaped() throws IOException {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
                <dcterms:created xsi:type="dcterms:W3CDTF">2027-01-01T00:00:00Z</dcterms:created>\
                <dc:creator>funnelplan</dc:creator><dc:subject>Sales &quot;new business&quot;</dc:subject>\
                <dc:title>Plan 2027 &lt;Noord &amp; Zuid&gt;</dc:title></cp:coreProperties>\
                """,
                smallWorkbook().get("docProps/core.xml"));
    }

    @Test
    void thePackageHoldsTheseParts() throws IOException {
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                "xl/_rels/workbook.xml.rels", "xl/charts/chart3.xml", "xl/charts/chart4.xml", "xl/drawings/_rels/drawing2.xml.rels",
                "xl/drawings/drawing2.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
                "xl/worksheets/_rels/sheet2.xml.rels", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"),
                List.copyOf(new TreeSet<>(smallWorkbook().keySet())));
    }
}
