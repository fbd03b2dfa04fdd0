package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.contract.Language;
import org.funnelplan.csv.CampaignsReader;
import org.funnelplan.csv.LeadsReader;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's rep X with the blog's 1,000 leads (all still marketing's, a few with ids that
 * spreadsheets like to mangle) and two campaigns, recalculated by LibreOffice twice: as written,
 * and after two status changes typed into the lead table.
 */
class MarketingWorkbookTest {
    static final List<String> ODD_IDS = List.of("007", "1-2", "=cmd|' /C calc'!A0", "+31 10 123", "2025-01-02", "-5", "@SUM(A1)");
    static final String[] MARKETING_STATUSES = {"lead", "invited", "called", "no-show", "follow-up"};
    static final String[] SOURCES = {"Beurs Logistiek 2025", "Gekocht bestand", "Website*", "", "<100 medewerkers"};

    @TempDir
    static Path dir;
    static MarketingPlan marketing;
    static Path recalculated;
    static Path edited;

    @BeforeAll
    static void writeAndRecalculate() throws IOException {
        LibreOffice.assumeAvailable();
        StringBuilder csv = new StringBuilder("id,organisation,source,status,kvk_number,next_date\n");
        for (int i = 0; i < 1000; i++) {
            String id = i < ODD_IDS.size() ? ODD_IDS.get(i) : "L%04d".formatted(i);
            csv.append('"').append(id).append("\",Organisatie ").append(i).append(" B.V.,").append(SOURCES[i % SOURCES.length])
                    .append(',').append(MARKETING_STATUSES[i % MARKETING_STATUSES.length]).append(",0").append(1000 + i)
                    .append(",2026-01-").append(10 + i % 20).append('\n');
        }
        Path leads = dir.resolve("leads.csv");
        Files.writeString(leads, csv, StandardCharsets.UTF_8);
        Path campaigns = dir.resolve("campaigns.csv");
        Files.writeString(campaigns, """
                campaign,type,month,invited,response_rate,handover_rate,cost,issue
                Fenedex jaarsessie,seminar,3,400,0.375,0.4,7500,Zakendoen in Afrika
                Whitepaper,whitepaper,9,0,0.1,0.2,3000,
                """, StandardCharsets.UTF_8);
        marketing = MarketingPlan.of(SeedFunnel.plan(), LeadsReader.read(leads, new ArrayList<>()),
                CampaignsReader.read(campaigns, new ArrayList<>()));
        Path plan = dir.resolve("plan.xlsx");
        try (OutputStream out = Files.newOutputStream(plan)) {
            PlanWorkbook.write(marketing, WorkbookOptions.defaults(), out);
        }
        recalculated = LibreOffice.recalculate(plan, dir.resolve("lo"));

        Path changed = dir.resolve("changed").resolve("plan.xlsx");
        Files.createDirectories(changed.getParent());
        Files.copy(plan, changed);
        setStatus(changed, "007", "prospect");
        setStatus(changed, "1-2", null); // emptied: still marketing's lead
        edited = LibreOffice.recalculate(changed, dir.resolve("lo-changed"));
    }

    @Test
    void seedsThousandLeadsAtFortyPercentCoverExactlyTheFourHundredContactsNeeded() throws IOException {
        Map<String, List<Object>> names = WorkbookNames.read(recalculated);
        assertEquals(0.4, (double) names.get("Lead_Rate").get(0), 1e-12);
        assertEquals(List.of(400.0), names.get("Team_Plan_contacted"));
        assertEquals(List.of(1000.0), names.get("Leads_Needed"));
        assertEquals(List.of(1000.0), names.get("Leads_Available"));
        assertEquals(List.of(0.0), names.get("Leads_Gap"));
        Map<String, List<Object>> expected = ExpectedNames.of(marketing, PlanWorkbook.repSheetNames(marketing.plan(), Language.EN));
        for (String name : List.of("Lead_Rate", "Leads_Needed", "Leads_Available", "Leads_Gap")) {
            assertEquals((double) expected.get(name).get(0), (double) names.get(name).get(0), 1e-12, name);
        }
        assertEquals(List.of(), WorkbookNames.errorCells(recalculated), "cells that evaluate to an error");
    }

