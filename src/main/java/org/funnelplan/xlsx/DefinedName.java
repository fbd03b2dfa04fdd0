package org.funnelplan.xlsx;

/**
 * A name users' formulas and the re-import rely on.
 *
 * @param sheetIndex the sheet it is scoped to, or -1 for the whole workbook
 * @param refersTo   always a cell or a 1×12 range, e.g. {@code 'Anna'!$E$15}
 */
record DefinedName(String name, int sheetIndex, String refersTo) {
}
