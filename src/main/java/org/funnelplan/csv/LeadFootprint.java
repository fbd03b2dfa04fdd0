package org.funnelplan.csv;

/**
 * The heap the leads take as {@link LeadsReader} keeps them, counted as they are read (64-bit JVM
 * with compressed references, as any heap under 32 GB has): the record, its list of own values,
 * its place in the lists, its id's entry in the duplicate check, and every string not shared with
 * an earlier lead. The reader refuses the file once this passes what the heap has for the plan.
 */
final class LeadFootprint {
    /** Lead record (12-byte header, 10 references), two list slots with growth room. */
    private static final long LEAD = 56 + 12;
    /** An id's HashMap node, its Integer line and table slot. */
    private static final long ID = 56;
    /** A value kept in a share map: its HashMap node and table slot. */
    private static final long SHARED = 40;

    private long bytes;

    long bytes() {
        return bytes;
    }

    void lead(String organisation, int ownValues) {
        bytes += LEAD + list(ownValues) + string(organisation);
    }

    void id(String id) {
        bytes += ID + string(id);
    }

    /** A value of its own: kept once for this lead. */
    void value(String value) {
        bytes += string(value);
    }

    /** A value seen for the first time and kept for later leads to share. */
    void sharedValue(String value) {
        bytes += SHARED + string(value);
    }

    /** List.copyOf of n values: nothing for none, a small object for one or two, else an object and an array. */
    static long list(int n) {
        return n == 0 ? 0 : n <= 2 ? 24 : 16 + align(16 + 4L * n);
    }

    /** A String: 24 bytes, and its array of one byte per character (two if any is outside Latin-1). */
    static long string(String text) {
        int perChar = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                perChar = 2;
                break;
            }
        }
        return 24 + align(16 + (long) perChar * text.length());
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }
}
