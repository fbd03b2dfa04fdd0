package org.funnelplan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarketingPlanTest {

    @Test
    void seedsThousandLeadsAtFortyPercentCoverExactlyTheFourHundredContactsNeeded() {
        Plan plan = SeedFunnel.plan();
        MarketingPlan marketing = MarketingPlan.of(plan, new Leads("leads.csv", List.of(), SampleLeads.of(1000, LeadStatus.LEAD)),
                null);
        assertEquals(0.4, marketing.leadRate(), 1e-12);
        assertEquals(400, plan.teamRequired(plan.stages().handoverIndex()));
        assertEquals(1000, marketing.leadsNeeded());
        assertEquals(1000, marketing.leadsAvailable());
        assertEquals(0, marketing.leadsGap());
    }

    @Test
    void leadsHandedToSalesOrClosedAreNotAvailable() {
        Plan plan = SeedFunnel.plan();
        List<Lead> leads = new java.util.ArrayList<>(SampleLeads.of(990, LeadStatus.FOLLOW_UP));
        leads.addAll(SampleLeads.of(4, LeadStatus.PROSPECT));
        leads.addAll(SampleLeads.of(3, LeadStatus.ATTENDED));
        leads.addAll(SampleLeads.of(3, LeadStatus.LOST));
        MarketingPlan marketing = MarketingPlan.of(plan, new Leads("leads.csv", List.of(), leads), null);
        assertEquals(990, marketing.leadsAvailable());
        assertEquals(10, marketing.leadsGap());
        assertEquals(4.0, marketing.gapInHandovers(), 1e-12);
    }

    @Test
    void campaignsCloseTheirShareOfTheGapInHandOvers() {
        Plan plan = SeedFunnel.plan();
        MarketingPlan marketing = MarketingPlan.of(plan, new Leads("leads.csv", List.of(), SampleLeads.of(500, LeadStatus.LEAD)),
                SampleLeads.campaigns());
        assertEquals(500, marketing.leadsGap());
        assertEquals(200, marketing.gapInHandovers(), 1e-9);
        assertEquals(60, marketing.campaignProspects(), 1e-9);
        assertEquals(0.3, marketing.gapClosedByCampaigns(), 1e-12);
        assertEquals(Double.NaN, marketing.campaigns().get(1).costPerProspect());
    }

    @Test
    void leadsNeededPerMonthAddUpTheRepsFirstStage() {
        Plan plan = SeedFunnel.plan();
        MarketingPlan marketing = MarketingPlan.of(plan, null, null);
        double[] months = marketing.leadsNeededByMonth();
        for (int m = 0; m < 12; m++) {
            assertEquals(plan.reps().get(0).activity()[0][m], months[m], 1e-12);
        }
        assertEquals(true, marketing.leadStageHasDays());
    }
}
