package org.funnelplan.workbook;

/** The few looks a plan cell can have. Inputs share one fill colour and are the only unlocked cells. */
enum Style {
    TITLE, SUBTITLE, NOTE, WARNING, NOTE_WRAPPED, WARNING_WRAPPED, HEADER, HEADER_RIGHT, LABEL, TEXT, CODE, CODE_WRAPPED, TOTAL_LABEL,
    WHOLE, DECIMAL, EURO, PERCENT, BOOLEAN, TOTAL_WHOLE, TOTAL_EURO, TOTAL_DECIMAL,
    INPUT_WHOLE, INPUT_DECIMAL, INPUT_EURO, INPUT_PERCENT, INPUT_TEXT, INPUT_MONTH,
    META;

    boolean isInput() {
        return name().startsWith("INPUT_");
    }
}
