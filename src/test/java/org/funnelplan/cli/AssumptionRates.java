package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.funnelplan.crm.ExpectedHistory;

/**
 * Checks a plan's assumptions sheet, as a spreadsheet engine recalculated it, against rates an
 * analyst works out from the expected history by SPEC section 1: the team rate {@code x / n}
 * pooled over all reps, and per rep {@code (x + k·p) / (n + k)}, the team rate for the first
 * (marketing) stage and for a rep without items at a stage.
 */
final class AssumptionRates {
    private static final int TEAM_HEADER = 5;

    private AssumptionRates() {
    }

    static void assertRecalculatedRatesMatch(Path recalculated, List<ExpectedHistory.Row> rows, double k) throws IOException {
        List<String> stages = new ArrayList<>();
        Map<String, long[]> counts = new HashMap<>(); // rep key -> count per stage, over all periods
        for (ExpectedHistory.Row row : rows) {
            if (!stages.contains(row.stage())) {
                stages.add(row.stage());
            }
            counts.computeIfAbsent(key(row.rep()), r -> new long[64])[stages.indexOf(row.stage())] += row.count();
        }
        int transitions = stages.size() - 1;
        long[] teamX = new long[transitions];
        long[] teamN = new long[transitions];
        for (long[] rep : counts.values()) {
            for (int s = 0; s < transitions; s++) {
                teamX[s] += rep[s + 1];
                teamN[s] += rep[s];
            }
        }
        try (Workbook workbook = WorkbookFactory.create(recalculated.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(1);
            assertTrue(List.of("Assumptions", "Aannames").contains(sheet.getSheetName()), sheet.getSheetName());
            for (int s = 0; s < transitions; s++) {
                Row team = sheet.getRow(TEAM_HEADER + 1 + s);
                assertEquals(stages.get(s), team.getCell(0).getStringCellValue());
                assertEquals(teamX[s], number(team.getCell(3)), 0, "team moved on from " + stages.get(s));
                assertEquals(teamN[s], number(team.getCell(4)), 0, "team at " + stages.get(s));
                assertEquals(Math.min(1, teamX[s] / (double) teamN[s]), number(team.getCell(5)), 1e-9, "team rate at " + stages.get(s));
            }
            int checked = 0;
            for (int r = TEAM_HEADER + stages.size() + 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) {
                    continue;
                }
                String rep = row.getCell(0).getStringCellValue();
                int s = stages.indexOf(row.getCell(1).getStringCellValue());
                long[] own = counts.getOrDefault(key(rep), new long[64]);
                double p = Math.min(1, teamX[s] / (double) teamN[s]);
                double expected = s == 0 || own[s] == 0 ? p : Math.min(1, (own[s + 1] + k * p) / (own[s] + k));
                String what = rep + " at " + stages.get(s);
                assertEquals(own[s + 1], number(row.getCell(3)), 0, what + ": moved on");
                assertEquals(own[s], number(row.getCell(4)), 0, what + ": items");
                assertEquals(expected, number(row.getCell(7)), 1e-9, what + ": planned rate");
                checked++;
            }
            assertTrue(checked >= transitions, "rep rates checked: " + checked);
        }
    }

    /** Reps are the same ignoring case and spaces, as the history reader has it. */
    private static String key(String rep) {
        return rep.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static double number(Cell cell) {
        assertTrue(cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.NUMERIC, () -> "a number in " + cell.getAddress());
        return cell.getNumericCellValue();
    }
}
