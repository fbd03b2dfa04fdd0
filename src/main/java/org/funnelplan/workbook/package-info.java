/**
 * The plan workbook written: one class per sheet or block, a style registry, the defined names of
 * {@link org.funnelplan.contract.PlanNames} and formulas that mirror the model. Entry points:
 * {@link org.funnelplan.workbook.PlanWorkbook#write(org.funnelplan.model.Plan, WorkbookOptions, java.io.OutputStream)}
 * and, a rep's own workbook, {@link org.funnelplan.workbook.PerRepWorkbook#write}.
 */
package org.funnelplan.workbook;
