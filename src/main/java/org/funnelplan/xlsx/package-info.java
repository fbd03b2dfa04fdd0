/**
 * The xlsx writing machinery, which knows nothing of plans: rows streamed by
 * {@link org.funnelplan.xlsx.SheetRows} into a row store, defined names added without POI's per-name
 * scan, chart and formula text, and the package put together. Entry point:
 * {@link org.funnelplan.xlsx.StreamingWorkbook}.
 */
package org.funnelplan.xlsx;
