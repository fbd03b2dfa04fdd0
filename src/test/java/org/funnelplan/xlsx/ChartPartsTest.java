package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Charts put on a sheet ({@link ChartParts}): which parts they become, numbered by sheet, and the sheet's drawing element. */
class ChartPartsTest {
    @Test
    void theChartsOfTheSecondSheetAreDrawingTwoAndChartsThreeAndFour() throws IOException {
        Map<String, String> parts = PackageWriterTest.smallWorkbook();
        assertEquals(ChartXmlTest.monthsChart(), parts.get("xl/charts/chart3.xml"));
        assertEquals(ChartXmlTest.funnelChart(), parts.get("xl/charts/chart4.xml"));
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\
                <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row>\
                <xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>\
                <xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>\
                <xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/>\
                <a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>\
                <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/>\
                </a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>\
                <xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row>\
                <xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>\
                <xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>\
                <xdr:cNvPr id="3" name="Chart 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/>\
                <a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>\
                <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId2"/>\
                </a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>\
                """,
                parts.get("xl/drawings/drawing2.xml"));
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <dimension ref="B1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>\
                <sheetFormatPr defaultRowHeight="15.0"/><sheetData><row r="1"><c r="B1"><v>2027</v></c></row>
                </sheetData><pageMargins bottom="0.75" footer="0.3" header="0.3" left="0.7" right="0.7" top="0.75"/>\
                <drawing r:id="rId1"/></worksheet>\
                """,
                parts.get("xl/worksheets/sheet2.xml"));
    }

    @Test
    void moreChartsThanASheetHasRoomForOrAChartWithoutAnchorAreRefused() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("s");
            ChartXml.Anchor anchor = new ChartXml.Anchor(0, 0, 1, 1);
            String chart = ChartXmlTest.funnelChart();
            assertThrows(IllegalArgumentException.class,
                    () -> ChartParts.add(sheet, 0, List.of(anchor, anchor, anchor), List.of(chart, chart, chart)));
            assertThrows(IllegalArgumentException.class, () -> ChartParts.add(sheet, 0, List.of(anchor), List.of(chart, chart)));
        }
    }
}
