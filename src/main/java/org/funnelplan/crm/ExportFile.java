package org.funnelplan.crm;

/**
 * One export file as read, for the console.
 *
 * @param items     items it brought in (for a one-row-per-change export: items first seen in it)
 * @param dateOrder the order its dates that are not year first were read in, or null when all were
 */
public record ExportFile(String file, CrmFormat format, int items, DateOrder dateOrder) {
}
