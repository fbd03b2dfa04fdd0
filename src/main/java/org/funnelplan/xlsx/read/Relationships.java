package org.funnelplan.xlsx.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A part's relationships as its {@code .rels} part gives them: by id, each with its type and the
 * part it points to, resolved against the source part (OPC: ECMA-376 part 2, 9.3).
 */
public record Relationships(Map<String, Target> byId, List<Target> all) {
    /** A workbook of 5,000 rep sheets has about as many relationships. */
    private static final int MAX_RELATIONSHIPS = 100_000;

    /** @param part the target's part name, starting with {@code /}; {@code null} for an external target */
    public record Target(String type, String part, boolean external) {
    }

    public static Relationships read(XmlCursor xml, String source) {
        Map<String, Target> byId = new HashMap<>();
        List<Target> all = new ArrayList<>();
        while (xml.next(0)) {
            if (xml.depth() == 1 && !xml.name().equals("Relationships")) {
                throw xml.broken("the root element is <%s>, not <Relationships>".formatted(xml.name()));
            }
            if (xml.depth() != 2 || !xml.name().equals("Relationship")) {
                continue;
            }
            if (all.size() >= MAX_RELATIONSHIPS) {
                throw xml.refused("holds more than %,d relationships".formatted(MAX_RELATIONSHIPS));
            }
            String id = xml.attribute("Id");
            String type = xml.attribute("Type");
            String target = xml.attribute("Target");
            if (id == null || type == null || target == null) {
                throw xml.broken("a relationship lacks its Id, Type or Target");
            }
            boolean external = "External".equals(xml.attribute("TargetMode"));
            Target resolved = new Target(type.trim(), external ? null : resolve(source, target.trim()), external);
            if (byId.putIfAbsent(id, resolved) != null) {
                throw xml.broken("the relationship id %s is used twice".formatted(id));
            }
            all.add(resolved);
        }
        return new Relationships(byId, all);
    }

    public Target byId(String id) {
        return byId.get(id);
    }

    /** The first relationship whose type ends with {@code suffix}, e.g. {@code /styles}; transitional and strict OOXML differ before it. */
    public Target ofType(String suffix) {
        for (Target target : all) {
            if (target.type().endsWith(suffix)) {
                return target;
            }
        }
        return null;
    }

    /** A relative target against the folder of {@code source}, with {@code .}, {@code ..} and %-escapes worked out. */
    static String resolve(String source, String target) {
        String path = target.startsWith("/") ? target : source.substring(0, source.lastIndexOf('/') + 1) + target;
        int cut = path.indexOf('#');
        path = cut < 0 ? path : path.substring(0, cut);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "/" + unescape(String.join("/", segments));
    }

    private static String unescape(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            int hex = c == '%' && i + 2 < path.length() ? hexByte(path, i + 1) : -1;
            if (hex >= 0) {
                bytes.write(hex);
                i += 2;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < path.length() ? i + 2 : i + 1;
                byte[] raw = path.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hexByte(String text, int at) {
        int high = Character.digit(text.charAt(at), 16);
        int low = Character.digit(text.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high << 4 | low;
    }
}
