package org.funnelplan.xlsx.read;

/**
 * Why {@link XlsxPackage#open} will not read a file, when the user can act on it: the caller's
 * {@link Refusals} says it in the user's words. A damaged or hostile package is no refusal of
 * these: it is told in English, with its details.
 */
public enum Refusal {
    /** No such file. */
    MISSING,
    /** A folder. */
    FOLDER,
    /** A file of no bytes. */
    EMPTY,
    /** Not a zip package; the detail names what its first bytes look like (null: text or a format not known). */
    NOT_ZIP,
    /** An .xlsx encrypted with a password (an OLE2 container holding the package). */
    ENCRYPTED,
    /** An Excel 97-2003 workbook. */
    XLS,
    /** An OpenDocument spreadsheet. */
    ODS,
    /** An Excel binary workbook. */
    XLSB
}
