/**
 * The input CSVs read and checked (SPEC section 3), every breach an error naming file and line, and
 * the tool's own CSVs written. Entry points: the readers {@link org.funnelplan.csv.TargetsReader#read},
 * {@link org.funnelplan.csv.HistoryReader#read}, {@link org.funnelplan.csv.SeasonalityReader#read},
 * {@link org.funnelplan.csv.LeadsReader#read} and {@link org.funnelplan.csv.CampaignsReader#read};
 * {@link org.funnelplan.csv.CsvOutput} writes in either {@link org.funnelplan.csv.CsvFormat}.
 */
package org.funnelplan.csv;
