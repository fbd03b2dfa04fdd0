package org.funnelplan.actuals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.funnelplan.contract.Language;
import org.funnelplan.contract.Metadata;
import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.Stage;
import org.funnelplan.xlsx.read.CellXml;
import org.funnelplan.xlsx.read.RawCell;

/**
 * The metadata sheet's rows ({@link Metadata}: key in column A, values after it), checked: a
 * schema version this reader knows (a later one is refused before anything else is read, as its
 * rows may mean something else), a plan id, a year that
 * is a year, at least two stages and the reps with their sheets (and teams). A rep listed twice,
 * or two reps given one sheet, is a problem of that rep; anything else wrong stops the file,
 * naming the cell. The language is English where the key is missing (the first version) or
 * unknown: it only chooses the words of the outputs.
 */
record PlanMetadata(String planId, int year, Language language, FunnelStages stages, List<RepEntry> reps, List<Worded> problems) {
    static final int COLUMNS = Metadata.COLUMNS;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** @param team "" when the plan gave the rep none (or came from the first version) */
    record RepEntry(String rep, String sheet, String team) {
    }

    /** @param cells the metadata sheet's cells of columns A–D, shared strings resolved */
    static PlanMetadata of(String file, String sheet, Map<Long, RawCell> cells) {
        Map<Integer, RawCell[]> rows = new TreeMap<>();
        for (RawCell cell : cells.values()) {
            rows.computeIfAbsent(cell.row(), r -> new RawCell[COLUMNS])[cell.col()] = cell;
        }
        String where = file + ", sheet " + sheet;
        checkSchemaVersion(file, where, rows.values());
        String planId = null;
        Integer year = null;
        String handover = null;
        Language language = Language.EN;
        List<Stage> stages = new ArrayList<>();
        List<RepEntry> reps = new ArrayList<>();
        List<Worded> problems = new ArrayList<>();
        Map<String, RepEntry> byRep = new HashMap<>();
        Map<String, RepEntry> bySheet = new HashMap<>();
        for (RawCell[] row : rows.values()) {
            String a = text(row[1]);
            String b = text(row[2]);
            switch (text(row[0])) {
                case Metadata.PLAN_ID -> planId = a;
                case Metadata.YEAR -> year = year(where, row[1]);
                case Metadata.HANDOVER -> handover = a;
                case Metadata.LANGUAGE -> language = Language.ofCode(a);
                case Metadata.STAGE -> {
                    if (a.isEmpty()) {
                        throw damaged(where, row[0], "a stage without a name");
                    }
                    stages.add(new Stage(a, b.isEmpty() ? Stage.named(a).key() : b));
                }
                case Metadata.REP -> {
                    if (a.isEmpty() || b.isEmpty()) {
                        throw damaged(where, row[0], "a rep without a name or sheet");
                    }
                    RepEntry rep = new RepEntry(a, b, text(row[3]));
                    RepEntry sameRep = byRep.putIfAbsent(RateEstimator.repKey(a), rep);
                    RepEntry sameSheet = bySheet.putIfAbsent(b.toLowerCase(Locale.ROOT), rep);
                    if (sameRep != null) {
                        problems.add(Worded.plain("%s: the metadata lists rep %s twice (cell %s); use the workbook as funnelplan wrote it"
                                .formatted(where, a, address(row[1]))));
                    } else if (sameSheet != null) {
                        problems.add(Worded.plain(("%s: the metadata gives reps %s and %s the same sheet '%s' (cell %s), so their actuals"
                                + " would count twice; use the workbook as funnelplan wrote it").formatted(where, sameSheet.rep(), a, b, address(row[2]))));
                    } else {
                        reps.add(rep);
                    }
                }
                default -> {
                }
            }
        }
        if (planId == null || planId.isEmpty() || year == null || stages.size() < 2 || reps.isEmpty() && problems.isEmpty()) {
            throw new InputException(where, "the funnelplan metadata is damaged (plan id, year, stages or reps missing); use the workbook as funnelplan wrote it");
        }
        int handoverIndex = 1;
        for (int s = 0; s < stages.size() - 1; s++) {
            if (stages.get(s).name().equals(handover)) {
                handoverIndex = s;
            }
        }
        return new PlanMetadata(planId, year, language, new FunnelStages(stages, Math.min(handoverIndex, stages.size() - 2)), reps, problems);
    }

    /**
     * A workbook of a later schema than {@link Metadata#SCHEMA_VERSION} is refused, naming the file;
     * one of an earlier version, or without the key, is read as before.
     */
    private static void checkSchemaVersion(String file, String where, Iterable<RawCell[]> rows) {
        for (RawCell[] row : rows) {
            if (!text(row[0]).equals(Metadata.SCHEMA_VERSION_KEY)) {
                continue;
            }
            RawCell cell = row[1];
            String value = text(cell);
            if (!value.matches("[1-9]\\d{0,8}")) {
                throw damaged(where, cell != null ? cell : row[0], "the schema version is %s; expected a whole number such as %d"
                        .formatted(value.isEmpty() ? "missing" : "'" + value + "'", Metadata.SCHEMA_VERSION));
            }
            int version = Integer.parseInt(value);
            if (version > Metadata.SCHEMA_VERSION) {
                throw new WordedInputException(Worded.file(file), Worded.of("read.newerSchema", value, String.valueOf(Metadata.SCHEMA_VERSION)));
            }
            return;
        }
    }

    private static String text(RawCell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.kind()) {
            case TEXT -> cell.text().trim();
            case NUMBER -> cell.describe();
            default -> "";
        };
    }

    /** A plan year: 1900–9999, as Excel's dates go; the metadata writes it as text, a re-save may make it a number. */
    private static int year(String where, RawCell cell) {
        if (cell != null && cell.kind() == RawCell.Kind.TEXT && YEAR.matcher(cell.text().trim()).matches()) {
            int year = Integer.parseInt(cell.text().trim());
            if (year >= 1900) {
                return year;
            }
        }
        if (cell != null && cell.kind() == RawCell.Kind.NUMBER && cell.number() >= 1900 && cell.number() <= 9999
                && cell.number() == Math.rint(cell.number())) {
            return (int) cell.number();
        }
        throw damaged(where, cell, "the plan year is %s; expected a year such as 2027"
                .formatted(cell == null ? "missing" : cell.kind() == RawCell.Kind.TEXT ? "'" + cell.text().trim() + "'" : cell.describe()));
    }

    private static InputException damaged(String where, RawCell cell, String problem) {
        return new InputException(cell == null ? where : where + ", cell " + address(cell),
                "the funnelplan metadata is damaged: %s; use the workbook as funnelplan wrote it".formatted(problem));
    }

    private static String address(RawCell cell) {
        return cell == null ? "?" : CellXml.address(RawCell.key(cell.row(), cell.col()));
    }
}
