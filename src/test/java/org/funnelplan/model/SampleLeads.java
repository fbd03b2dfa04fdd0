package org.funnelplan.model;

import java.util.ArrayList;
import java.util.List;

/** Leads and campaigns made in code, for tests that need a marketing plan. */
public final class SampleLeads {
    private SampleLeads() {
    }

    /** {@code count} leads with the given status, ids L1…, sources cycling over three names. */
    public static List<Lead> of(int count, LeadStatus status) {
        String[] sources = {"Beurs Logistiek 2025", "Gekocht bestand", "Website * nieuw?"};
        List<Lead> leads = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            leads.add(new Lead("L" + i, "Organisatie " + i + " B.V.", sources[i % sources.length], "Productie", status,
                    "Marketing", "", "", "", List.of()));
        }
        return leads;
    }

    /** The seed's seminar and a whitepaper that hands over nothing. */
    public static List<Campaign> campaigns() {
        return List.of(new Campaign("Fenedex jaarsessie", "seminar", 3, 400, 0.375, 0.4, 7500, "Zakendoen in Afrika"),
                new Campaign("Whitepaper", "whitepaper", 9, 0, 0.1, 0.2, 3000, ""));
    }

    /** A marketing plan over {@code plan} with leads in every status and the sample campaigns. */
    public static MarketingPlan mixed(Plan plan) {
        List<Lead> leads = new ArrayList<>();
        int n = 0;
        for (LeadStatus status : LeadStatus.values()) {
            for (Lead lead : of(3 + status.ordinal(), status)) {
                leads.add(new Lead("M" + ++n, lead.organisation(), n % 7 == 0 ? "" : lead.source(), lead.segment(), status,
                        lead.owner(), "", "", "", List.of()));
            }
        }
        return MarketingPlan.of(plan, new Leads("leads.csv", List.of(), leads), campaigns());
    }
}
