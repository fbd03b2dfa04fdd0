package org.funnelplan.xlsx;

/** Text for XML attributes and elements the plan writes itself: chart parts, defined names, package parts. */
final class XmlText {
    private XmlText() {
    }

    /** The four markup characters as entities; control characters XML 1.0 cannot hold as '?', as XMLBeans writes them. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < ' ' && c != '\t' && c != '\n' && c != '\r' ? '?' : c);
            }
        }
        return out.toString();
    }
}
