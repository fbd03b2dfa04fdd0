package org.funnelplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where a lead stands in the seed's seminar hand-over: marketing invites, calls the non-responders
 * and follows up the no-shows; whoever attended or was accepted is the rep's; a lead ends only
 * with a yes (customer) or a no (lost). A prospect may fall back to lead.
 */
public enum LeadStatus {
    LEAD("lead", Owner.MARKETING),
    INVITED("invited", Owner.MARKETING),
    CALLED("called", Owner.MARKETING),
    ATTENDED("attended", Owner.SALES),
    NO_SHOW("no-show", Owner.MARKETING),
    FOLLOW_UP("follow-up", Owner.MARKETING),
    PROSPECT("prospect", Owner.SALES),
    CUSTOMER("customer", Owner.CLOSED),
    LOST("lost", Owner.CLOSED);

    /** Who works a lead with this status. */
    public enum Owner { MARKETING, SALES, CLOSED }

    private static final LeadStatus[] ALL = values();

    private final String code;
    private final Owner owner;

    LeadStatus(String code, Owner owner) {
        this.code = code;
        this.owner = owner;
    }

    /** The word in the CSV and on the sheet, e.g. {@code no-show}. */
    public String code() {
        return code;
    }

    public Owner owner() {
        return owner;
    }

    /** Still marketing's: counts toward Leads_Available. */
    public boolean isMarketing() {
        return owner == Owner.MARKETING;
    }

    /** The status a cell names, ignoring case and surrounding spaces; empty is {@link #LEAD}; {@code null} when unknown. */
    public static LeadStatus parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return LEAD;
        }
        for (LeadStatus status : ALL) {
            if (status.code.equals(t)) {
                return status;
            }
        }
        return null;
    }

    /** The statuses grouped by owner: marketing's first, then sales', then the closed ones. */
    public static List<LeadStatus> byOwner() {
        return Arrays.stream(ALL).sorted((a, b) -> a.owner.compareTo(b.owner)).toList();
    }

    /** {@code lead, invited, ...} for messages. */
    public static String vocabulary() {
        return String.join(", ", Arrays.stream(ALL).map(LeadStatus::code).toList());
    }
}
