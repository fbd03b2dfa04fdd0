/**
 * The outputs of the way back: the variance as CSV ({@link org.funnelplan.report.VarianceCsv#write}),
 * as a formatted workbook ({@link org.funnelplan.report.VarianceWorkbook#write}) and as a console table
 * ({@link org.funnelplan.report.VarianceTable#print}), and the actuals as next year's history CSV
 * ({@link org.funnelplan.report.HistoryCsv#write}).
 */
package org.funnelplan.report;
