package org.funnelplan.workbook;

/** The words on the sheets, kept in one place so the plan can speak another language later. */
final class Labels {
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static final String OVERVIEW_SHEET = "Overview";
    static final String ASSUMPTIONS_SHEET = "Assumptions";
    static final String METADATA_SHEET = "funnelplan";

    static final String MARKETING = "Marketing";
    static final String SALES = "Sales";
    static final String INPUT_HINT = "Yellow cells are inputs: type over them and the plan recalculates. Everything else is calculated.";


    // Marketing lead sheet
    static final String LEADS_SHEET = "Leads";
    static final String LEADS_TITLE = "Marketing: leads";
    static final String LEADS_SUBTITLE = "The leads marketing still works feed the sales funnel. "
            + "Change a lead's status in the table and the counts above follow.";
    static final String LEAD_RATE = "Lead rate";
    static final String LEAD_RATE_NOTE = "share of leads that reach the hand-over: the marketing stages' team rates multiplied";
    static final String LEADS_NEEDED = "Leads needed";
    static final String LEADS_NEEDED_NOTE = "the team's hand-overs needed ÷ lead rate, rounded up";
    static final String LEADS_AVAILABLE = "Leads available";
    static final String LEADS_AVAILABLE_NOTE = "leads whose status is still marketing's";
    static final String LEADS_GAP = "Leads gap";
    static final String LEADS_GAP_NOTE = "leads marketing still has to find: needed − available, at least 0";
    static final String SHARED_TARGET = "Shared margin target";
    static final String SHARED_TARGET_NOTE = "sales and marketing share one in-year margin target (Overview)";
    static final String TARGETS_ALIGNED = "Targets aligned";
    static final String AGREEMENT_TITLE = "Hand-over agreement";
    static final String STATUS = "Status";
    static final String OWNER = "Owner";
    static final String LEADS = "Leads";
    static final String SOURCE = "Source";
    static final String TOTAL = "Total";
    static final String NO_SOURCE = "(no source)";
    static final String OTHER_SOURCES = "(other sources)";
    static final String CLOSED = "Closed";
    static final String SALES_REP = "Sales (the rep)";
    static final String LEADS_BY_MONTH = "Leads needed per month";
    static final String LEADS_BY_MONTH_NOTE = "When leads must enter the funnel to make the wins in time, from the cycle times (doorlooptijd).";
    static final String LEADS_BY_MONTH_FOLDED = LEADS_BY_MONTH_NOTE + " The rows per rep are folded: click + in the margin to open them.";
    static final String LEADS_BY_MONTH_MISSING = "Leads needed per month: the history gives no avg_days for the lead stage, "
            + "so the leads cannot be timed by month. Add avg_days to the history to see them.";
    static final String YEAR = "Year";
    static final String LEAD_TABLE = "Leads";
    static final String[] LEAD_COLUMNS = {"Id", "Organisation", "Source", "Segment", "Status", "Owner", "Campaign",
        "Next step", "Next date"};

    // Campaign sheet
    static final String CAMPAIGNS_SHEET = "Campaigns";
    static final String CAMPAIGNS_TITLE = "Marketing: campaigns";
    static final String CAMPAIGNS_SUBTITLE = "Campaigns turn leads into prospects for sales. Build them on the customer's issue, "
            + "not on what you sell. Yellow cells are inputs.";
    static final String[] CAMPAIGN_COLUMNS = {"Campaign", "Type", "Month", "Invited", "Response rate", "Hand-over rate",
        "Expected responses", "Prospects", "Cost", "Cost per prospect", "Customer issue"};
    static final String CAMPAIGNS_GAP = "Leads gap";
    static final String CAMPAIGNS_GAP_HANDOVERS = "Gap in hand-overs";
    static final String CAMPAIGNS_GAP_HANDOVERS_NOTE = "leads gap × lead rate: the prospects sales still misses";
    static final String CAMPAIGNS_PROSPECTS = "Prospects from planned campaigns";
    static final String CAMPAIGNS_SHARE = "Share of the gap closed";
    static final String CAMPAIGNS_CLOSE = "Planned campaigns close ";
    static final String CAMPAIGNS_CLOSE_END = " of the gap";
    static final String CAMPAIGNS_NO_LEADS = "Give a leads file (generate --leads) to compare the campaigns with the leads gap.";

    private Labels() {
    }

    static String owner(boolean marketing) {
        return marketing ? MARKETING : SALES;
    }

    /** The hand-over agreement, one line each, as printed on the lead sheet. */
    static String[] agreement(String handoverStage) {
        return new String[] {
            "Marketing owns a lead while its status is lead, invited, called, no-show or follow-up: "
                    + "it invites, calls the non-responders and follows up the no-shows.",
            "Sales (the rep) owns it once it attended or is a prospect: from the hand-over stage (" + handoverStage + ") on.",
            "A prospect the rep cannot take further falls back to lead, and marketing works it again.",
            "A lead ends only with a yes (customer) or a no (lost).",
        };
    }

    static String statusOwner(org.funnelplan.model.LeadStatus.Owner owner) {
        return switch (owner) {
            case MARKETING -> MARKETING;
            case SALES -> SALES_REP;
            case CLOSED -> CLOSED;
        };
    }
}
