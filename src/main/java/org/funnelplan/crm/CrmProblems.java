package org.funnelplan.crm;

import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.InputException;

/**
 * The problems one pass over the exports finds (every unmapped stage, every unreadable date), so
 * a director fixes them in one round. Each is {@code <where>: <problem>}; after the first
 * {@value #SHOWN} only their number is kept, as a broken column would otherwise repeat itself
 * for every row.
 */
public final class CrmProblems extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 20;

    private final List<String> messages;

    private CrmProblems(List<String> messages) {
        super(messages.get(0));
        this.messages = List.copyOf(messages);
    }

    /** One line each, the first the most telling; a last line says how many more there were. */
    public List<String> messages() {
        return messages;
    }

    /** Collects problems while reading; {@link #check()} throws them together. */
    static final class Collector {
        private final List<String> messages = new ArrayList<>();
        private int more;

        void add(String where, String problem) {
            if (messages.size() < SHOWN) {
                messages.add(where + ": " + problem);
            } else {
                more++;
            }
        }

        void add(InputException e) {
            if (messages.size() < SHOWN) {
                messages.add(e.getMessage());
            } else {
                more++;
            }
        }

        boolean isEmpty() {
            return messages.isEmpty();
        }

        void check() {
            if (messages.isEmpty()) {
                return;
            }
            List<String> all = new ArrayList<>(messages);
            if (more > 0) {
                all.add("... and %,d more problem%s of the same kinds".formatted(more, more == 1 ? "" : "s"));
            }
            throw new CrmProblems(all);
        }
    }
}
