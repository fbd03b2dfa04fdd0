package org.funnelplan.actuals;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * Picks single entries out of the shared strings part without loading it: a master with a
 * quarter of a million leads keeps all their text there, and only a few entries are wanted.
 */
final class SharedStrings {
    private SharedStrings() {
    }

    static Map<Integer, String> read(InputStream in, Set<Integer> wanted) throws IOException, XMLStreamException {
        Map<Integer, String> found = new HashMap<>();
        int last = wanted.stream().mapToInt(Integer::intValue).max().orElse(-1);
        if (last < 0) {
            return found;
        }
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            int index = -1;
            StringBuilder text = null;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "si" -> {
                            index++;
                            text = wanted.contains(index) ? new StringBuilder() : null;
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> {
                            String t = xml.getElementText();
                            if (text != null && phonetic == 0) {
                                text.append(t);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (element.equals("rPh")) {
                        phonetic--;
                    } else if (element.equals("si")) {
                        if (text != null) {
                            found.put(index, text.toString());
                        }
                        if (index >= last) {
                            break;
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
        return found;
    }
}
