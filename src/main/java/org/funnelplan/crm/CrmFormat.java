package org.funnelplan.crm;

/** The export formats {@code from-crm} reads (SPEC section 7), each known by its header. */
public enum CrmFormat {
    HUBSPOT("HubSpot deals export", "deal", true,
            "Record ID, Deal owner, Pipeline (optional) and a Date entered \"<stage> (<pipeline>)\" column per stage"),
    PIPEDRIVE("Pipedrive deals export", "deal", true,
            "Deal - ID, Deal - Owner, Deal - Pipeline (optional), Deal - Stage, Deal - Status, Deal - Deal created"),
    SALESFORCE("Salesforce opportunity history report", "opportunity", false,
            "Opportunity ID (or Opportunity Name), Opportunity Owner, To Stage (or Stage), Edit Date (or Last Modified)"),
    STAGE_LOG("stage log", "item", false, "item, rep, stage, date, pipeline (optional)");

    private final String title;
    private final String noun;
    private final boolean wide;
    private final String columns;

    CrmFormat(String title, String noun, boolean wide, String columns) {
        this.title = title;
        this.noun = noun;
        this.wide = wide;
        this.columns = columns;
    }

    /** As users know it: {@code HubSpot deals export}. */
    public String title() {
        return title;
    }

    /** What one item is called in this CRM: {@code deal}. */
    String noun() {
        return noun;
    }

    /** One row per item (an id twice is a mistake), not one row per stage entry. */
    boolean wide() {
        return wide;
    }

    /** The columns the format needs, for the message about a header that fits no format. */
    String columns() {
        return columns;
    }
}
