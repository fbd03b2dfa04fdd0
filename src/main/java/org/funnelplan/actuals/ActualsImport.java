package org.funnelplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.funnelplan.contract.Language;
import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;

/**
 * Reads the workbooks a director got back (master and/or per-rep) into one team: all must come
 * from the same plan, and each rep may come back once. Every file is read even when an earlier
 * one failed, and every problem is gathered: one run names every unreadable file, workbook of
 * another plan, rep given twice and bad cell, in the order the files were given.
 */
public final class ActualsImport {
    /**
     * Files read at once, on every core: reading one is independent of the others (its own zip,
     * its own parsers), and took three quarters of a run over 1,000 per-rep workbooks (JFR). What
     * is done with them stays in the order given; a window keeps only this many read ahead.
     */
    private static final int AHEAD = 4 * Runtime.getRuntime().availableProcessors();

    /** One file read: the workbook, or why it cannot be read. */
    private record Read(FilledWorkbook workbook, InputException problem) {
    }

    private ActualsImport() {
    }

    private static List<Read> readAhead(List<Path> files) {
        return files.parallelStream().map(file -> {
            try {
                return new Read(FilledWorkbookReader.read(file), null);
            } catch (InputException e) {
                return new Read(null, e);
            }
        }).toList();
    }

    /**
     * @param lenient skip bad actual cells with a warning instead of failing
     * @throws InputErrors with every problem found, when there is any
     */
    public static TeamActuals read(List<Path> files, boolean lenient) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no workbooks");
        }
        CellIssues issues = new CellIssues(lenient);
        FilledWorkbook first = null;
        Integer reportMonth = null;
        List<RepActuals> reps = new ArrayList<>();
        Map<String, RepActuals> byRep = new HashMap<>();
        List<Read> read = List.of();
        Set<Path> given = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            if (i % AHEAD == 0) {
                read = readAhead(files.subList(i, Math.min(files.size(), i + AHEAD)));
            }
            // The same file twice (a glob and a name, say) is one mistake, not a rep in two workbooks.
            if (!given.add(files.get(i).toAbsolutePath().normalize())) {
                issues.error(Worded.file(files.get(i).toString()), Worded.of("import.fileTwice"));
                continue;
            }
            FilledWorkbook workbook = read.get(i % AHEAD).workbook();
            if (workbook == null) {
                issues.error(WordedInputException.of(read.get(i % AHEAD).problem()));
                continue;
            }
            if (first == null) {
                first = workbook;
            } else if (!first.planId().equals(workbook.planId())) {
                issues.error(Worded.file(workbook.file()), Worded.of("import.otherPlan", first.file(), workbook.planId(), first.planId()));
                continue;
            }
            workbook.problems().forEach(issues::error);
            if (reportMonth == null) {
                reportMonth = workbook.reportMonth();
            }
            for (FilledWorkbook.RepSheetCells sheet : workbook.reps()) {
                RepActuals rep = RepSheetInputs.read(workbook, sheet, issues);
                if (rep == null) {
                    continue;
                }
                RepActuals before = byRep.putIfAbsent(RateEstimator.repKey(rep.rep()), rep);
                if (before != null) {
                    issues.error(Worded.file(workbook.file()), Worded.of("import.repTwice", rep.rep(), before.file(), before.sheet()));
                    continue;
                }
                reps.add(rep);
            }
        }
        // Put into the words of the first workbook that could be read; English when none could.
        ReportWords words = ReportWords.of(first == null ? Language.EN : first.language());
        if (issues.hasErrors()) {
            throw new InputErrors(issues.errors(words));
        }
        return new TeamActuals(first.planId(), first.year(), first.language(), first.stages(), reps, reportMonth, issues.warnings(words));
    }
}