    @Test
    void countsByStatusAndSourceAndLeadsPerMonthRecalculateToTheModel() throws IOException {
        LeadSheet layout = new LeadSheet(null, marketing, null);
        Map<LeadStatus, Long> byStatus = marketing.countByStatus();
        List<Long> bySource = new ArrayList<>(marketing.countBySource().values());
        double[] months = marketing.leadsNeededByMonth();
        try (Workbook workbook = WorkbookFactory.create(recalculated.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Leads");
            List<LeadStatus> statuses = LeadStatus.byOwner();
            for (int i = 0; i < statuses.size(); i++) {
                assertEquals(statuses.get(i).code(), value(sheet, LeadSheet.FIRST_STATUS + i, 0));
                assertEquals((double) byStatus.get(statuses.get(i)), value(sheet, LeadSheet.FIRST_STATUS + i, LeadSheet.COUNT),
                        statuses.get(i).code());
            }
            for (int i = 0; i < bySource.size(); i++) {
                assertEquals((double) bySource.get(i), value(sheet, LeadSheet.FIRST_SOURCE + i, LeadSheet.COUNT),
                        "source " + value(sheet, LeadSheet.FIRST_SOURCE + i, 0));
            }
            assertEquals(1000.0, value(sheet, layout.sourceTotal(), LeadSheet.COUNT));
            double added = (double) value(sheet, layout.monthTotal(), layout.monthsPipeline());
            assertEquals(marketing.leadsPipelineAtStart(), added, 1e-9, "pipeline at start");
            for (int m = 0; m < 12; m++) {
                double month = (double) value(sheet, layout.monthTotal(), layout.monthColumn(m + 1));
                assertEquals(months[m], month, 1e-9, "month " + (m + 1));
                added += month;
            }
            double needed = (double) WorkbookNames.read(recalculated).get("Leads_Needed").get(0);
            assertEquals(needed, (double) value(sheet, layout.monthTotal(), layout.monthsNeeded()), 1e-9,
                    "the team's leads needed on the months' row are Leads_Needed");
            assertEquals(needed, added, 1e-9, "pipeline at start + the months add up to Leads_Needed");
            Sheet campaigns = workbook.getSheet("Campaigns");
            CampaignSheet campaignLayout = new CampaignSheet(null, marketing, null);
            assertEquals(60.0, (double) value(campaigns, campaignLayout.totalRow(), CampaignSheet.PROSPECTS), 1e-9);
            assertEquals("", value(campaigns, CampaignSheet.FIRST + 1, CampaignSheet.COST_PER_PROSPECT), "no prospects, no cost per one");
            assertEquals("Planned campaigns close 100% of the gap", value(campaigns, campaignLayout.gapBlock() + 5, 0));
        }
    }

    @Test
    void oddIdsAndCodesComeBackByteIdenticalAsText() throws IOException {
        LeadSheet layout = new LeadSheet(null, marketing, null);
        try (Workbook workbook = WorkbookFactory.create(recalculated.toFile(), null, true)) {
            Sheet sheet = workbook.getSheet("Leads");
            for (int i = 0; i < ODD_IDS.size(); i++) {
                Cell id = sheet.getRow(layout.tableHeader() + 1 + i).getCell(LeadTable.ID);
                assertEquals(CellType.STRING, id.getCellType(), ODD_IDS.get(i));
                assertEquals(ODD_IDS.get(i), id.getStringCellValue());
                assertEquals("@", id.getCellStyle().getDataFormatString());
            }
            Row first = sheet.getRow(layout.tableHeader() + 1);
            assertEquals("01000", first.getCell(LeadTable.FIRST_EXTRA).getStringCellValue(), "kvk_number keeps its zero");
            assertEquals("2026-01-10", first.getCell(8).getStringCellValue(), "next_date stays the text it was");
            assertEquals("kvk_number", sheet.getRow(layout.tableHeader()).getCell(LeadTable.FIRST_EXTRA).getStringCellValue());
        }
    }

    @Test
    void leadTableIsAnExcelTableWithAutofilterAndStatusDropDown() throws IOException {
        LeadSheet layout = new LeadSheet(null, marketing, null);
        try (InputStream in = Files.newInputStream(dir.resolve("plan.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Leads");
            XSSFTable table = sheet.getTables().get(0);
            assertEquals(layout.tableHeader(), table.getStartRowIndex());
            assertEquals(layout.tableHeader() + 1000, table.getEndRowIndex());
            assertEquals("kvk_number", table.getColumns().get(LeadTable.FIRST_EXTRA).getName());
            assertNotNull(table.getCTTable().getAutoFilter());
            assertTrue(sheet.getDataValidations().stream().anyMatch(v -> List.of(v.getValidationConstraint().getExplicitListValues())
                    .containsAll(List.of("lead", "no-show", "prospect", "lost"))), "status drop-down");
        }
    }

    @Test
    void changingALeadsStatusMovesLeadsAvailable() throws IOException {
        Map<String, List<Object>> names = WorkbookNames.read(edited);
        assertEquals(List.of(999.0), names.get("Leads_Available"), "007 became a prospect; an emptied status is still a lead");
        assertEquals(List.of(1.0), names.get("Leads_Gap"));
        assertEquals(List.of(), WorkbookNames.errorCells(edited));
    }

    /** Types a status into the lead table as a user would; {@code null} empties the cell. */
    static void setStatus(Path file, String id, String status) throws IOException {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        XSSFSheet sheet = workbook.getSheet("Leads");
        XSSFTable table = sheet.getTables().get(0);
        boolean found = false;
        for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex() && !found; r++) {
            Row row = sheet.getRow(r);
            if (id.equals(row.getCell(LeadTable.ID).getStringCellValue())) {
                // the writer streams inline strings; a fresh cell is what Excel makes of typing over one
                Cell old = row.getCell(LeadTable.STATUS);
                var style = old.getCellStyle();
                row.removeCell(old);
                Cell cell = row.createCell(LeadTable.STATUS);
                cell.setCellStyle(style);
                if (status != null) {
                    cell.setCellValue(status);
                }
                found = true;
            }
        }
        assertTrue(found, "no lead " + id);
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static Object value(Sheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        return WorkbookNames.valueOf(r == null ? null : r.getCell(col));
    }
}
