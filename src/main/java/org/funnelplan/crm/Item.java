package org.funnelplan.crm;

import java.util.Arrays;

/**
 * One deal, opportunity or logged item, as little as the derivation needs: who owns it, its
 * pipeline, and per CRM stage the earliest day it entered it. Hundreds of thousands are kept at
 * once, so no strings and no boxed numbers.
 */
final class Item {
    /** No date: the stage was not entered. */
    static final int NONE = Integer.MIN_VALUE;

    /** Pipedrive's status; the other formats leave it {@link Status#FROM_STAGES}. */
    enum Status { FROM_STAGES, OPEN, WON, LOST }

    private static final int[] NO_STAGES = {};

    final int file;
    final int line;
    int rep = -1;
    private int repDay = NONE;
    int pipeline = -1;
    Status status = Status.FROM_STAGES;
    /** Pipedrive's Deal created: the period of a deal without per-stage dates. */
    int created = NONE;
    private int[] entered = NO_STAGES;

    /** @param file index of the export file, {@code line} the line the item first appears on, for messages */
    Item(int file, int line) {
        this.file = file;
        this.line = line;
    }

    /** Records an entry into a CRM stage; a later entry into the same stage keeps the first date. */
    void enter(int stage, int day) {
        if (stage >= entered.length) {
            int old = entered.length;
            entered = Arrays.copyOf(entered, Math.max(stage + 1, old + 4));
            Arrays.fill(entered, old, entered.length, NONE);
        }
        if (entered[stage] == NONE || day < entered[stage]) {
            entered[stage] = day;
        }
    }

    /** The earliest day the item entered a CRM stage, or {@link #NONE}. */
    int entered(int stage) {
        return stage < entered.length ? entered[stage] : NONE;
    }

    /** One more than the highest CRM stage index with room for a date. */
    int stages() {
        return entered.length;
    }

    /** The owner of the latest row: a rep who took an opportunity over closes it. */
    void owner(int rep, int day) {
        if (this.rep < 0 || day >= repDay) {
            this.rep = rep;
            repDay = day;
        }
    }
}
