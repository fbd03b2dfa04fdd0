/**
 * The funnel maths in plain Java, no POI: stages, rates from history, the reverse funnel, the
 * monthly phasing with cycle time, margins and the marketing plan. Entry point:
 * {@link org.funnelplan.model.FunnelPlanner#plan(PlanInputs)}, which turns {@link org.funnelplan.model.PlanInputs}
 * into a {@link org.funnelplan.model.Plan}; bad input throws {@link org.funnelplan.model.InputException}.
 */
package org.funnelplan.model;
