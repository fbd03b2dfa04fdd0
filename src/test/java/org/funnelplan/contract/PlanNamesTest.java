package org.funnelplan.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.funnelplan.xlsx.ExcelGrid;
import org.junit.jupiter.api.Test;

/** The contract spells the names as SPEC section 4 does; the expected spellings here are the test's own. */
class PlanNamesTest {
    @Test
    void aStagesNamesAreTheSpecsPatterns() {
        assertEquals(List.of("Rate_demo_pilot", "WinProb_demo_pilot", "Plan_demo_pilot", "PreYear_demo_pilot", "Plan_demo_pilot_M",
                        "Actual_demo_pilot_M", "PlanToDate_demo_pilot", "Actual_demo_pilot_YTD", "Variance_demo_pilot_YTD",
                        "Input_AvgDays_demo_pilot", "Team_Plan_demo_pilot"),
                List.of(PlanNames.rate("demo_pilot"), PlanNames.winProbability("demo_pilot"), PlanNames.plan("demo_pilot"),
                        PlanNames.preYear("demo_pilot"), PlanNames.planMonths("demo_pilot"), PlanNames.actualMonths("demo_pilot"),
                        PlanNames.planToDate("demo_pilot"), PlanNames.actualToDate("demo_pilot"), PlanNames.varianceToDate("demo_pilot"),
                        PlanNames.avgDays("demo_pilot"), PlanNames.teamPlan("demo_pilot")));
        assertEquals(List.of("Rep_Name", "Target_NewCustomers", "Target_AvgMargin", "Target_Margin", "Plan_InYearMargin", "Input_StartMonth",
                        "Input_RampMonths", "Input_Seasonality_M", "Plan_Year", "Report_Month", "Team_Target_NewCustomers",
                        "Sales_Margin_Target", "Marketing_Margin_Target", "Alignment_OK", "Lead_Rate", "Leads_Needed", "Leads_Available",
                        "Leads_Gap"),
                List.of(PlanNames.REP_NAME, PlanNames.TARGET_NEW_CUSTOMERS, PlanNames.TARGET_AVG_MARGIN, PlanNames.TARGET_MARGIN,
                        PlanNames.PLAN_IN_YEAR_MARGIN, PlanNames.INPUT_START_MONTH, PlanNames.INPUT_RAMP_MONTHS,
                        PlanNames.INPUT_SEASONALITY_MONTHS, PlanNames.PLAN_YEAR, PlanNames.REPORT_MONTH, PlanNames.TEAM_TARGET_NEW_CUSTOMERS,
                        PlanNames.SALES_MARGIN_TARGET, PlanNames.MARKETING_MARGIN_TARGET, PlanNames.ALIGNMENT_OK, PlanNames.LEAD_RATE,
                        PlanNames.LEADS_NEEDED, PlanNames.LEADS_AVAILABLE, PlanNames.LEADS_GAP));
    }

    /** The reader kept the names of this expression before the contract had a predicate; users' own names stay out. */
    @Test
    void oursAreTheNamesTheReaderAlwaysKept() {
        Pattern before = Pattern.compile(
                "Rep_Name|Target_\\w+|Input_\\w+|Rate_\\w+|WinProb_\\w+|Plan_\\w+|PreYear_\\w+|Actual_\\w+|PlanToDate_\\w+|Variance_\\w+");
        for (String name : List.of("Rep_Name", "Rep_Names", "Target_NewCustomers", "Target_", "Input_AvgDays_won", "Rate_lead", "Rate_lead-2",
                "WinProb_quoted", "Plan_won_M", "Plan_InYearMargin", "Plan_", "PreYear_x", "Actual_won_YTD", "PlanToDate_a1", "Variance_z_YTD",
                "Report_Month", "Team_Plan_won", "Leads_Gap", "MyTotal", "plan_won", "Plan_wön", "_xlnm.Print_Titles")) {
            assertEquals(before.matcher(name).matches(), PlanNames.isRepSheetName(name), name);
        }
        assertEquals(true, PlanNames.isWorkbookName("Report_Month"));
        assertEquals(false, PlanNames.isWorkbookName("Plan_Year"));
    }

    @Test
    void theContractsGridIsExcelsAsTheXlsxLayerKnowsIt() {
        assertEquals(ExcelGrid.ROWS, Capacity.EXCEL_ROWS);
        assertEquals(ExcelGrid.COLUMNS, Capacity.EXCEL_COLUMNS);
    }
}
