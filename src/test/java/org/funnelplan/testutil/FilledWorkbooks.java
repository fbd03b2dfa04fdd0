package org.funnelplan.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.SeedFunnel;
import org.funnelplan.contract.Language;
import org.funnelplan.workbook.PerRepWorkbook;
import org.funnelplan.workbook.PlanWorkbook;
import org.funnelplan.workbook.WorkbookOptions;

/** Test helper: plans written as workbooks, and cells set through their defined names as a rep would. */
public final class FilledWorkbooks {
    public static final String PLAN_ID = "test-plan-1";

    private FilledWorkbooks() {
    }

    /** Two reps on the seed funnel: Anna (10 customers) and Bob (4). */
    public static Plan twoReps() {
        List<HistoryRow> rows = new ArrayList<>(SeedFunnel.history().rows());
        long[] counts = {500, 200, 40, 10, 5};
        for (int s = 0; s < counts.length; s++) {
            rows.add(new HistoryRow("Bob", "2025", SeedFunnel.STAGES.get(s), counts[s], s < 4 ? 10.0 * (s + 1) : null, 20 + s));
        }
        FunnelHistory history = new FunnelHistory("history.csv", SeedFunnel.STAGES, rows);
        return FunnelPlanner.plan(new PlanInputs(2027, "targets.csv", List.of(
                RepTarget.simple("Anna", 10, 5000, 20000.0), RepTarget.simple("Bob", 4, 3000, null)),
                history, null, null, PlanInputs.DEFAULT_PRIOR_WEIGHT));
    }

    public static Path master(Plan plan, Path file, String planId) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, WorkbookOptions.defaults().withPlanId(planId), out);
        }
        return file;
    }

    public static Path perRep(Plan plan, int rep, Path file, String planId) throws IOException {
        return perRep(plan, rep, file, planId, Language.EN);
    }

    public static Path perRep(Plan plan, int rep, Path file, String planId, Language language) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PerRepWorkbook.write(plan, rep, WorkbookOptions.defaults().withPlanId(planId).withLanguage(language), out);
        }
        return file;
    }

    /** Opens the workbook with POI, lets {@code edit} change it, saves it in place. */
    public static void edit(Path file, Consumer<XSSFWorkbook> edit) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** The cells behind a sheet-scoped name. */
    public static List<Cell> cells(XSSFWorkbook workbook, String sheet, String name) {
        int index = workbook.getSheetIndex(sheet);
        for (Name candidate : workbook.getNames(name)) {
            if (candidate.getSheetIndex() == index) {
                List<Cell> cells = new ArrayList<>();
                AreaReference area = new AreaReference(candidate.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                for (CellReference ref : area.getAllReferencedCells()) {
                    Sheet target = workbook.getSheet(ref.getSheetName());
                    Row row = target.getRow(ref.getRow()) == null ? target.createRow(ref.getRow()) : target.getRow(ref.getRow());
                    cells.add(row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol()));
                }
                return cells;
            }
        }
        throw new IllegalArgumentException("no name " + name + " on " + sheet);
    }

    /** Types monthly actuals, January on; {@code null} leaves a month empty. */
    public static void actuals(XSSFWorkbook workbook, String sheet, String stageKey, Double... months) {
        List<Cell> cells = cells(workbook, sheet, "Actual_" + stageKey + "_M");
        for (int m = 0; m < months.length; m++) {
            if (months[m] != null) {
                cells.get(m).setCellValue(months[m]);
            }
        }
    }

    /** The A1 address of the i-th cell behind a name. */
    public static String address(Path file, String sheet, String name, int i) throws IOException {
        String[] address = new String[1];
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            address[0] = cells(workbook, sheet, name).get(i).getAddress().formatAsString();
        }
        return address[0];
    }
}
