package org.funnelplan.workbook;

/** The words on the sheets, kept in one place so the plan can speak another language later. */
final class Labels {
    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static final String OVERVIEW_SHEET = "Overview";
    static final String ASSUMPTIONS_SHEET = "Assumptions";
    static final String METADATA_SHEET = "funnelplan";

    static final String MARKETING = "Marketing";
    static final String SALES = "Sales";
    static final String INPUT_HINT = "Yellow cells are inputs: type over them and the plan recalculates. Everything else is calculated.";

    private Labels() {
    }

    static String owner(boolean marketing) {
        return marketing ? MARKETING : SALES;
    }
}
