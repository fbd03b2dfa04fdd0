package org.funnelplan.model;

/** Where a rep's stage rate comes from. */
public enum RateSource {
    /** The rep's own history only (prior weight 0). */
    REP,
    /** The rep's history blended with the team rate by credibility. */
    BLENDED,
    /** The team rate: the rep has no history at this stage, or the stage is marketing's. */
    TEAM
}
