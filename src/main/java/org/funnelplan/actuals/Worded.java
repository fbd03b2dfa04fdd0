package org.funnelplan.actuals;

import java.util.Arrays;

/**
 * A message of the way back (variance, history) that is put into words only once the plan's
 * language is known: a run reads files before it has seen any workbook's metadata, and the first
 * file may be one that cannot be read at all. English when no workbook of the run was readable.
 */
@FunctionalInterface
interface Worded {
    String in(ReportWords words);

    /** A key of {@code report.properties}; arguments that are {@link Worded} are put into the same words first. */
    static Worded of(String key, Object... args) {
        Object[] copy = Arrays.copyOf(args, args.length);
        return words -> words.format(key, copy);
    }

    /** Text that has no translation (a damaged or hostile file's details): the same in every language. */
    static Worded plain(String text) {
        return words -> text;
    }

    /** {@code <where>: <problem>}, as every message of the tool starts. */
    static Worded at(Worded where, Worded problem) {
        return words -> where.in(words) + ": " + problem.in(words);
    }

    /** A file: its name as given. */
    static Worded file(String file) {
        return plain(file);
    }

    /** {@code plan.xlsx, sheet Anna} / {@code plan.xlsx, blad Anna}. */
    static Worded sheet(String file, String sheet) {
        return of("where.sheet", file, sheet);
    }

    /** {@code plan.xlsx, sheet Anna, cell C7} / {@code plan.xlsx, blad Anna, cel C7}. */
    static Worded cell(String file, String sheet, String cell) {
        return of("where.cell", file, sheet, cell);
    }
}
