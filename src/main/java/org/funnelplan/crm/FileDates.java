package org.funnelplan.crm;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.InputException;

/**
 * Reads the dates of one export file. Year-first dates read the same always; for others the
 * order is {@code --date-order}, or else what the file proves: on the first such date the whole
 * file's date columns are scanned once, so a file of ISO dates is read only once.
 */
final class FileDates {
    static final String EXPECTED = "write dates as 2025-03-14 (a time after the date, like 2025-03-14 10:22, is fine),"
            + " or as 14-3-2025 or 3/14/2025";

    private final Path file;
    private final int[] columns;
    private final CrmProblems.Collector problems;
    private DateOrder order;
    private String because;

    /**
     * @param given   {@code --date-order}, or null to take it from the file
     * @param columns the file's date columns, for the scan
     */
    FileDates(Path file, DateOrder given, int[] columns, CrmProblems.Collector problems) {
        this.file = file;
        this.columns = columns.clone();
        this.problems = problems;
        this.order = given;
        this.because = given == null ? null : "as --date-order " + given.name().toLowerCase(java.util.Locale.ROOT) + " says";
    }

    /** The epoch day of a date cell, or {@link Item#NONE} after reporting it as unreadable. */
    int day(String text, CsvStream.Record row, String column) {
        DateText date = DateText.split(text);
        String where = row.where() + ", column " + column;
        if (date == null) {
            problems.add(where, "'%s' is not a date; %s".formatted(text, EXPECTED));
            return Item.NONE;
        }
        if (!date.yearFirst() && order == null) {
            if (!date.readsAs(DateOrder.DMY) && !date.readsAs(DateOrder.MDY)) {
                problems.add(where, "'%s' is not a date; %s".formatted(text, EXPECTED));
                return Item.NONE;
            }
            order = detect();
        }
        try {
            return date.epochDay(order);
        } catch (DateTimeException e) {
            String how = date.yearFirst() ? "" : " read " + order.words() + " (" + because + ")";
            problems.add(where, "'%s' is not a date%s; %s".formatted(text, how, EXPECTED));
            return Item.NONE;
        }
    }

    /** The order the file proves, or an error naming a line of each kind when it proves neither or both. */
    private DateOrder detect() {
        String[] proof = new String[DateOrder.values().length];
        String[] either = {null};
        CsvStream.read(file, new ArrayList<>(), "a header", new CsvStream.Records() {
            @Override
            public void header(CsvStream.Record header) {
                // the columns are known already
            }

            @Override
            public boolean row(CsvStream.Record row) {
                for (int column : columns) {
                    String text = row.cell(column);
                    DateText date = text.isEmpty() ? null : DateText.split(text);
                    if (date == null || date.yearFirst() || !date.readsAs(DateOrder.DMY) && !date.readsAs(DateOrder.MDY)) {
                        continue; // not this scan's business: the reading pass reports what is unreadable
                    }
                    DateOrder proves = date.proves();
                    String example = "line %d ('%s')".formatted(row.line(), text);
                    if (proves == null) {
                        either[0] = either[0] == null ? example : either[0];
                    } else if (proof[proves.ordinal()] == null) {
                        proof[proves.ordinal()] = example;
                    }
                }
                return proof[0] == null || proof[1] == null;
            }
        });
        String dmy = proof[DateOrder.DMY.ordinal()];
        String mdy = proof[DateOrder.MDY.ordinal()];
        if (dmy != null && mdy != null) {
            throw new InputException(file.toString(), ("the dates are written both ways: %s is day first (its first part is above 12)"
                    + " and %s is month first (its second part is above 12); give --date-order dmy or mdy and correct the others")
                    .formatted(dmy, mdy));
        }
        if (dmy == null && mdy == null) {
            throw new InputException(file.toString(), ("dates like %s can be read day first or month first, and no date in the"
                    + " file settles it (none has a part above 12); give --date-order dmy (14-3-2025) or mdy (3/14/2025)")
                    .formatted(either[0]));
        }
        because = "as %s shows".formatted(dmy != null ? dmy : mdy);
        return dmy != null ? DateOrder.DMY : DateOrder.MDY;
    }

    /** The order the file's dates were read in, or null when every date was year first. */
    DateOrder order() {
        return order;
    }

    static int[] columns(List<Integer> columns) {
        return columns.stream().mapToInt(Integer::intValue).toArray();
    }
}
