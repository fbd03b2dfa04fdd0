/**
 * Filled workbooks read back (streamed through {@code xlsx.read}, every cell found through its
 * defined name), checked, the plan recomputed from their own inputs, and the variance against the
 * actuals; a file that cannot be read is told in the plan's words (English or Dutch). Entry point:
 * {@link org.funnelplan.actuals.ActualsImport#read}, which gives the {@link org.funnelplan.actuals.TeamActuals};
 * {@link org.funnelplan.actuals.Variance#rows} the plan against actual per rep, stage and month.
 */
package org.funnelplan.actuals;
