package org.funnelplan.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;

/** What the Java model says each defined name must hold, keyed as {@link WorkbookNames} reads them. */
final class ExpectedNames {
    private ExpectedNames() {
    }

    /** The plan's names, and with leads the marketing names. */
    static Map<String, List<Object>> of(MarketingPlan marketing, List<String> repSheets) {
        Map<String, List<Object>> expected = of(marketing.plan(), repSheets);
        if (marketing.hasLeads()) {
            expected.put("Lead_Rate", List.of(marketing.leadRate()));
            expected.put("Leads_Needed", List.of((double) marketing.leadsNeeded()));
            expected.put("Leads_Available", List.of((double) marketing.leadsAvailable()));
            expected.put("Leads_Gap", List.of((double) marketing.leadsGap()));
        }
        return expected;
    }

    static Map<String, List<Object>> of(Plan plan, List<String> repSheets) {
        Map<String, List<Object>> expected = new LinkedHashMap<>();
        FunnelStages stages = plan.stages();
        expected.put("Plan_Year", List.of((double) plan.year()));
        expected.put("Report_Month", List.of((double) OverviewSheet.DEFAULT_REPORT_MONTH));
        expected.put("Team_Target_NewCustomers", List.of((double) plan.teamTargetNewCustomers()));
        expected.put("Sales_Margin_Target", List.of(plan.salesMarginTarget()));
        expected.put("Marketing_Margin_Target", List.of(plan.salesMarginTarget()));
        expected.put("Alignment_OK", List.of(true));
        for (int s = 0; s < stages.size(); s++) {
            expected.put("Team_Plan_" + stages.get(s).key(), List.of((double) plan.teamRequired(s)));
        }
        for (int i = 0; i < plan.reps().size(); i++) {
            RepPlan rep = plan.reps().get(i);
            String sheet = repSheets.get(i) + "!";
            expected.put(sheet + "Rep_Name", List.of(rep.rep()));
            expected.put(sheet + "Target_NewCustomers", List.of((double) rep.target().newCustomers()));
            expected.put(sheet + "Target_AvgMargin", List.of(rep.target().avgMargin()));
            expected.put(sheet + "Target_Margin", List.of(rep.marginTarget()));
            expected.put(sheet + "Plan_InYearMargin", List.of(rep.inYearMargin()));
            expected.put(sheet + "Input_StartMonth", List.of((double) rep.target().startMonth()));
            expected.put(sheet + "Input_RampMonths", List.of((double) rep.target().rampMonths()));
            expected.put(sheet + "Input_Seasonality_M", boxed(rep.seasonality()));
            for (int s = 0; s < stages.size(); s++) {
                String key = stages.get(s).key();
                if (s < stages.wonIndex()) {
                    expected.put(sheet + "Rate_" + key, List.of(rep.rates().get(s).rate()));
                    expected.put(sheet + "Input_AvgDays_" + key, List.of(rep.avgDays()[s]));
                }
                expected.put(sheet + "WinProb_" + key, List.of(rep.winProbability()[s]));
                expected.put(sheet + "Plan_" + key, List.of((double) rep.required()[s]));
                expected.put(sheet + "PreYear_" + key, List.of(rep.preYear()[s]));
                expected.put(sheet + "Plan_" + key + "_M", boxed(rep.activity()[s]));
                double toDate = 0;
                for (int m = 0; m < OverviewSheet.DEFAULT_REPORT_MONTH; m++) {
                    toDate += rep.activity()[s][m];
                }
                expected.put(sheet + "PlanToDate_" + key, List.of(toDate));
                expected.put(sheet + "Actual_" + key + "_M", java.util.Collections.nCopies(12, null));
                expected.put(sheet + "Actual_" + key + "_YTD", List.of(0.0));
                expected.put(sheet + "Variance_" + key + "_YTD", List.of(-toDate));
            }
        }
        return expected;
    }

    private static List<Object> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().map(Object.class::cast).toList();
    }
}
