/**
 * The xlsx reading machinery, which knows nothing of plans. Entry point:
 * {@link org.funnelplan.xlsx.read.XlsxPackage#open}, the package opened read-only as a zip of parts
 * (file checks, content types, the workbook part, zip-bomb and duplicate-part guards), which tells a
 * file it will not read as a {@link org.funnelplan.xlsx.read.Refusal} for the caller's
 * {@link org.funnelplan.xlsx.read.Refusals} to put into words. Each part is read through one StAX
 * cursor ({@link org.funnelplan.xlsx.read.XmlCursor#open}), streamed:
 * {@link org.funnelplan.xlsx.read.WorkbookXml} (sheets and defined names),
 * {@link org.funnelplan.xlsx.read.SheetCells} (only the cells asked for), shared strings and number formats.
 */
package org.funnelplan.xlsx.read;
