package org.funnelplan.xlsx;

import java.util.List;

/**
 * The XML of a clustered bar chart and of the drawing that places charts on a sheet, written as
 * text. POI's chart API builds an object tree per chart and numbers each part by scanning the
 * package: for a thousand rep sheets that was most of the run, for twenty still half a second.
 */
public final class ChartXml {
    private static final String NS = "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /** A series: its name, the cells it shows, and their current values (null: empty). */
    public record Series(String name, String reference, Double[] values, String rgb) {
    }

    /** Where a chart sits: from the top-left of one cell to the top-left of another (0-based). */
    public record Anchor(int fromCol, int fromRow, int toCol, int toRow) {
    }

    private ChartXml() {
    }

    /**
     * @param horizontal bars across (the funnel, top stage first) rather than columns up (the months)
     */
    public static String barChart(String title, String categoryReference, String[] categories, List<Series> series,
                           boolean horizontal, String valueFormat) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<c:chartSpace ").append(NS).append("><c:roundedCorners val=\"0\"/><c:chart>")
                .append("<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz=\"1200\" b=\"1\"/></a:pPr><a:r><a:t>")
                .append(XmlText.escaped(title)).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart>")
                .append("<c:barDir val=\"").append(horizontal ? "bar" : "col").append("\"/>")
                .append("<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            xml.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>")
                    .append("<c:tx><c:v>").append(XmlText.escaped(s.name())).append("</c:v></c:tx>")
                    .append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(s.rgb()).append("\"/></a:solidFill></c:spPr>")
                    .append("<c:invertIfNegative val=\"0\"/>");
            categories(xml, categoryReference, categories);
            values(xml, s.reference(), s.values());
            xml.append("</c:ser>");
        }
        xml.append("<c:gapWidth val=\"80\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>")
                .append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"")
                .append(horizontal ? "maxMin" : "minMax").append("\"/></c:scaling><c:delete val=\"0\"/>")
                .append("<c:axPos val=\"").append(horizontal ? "l" : "b").append("\"/>")
                .append("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>")
                .append("<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
                .append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"").append(horizontal ? "t" : "l").append("\"/><c:majorGridlines/>")
                .append("<c:numFmt formatCode=\"").append(XmlText.escaped(valueFormat)).append("\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>")
                .append("<c:crosses val=\"").append(horizontal ? "max" : "autoZero").append("\"/>")
                .append("<c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
                .append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
                .append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>");
        return xml.toString();
    }

    private static void categories(StringBuilder xml, String reference, String[] categories) {
        xml.append("<c:cat><c:strRef><c:f>").append(XmlText.escaped(reference)).append("</c:f><c:strCache><c:ptCount val=\"")
                .append(categories.length).append("\"/>");
        for (int i = 0; i < categories.length; i++) {
            xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(XmlText.escaped(categories[i])).append("</c:v></c:pt>");
        }
        xml.append("</c:strCache></c:strRef></c:cat>");
    }

    private static void values(StringBuilder xml, String reference, Double[] values) {
        xml.append("<c:val><c:numRef><c:f>").append(XmlText.escaped(reference)).append("</c:f><c:numCache>")
                .append("<c:formatCode>General</c:formatCode><c:ptCount val=\"").append(values.length).append("\"/>");
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(values[i]).append("</c:v></c:pt>");
            }
        }
        xml.append("</c:numCache></c:numRef></c:val>");
    }

    /** The drawing part: one graphic frame per chart, the i-th pointing at relationship rId(i+1). */
    static String drawing(List<Anchor> anchors) {
        StringBuilder xml = new StringBuilder(1024 * anchors.size());
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" ")
                .append(NS).append(">");
        for (int i = 0; i < anchors.size(); i++) {
            Anchor anchor = anchors.get(i);
            xml.append("<xdr:twoCellAnchor editAs=\"oneCell\">")
                    .append(corner("from", anchor.fromCol(), anchor.fromRow()))
                    .append(corner("to", anchor.toCol(), anchor.toRow()))
                    .append("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(i + 2)
                    .append("\" name=\"Chart ").append(i + 1).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
                    .append("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic>")
                    .append("<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
                    .append("<c:chart r:id=\"rId").append(i + 1).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame>")
                    .append("<xdr:clientData/></xdr:twoCellAnchor>");
        }
        return xml.append("</xdr:wsDr>").toString();
    }

    private static String corner(String which, int col, int row) {
        // Concatenated, not formatted: two anchors per chart, two charts per rep, and Formatter is slow.
        return "<xdr:" + which + "><xdr:col>" + col + "</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>" + row
                + "</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:" + which + ">";
    }
}
