/**
 * The xlsx reading machinery, which knows nothing of plans: one StAX cursor over a part
 * ({@link org.funnelplan.xlsx.read.XmlCursor#open}) and the parts read through it, streamed:
 * {@link org.funnelplan.xlsx.read.WorkbookXml} (sheets and defined names),
 * {@link org.funnelplan.xlsx.read.SheetCells} (only the cells asked for), shared strings and number formats.
 */
package org.funnelplan.xlsx.read;
