package org.funnelplan.workbook;

import static org.funnelplan.workbook.WrittenPlans.parts;
import static org.funnelplan.workbook.WrittenPlans.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.csv.LeadsReader;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each sheet's {@code <dimension>} is the range its cells use: readers that trust it see the whole sheet. */
class SheetDimensionTest {
    private static final Pattern DIMENSION = Pattern.compile("<dimension ref=\"([^\"]*)\"/>");

    @TempDir
    Path dir;

    @Test
    void everySheetSaysTheRangeItsCellsUse() throws IOException {
        Path leads = dir.resolve("leads.csv");
        Files.writeString(leads, "organisation,status\nAcme,lead\nBeta,lead\n", StandardCharsets.UTF_8);
        byte[] xlsx = write(MarketingPlan.of(SeedFunnel.plan(), LeadsReader.read(leads, new ArrayList<>()), null));
        Map<String, String> parts = parts(xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                int firstRow = Integer.MAX_VALUE;
                int firstCol = Integer.MAX_VALUE;
                int lastRow = -1;
                int lastCol = -1;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        firstRow = Math.min(firstRow, cell.getRowIndex());
                        lastRow = Math.max(lastRow, cell.getRowIndex());
                        firstCol = Math.min(firstCol, cell.getColumnIndex());
                        lastCol = Math.max(lastCol, cell.getColumnIndex());
                    }
                }
                String used = new AreaReference(new CellReference(firstRow, firstCol), new CellReference(lastRow, lastCol),
                        workbook.getSpreadsheetVersion()).formatAsString().replace("$", "");
                Matcher m = DIMENSION.matcher(parts.get(sheet.getPackagePart().getPartName().getName().substring(1)));
                assertTrue(m.find(), sheet.getSheetName());
                assertEquals(used, m.group(1), sheet.getSheetName());
            }
        }
    }
}
