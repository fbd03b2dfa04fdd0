package org.funnelplan.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The exact XML of a chart part and of the drawing that places charts, as {@link ChartXml} writes them. */
class ChartXmlTest {
    /** Columns up, two series, a month without a value, markup characters in the texts. */
    static String monthsChart() {
        return ChartXml.barChart("Won <per month> & more", "'O''Neil & Co'!$E$3:$G$3", new String[] {"Jan", "Feb", "M&M"},
                List.of(new ChartXml.Series("Plan", "'O''Neil & Co'!$E$4:$G$4", new Double[] {1.5, null, 2.0}, "4472C4"),
                        new ChartXml.Series("Actual \"so far\"", "'O''Neil & Co'!$E$5:$G$5", new Double[3], "ED7D31")),
                false, "0.0");
    }

    /** Bars across, top stage first, one series. */
    static String funnelChart() {
        return ChartXml.barChart("Funnel", "Meta!$A$5:$A$6", new String[] {"lead", "won"},
                List.of(new ChartXml.Series("Required", "Meta!$B$5:$B$6", new Double[] {40.0, 10.25}, "A5A5A5")), true, "#,##0");
    }

    static String drawing() {
        return ChartXml.drawing(List.of(new ChartXml.Anchor(0, 5, 4, 20), new ChartXml.Anchor(5, 6, 9, 21)));
    }

    @Test
    void aColumnChartOfMonthsLeavesOutAMonthWithoutAValue() {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\
                <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/>\
                </a:pPr><a:r><a:t>Won &lt;per month&gt; &amp; more</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>\
                </c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/>\
                <c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx>\
                <c:v>Plan</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr>\
                <c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>'O''Neil &amp; Co'!$E$3:$G$3</c:f><c:strCache>\
                <c:ptCount val="3"/><c:pt idx="0"><c:v>Jan</c:v></c:pt><c:pt idx="1"><c:v>Feb</c:v></c:pt><c:pt idx="2">\
                <c:v>M&amp;M</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef>\
                <c:f>'O''Neil &amp; Co'!$E$4:$G$4</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>\
                <c:pt idx="0"><c:v>1.5</c:v></c:pt><c:pt idx="2"><c:v>2.0</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>\
                <c:ser><c:idx val="1"/><c:order val="1"/><c:tx><c:v>Actual &quot;so far&quot;</c:v></c:tx><c:spPr><a:solidFill>\
                <a:srgbClr val="ED7D31"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:cat><c:strRef>\
                <c:f>'O''Neil &amp; Co'!$E$3:$G$3</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>Jan</c:v></c:pt>\
                <c:pt idx="1"><c:v>Feb</c:v></c:pt><c:pt idx="2"><c:v>M&amp;M</c:v></c:pt></c:strCache></c:strRef></c:cat>\
                <c:val><c:numRef><c:f>'O''Neil &amp; Co'!$E$5:$G$5</c:f><c:numCache><c:formatCode>General</c:formatCode>\
                <c:ptCount val="3"/></c:numCache></c:numRef></c:val></c:ser><c:gapWidth val="80"/><c:axId val="1"/>\
                <c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling>\
                <c:delete val="0"/><c:axPos val="b"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>\
                <c:tickLblPos val="nextTo"/><c:crossAx val="2"/><c:crosses val="autoZero"/><c:auto val="1"/>\
                <c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="2"/>\
                <c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>\
                <c:numFmt formatCode="0.0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>\
                <c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>\
                </c:valAx></c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>\
                <c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>\
                """,
                monthsChart());
    }

    @Test
    void aBarChartOfTheFunnelRunsTopStageFirstWithItsAxisOnTop() {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\
                <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/>\
                </a:pPr><a:r><a:t>Funnel</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>\
                <c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/>\
                <c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx>\
                <c:v>Required</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="A5A5A5"/></a:solidFill></c:spPr>\
                <c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>Meta!$A$5:$A$6</c:f><c:strCache><c:ptCount val="2"/>\
                <c:pt idx="0"><c:v>lead</c:v></c:pt><c:pt idx="1"><c:v>won</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val>\
                <c:numRef><c:f>Meta!$B$5:$B$6</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="2"/>\
                <c:pt idx="0"><c:v>40.0</c:v></c:pt><c:pt idx="1"><c:v>10.25</c:v></c:pt></c:numCache></c:numRef></c:val>\
                </c:ser><c:gapWidth val="80"/><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/>\
                <c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>\
                <c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="2"/>\
                <c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>\
                <c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/>\
                </c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>\
                <c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>\
                <c:tickLblPos val="nextTo"/><c:crossAx val="1"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>\
                </c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>\
                <c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>\
                """,
                funnelChart());
    }

    @Test
    void theDrawingHasAFrameForEachChartPointingAtItsRelationship() {
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
                <xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row>\
                <xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>21</xdr:row>\
                <xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>\
                <xdr:cNvPr id="3" name="Chart 2"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/>\
                <a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>\
                <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId2"/>\
                </a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>\
                """,
                drawing());
    }
}
