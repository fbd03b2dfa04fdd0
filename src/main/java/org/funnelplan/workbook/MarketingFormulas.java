package org.funnelplan.workbook;

import java.util.List;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.Campaign;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.xlsx.FormulaText;

/**
 * The marketing equations as spreadsheet formulas, next to the {@link MarketingPlan} and
 * {@link Campaign} methods they mirror; the recalculation tests hold the two against each other.
 */
final class MarketingFormulas {
    private MarketingFormulas() {
    }

    /** Lead_Rate = Π team rate of the marketing stages ({@link MarketingPlan#leadRate()}); 1 when marketing has none. */
    static String leadRate(List<String> teamRateRefs) {
        return teamRateRefs.isEmpty() ? "1" : String.join("*", teamRateRefs);
    }

    /** Leads_Needed = Team_Plan_<first stage> ({@link MarketingPlan#leadsNeeded()}). */
    static String leadsNeeded(String firstStageKey) {
        return PlanNames.teamPlan(firstStageKey);
    }

    /** Leads_Available: the counts of the statuses still marketing's. */
    static String leadsAvailable(List<String> marketingCounts) {
        return "SUM(" + String.join(",", marketingCounts) + ")";
    }

    /** Leads_Gap = max(0, Leads_Needed − Leads_Available). */
    static String leadsGap() {
        return FormulaText.fill("MAX(0,%s-%s)", PlanNames.LEADS_NEEDED, PlanNames.LEADS_AVAILABLE);
    }

    /** Leads with a status; for lead also the rows of the table whose status was left empty. */
    static String countStatus(String statusRange, String statusCell, boolean emptyCounts, String organisationRange) {
        String count = FormulaText.fill("COUNTIFS(%s,%s)", statusRange, statusCell);
        return emptyCounts ? count + "+" + countEmpty(statusRange, organisationRange) : count;
    }

    /** Rows with an organisation whose cell in {@code range} is empty. */
    static String countEmpty(String range, String organisationRange) {
        return FormulaText.fill("SUMPRODUCT((%s<>\"\")*(%s=\"\"))", organisationRange, range);
    }

    /** Leads from the source written in {@code sourceCell}, matched exactly (wildcards in the name escaped). */
    static String countSource(String sourceRange, String sourceCell) {
        return FormulaText.fill("COUNTIFS(%s,\"=\"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(%s,\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\"))", sourceRange, sourceCell);
    }

    /** Expected responses = invited × response rate ({@link Campaign#expectedResponses()}). */
    static String expectedResponses(String invited, String responseRate) {
        return invited + "*" + responseRate;
    }

    /** Prospects = expected responses × hand-over rate ({@link Campaign#prospects()}). */
    static String prospects(String responses, String handoverRate) {
        return responses + "*" + handoverRate;
    }

    /** Cost per prospect, empty when a campaign hands over none. */
    static String costPerProspect(String cost, String prospects) {
        return FormulaText.fill("IF(%2$s=0,\"\",%1$s/%2$s)", cost, prospects);
    }

    /** The gap in hand-overs: Leads_Gap × Lead_Rate ({@link MarketingPlan#gapInHandovers()}). */
    static String gapInHandovers() {
        return PlanNames.LEADS_GAP + "*" + PlanNames.LEAD_RATE;
    }

    /** Share of the gap the campaigns close ({@link MarketingPlan#gapClosedByCampaigns()}). */
    static String gapClosed(String prospects, String gapInHandovers) {
        return FormulaText.fill("IF(%2$s=0,1,%1$s/%2$s)", prospects, gapInHandovers);
    }
}
