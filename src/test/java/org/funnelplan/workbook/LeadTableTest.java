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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.csv.LeadsReader;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lead table's column names equal their header cells as Excel reads both. */
class LeadTableTest {
    @TempDir
    Path dir;

    @Test
    void aLeadsHeaderWithALineBreakIsItsTableColumnNameAsExcelReadsIt() throws IOException {
        Path leads = dir.resolve("leads.csv");
        Files.writeString(leads, "organisation,status,\"kvk\nnumber\",\"tab\there\",code_x0041_\nAcme,lead,123,x,y\n",
                StandardCharsets.UTF_8);
        byte[] xlsx = write(MarketingPlan.of(SeedFunnel.plan(), LeadsReader.read(leads, new ArrayList<>()), null));
        String tableXml = parts(xlsx).get("xl/tables/table1.xml");
        assertTrue(tableXml.contains("name=\"kvk_x000A_number\""), tableXml);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheet("Leads");
            XSSFTable table = sheet.getTables().get(0);
            int header = table.getStartRowIndex();
            List<String> names = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                names.add(excelReads(table.getColumns().get(i).getName()));
                cells.add(sheet.getRow(header).getCell(table.getStartColIndex() + i).getStringCellValue());
            }
            assertEquals(cells, names, "table column names as Excel reads them, against the header cells");
            assertTrue(cells.containsAll(List.of("kvk\nnumber", "tab\there", "code_x0041_")), cells.toString());
        }
    }

    /** ST_Xstring as Excel reads it: {@code _xHHHH_} is the character HHHH. */
    static String excelReads(String xstring) {
        Matcher m = Pattern.compile("_x([0-9A-Fa-f]{4})_").matcher(xstring);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }
}
