package org.funnelplan.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marketing's side of the plan: how many leads the sales targets need, how many marketing still
 * has, the gap, and what the planned campaigns hand over. The workbook shows the same equations
 * as live formulas.
 *
 * @param leads     {@code null} when no leads file was given
 * @param campaigns empty when no campaigns file was given
 */
public record MarketingPlan(Plan plan, Leads leads, List<Campaign> campaigns, boolean hasCampaigns) {

    public MarketingPlan {
        campaigns = List.copyOf(campaigns);
    }

    public static MarketingPlan of(Plan plan, Leads leads, List<Campaign> campaigns) {
        return new MarketingPlan(plan, leads, campaigns == null ? List.of() : campaigns, campaigns != null);
    }

    public boolean hasLeads() {
        return leads != null;
    }

    /** Lead_Rate: the product of the marketing stages' team rates. */
    public double leadRate() {
        return plan.leadRate();
    }

    /** Leads_Needed = Team_Plan_<first stage> ({@link Plan#leadsNeeded()}). */
    public long leadsNeeded() {
        return plan.leadsNeeded();
    }

    /** Leads by status, every status present (0 when none). */
    public Map<LeadStatus, Long> countByStatus() {
        Map<LeadStatus, Long> counts = new EnumMap<>(LeadStatus.class);
        for (LeadStatus status : LeadStatus.values()) {
            counts.put(status, 0L);
        }
        if (leads != null) {
            for (Lead lead : leads.all()) {
                counts.merge(lead.status(), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** Leads by source, most first (ties by name); "" for leads without a source. */
    public Map<String, Long> countBySource() {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (leads != null) {
            for (Lead lead : leads.all()) {
                counts.merge(lead.source(), 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Leads_Available: leads whose status is still marketing's. */
    public long leadsAvailable() {
        return countByStatus().entrySet().stream().filter(e -> e.getKey().isMarketing()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Leads_Gap = max(0, Leads_Needed − Leads_Available). */
    public long leadsGap() {
        return Math.max(0, leadsNeeded() - leadsAvailable());
    }

    /** Whether the leads needed can be timed by month: the history gives avg_days at the lead stage. */
    public boolean leadStageHasDays() {
        return plan.reps().stream().anyMatch(r -> r.avgDays()[0] > 0);
    }

    /** The leads that must be in the funnel when each rep starts, added up: Leads_Needed less the months. */
    public double leadsPipelineAtStart() {
        return plan.teamPipelineAtStart(0);
    }

    /** Leads needed per month: the sum over reps of the first stage's monthly activity. */
    public double[] leadsNeededByMonth() {
        double[] months = new double[Phasing.MONTHS];
        for (RepPlan rep : plan.reps()) {
            for (int m = 0; m < months.length; m++) {
                months[m] += rep.activity()[0][m];
            }
        }
        return months;
    }

    public long campaignInvited() {
        return campaigns.stream().mapToLong(Campaign::invited).sum();
    }

    public double campaignResponses() {
        return campaigns.stream().mapToDouble(Campaign::expectedResponses).sum();
    }

    public double campaignProspects() {
        return campaigns.stream().mapToDouble(Campaign::prospects).sum();
    }

    public double campaignCost() {
        return campaigns.stream().mapToDouble(Campaign::cost).sum();
    }

    /** The gap expressed as hand-overs: Leads_Gap × Lead_Rate, what campaigns' prospects are compared with. */
    public double gapInHandovers() {
        return leadsGap() * leadRate();
    }

    /** Share of the gap the planned campaigns close: prospects ÷ gap in hand-overs; 1 when there is no gap. */
    public double gapClosedByCampaigns() {
        double gap = gapInHandovers();
        return gap == 0 ? 1 : campaignProspects() / gap;
    }
}
