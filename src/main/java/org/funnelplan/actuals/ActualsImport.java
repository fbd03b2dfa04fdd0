package org.funnelplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.funnelplan.model.InputException;
import org.funnelplan.model.RateEstimator;

/**
 * Reads the workbooks a director got back (master and/or per-rep) into one team: all must come
 * from the same plan, and each rep may come back once.
 */
public final class ActualsImport {
    private ActualsImport() {
    }

    /** @param lenient skip bad actual cells with a warning instead of failing */
    public static TeamActuals read(List<Path> files, boolean lenient) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no workbooks");
        }
        List<String> warnings = new ArrayList<>();
        CellIssues issues = new CellIssues(lenient, warnings);
        FilledWorkbook first = null;
        Integer reportMonth = null;
        List<RepActuals> reps = new ArrayList<>();
        Map<String, RepActuals> byRep = new HashMap<>();
        for (Path file : files) {
            FilledWorkbook workbook = FilledWorkbookReader.read(file);
            if (first == null) {
                first = workbook;
            } else if (!first.planId().equals(workbook.planId())) {
                throw new InputException(workbook.file(), "comes from another plan than %s (plan id %s, not %s); read the workbooks of one plan together"
                        .formatted(first.file(), workbook.planId(), first.planId()));
            }
            if (reportMonth == null) {
                reportMonth = workbook.reportMonth();
            }
            for (FilledWorkbook.RepSheetCells sheet : workbook.reps()) {
                RepActuals rep = RepSheetInputs.read(workbook, sheet, issues);
                RepActuals before = byRep.putIfAbsent(RateEstimator.repKey(rep.rep()), rep);
                if (before != null) {
                    throw new InputException(workbook.file(), "rep %s is also in %s (sheet %s); give each rep's workbook once (a stale copy, or the master next to a per-rep file?)"
                            .formatted(rep.rep(), before.file(), before.sheet()));
                }
                reps.add(rep);
            }
        }
        return new TeamActuals(first.planId(), first.year(), first.stages(), reps, reportMonth, warnings);
    }
}
