package org.funnelplan.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Names interned to small numbers (CRM stages, reps, pipelines): the same name under one key
 * (ignoring case, say) gets one number and keeps its first spelling.
 */
final class Names {
    private final Function<String, String> key;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    Names(Function<String, String> key) {
        this.key = key;
    }

    int intern(String name) {
        Integer known = index.get(key.apply(name));
        if (known != null) {
            return known;
        }
        names.add(name);
        index.put(key.apply(name), names.size() - 1);
        return names.size() - 1;
    }

    /** The number of a name, or -1 when it was never interned. */
    int find(String name) {
        return index.getOrDefault(key.apply(name), -1);
    }

    String name(int number) {
        return names.get(number);
    }

    int size() {
        return names.size();
    }

    List<String> all() {
        return List.copyOf(names);
    }
}
