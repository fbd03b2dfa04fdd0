/**
 * The workbook contract in plain Java, shared by the writers and the readers: every defined name
 * ({@link org.funnelplan.contract.PlanNames}), the metadata sheet and its schema version
 * ({@link org.funnelplan.contract.Metadata}), the plan language ({@link org.funnelplan.contract.Language})
 * and the limits the input readers, the sheets and the re-import agree on
 * ({@link org.funnelplan.contract.Limits}, {@link org.funnelplan.contract.Capacity}).
 */
package org.funnelplan.contract;
