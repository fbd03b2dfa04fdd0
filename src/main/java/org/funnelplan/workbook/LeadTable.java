package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.funnelplan.contract.Capacity;
import org.funnelplan.model.Lead;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.Leads;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.funnelplan.xlsx.ExcelStrings;
import org.funnelplan.xlsx.Ref;

/**
 * The leads as an Excel table with autofilter and a status drop-down. Rows are streamed, and
 * every value is a text cell: ids and codes keep their leading zeros, nothing turns into a date,
 * and a value starting with {@code =} stays text. The lead sheet sets the columns' widths, as it
 * shares them with its summary.
 */
final class LeadTable {
    static final int ID = 0;
    static final int ORGANISATION = 1;
    static final int SOURCE = 2;
    static final int SEGMENT = 3;
    static final int STATUS = 4;
    /** The SPEC's lead columns come first, the user's own after them. */
    static final int FIRST_EXTRA = Capacity.LEAD_TABLE_COLUMNS;
    /** The Excel table's name: an identifier for users' formulas, the same in every language. */
    private static final String TABLE_NAME = "Leads";

    private final SheetWriter out;
    private final Leads leads;
    private final int header;

    LeadTable(SheetWriter out, Leads leads, int header) {
        this.out = out;
        this.leads = leads;
        this.header = header;
    }

    int firstRow() {
        return header + 1;
    }

    /** The last row of the table: an empty table keeps one blank row, as Excel tables need one. */
    int lastRow() {
        return header + Math.max(1, leads.size());
    }

    int lastColumn() {
        return FIRST_EXTRA + leads.extraColumns().size() - 1;
    }

    /** {@code $E$51:$E$1050}: a column's data cells, for the summary's counts. */
    String range(int col) {
        return Ref.abs(firstRow(), col) + ":" + Ref.abs(lastRow(), col);
    }

    void write() {
        List<String> names = columnNames();
        out.tallRow(header);
        for (int col = 0; col < names.size(); col++) {
            out.text(header, col, names.get(col), Style.HEADER);
        }
        int row = firstRow();
        for (Lead lead : leads.all()) {
            code(row, ID, lead.id());
            code(row, ORGANISATION, lead.organisation());
            code(row, SOURCE, lead.source());
            code(row, SEGMENT, lead.segment());
            out.text(row, STATUS, lead.status().code(), Style.INPUT_TEXT);
            code(row, 5, lead.owner());
            code(row, 6, lead.campaign());
            code(row, 7, lead.nextStep());
            code(row, 8, lead.nextDate());
            List<String> extra = lead.extra();
            for (int i = 0; i < extra.size(); i++) {
                code(row, FIRST_EXTRA + i, extra.get(i));
            }
            row++;
        }
        if (leads.size() == 0) {
            out.blank(firstRow(), STATUS, Style.INPUT_TEXT);
        }
        statusDropDown();
        table(names);
    }

    private void code(int row, int col, String value) {
        if (!value.isEmpty()) {
            out.text(row, col, value, Style.CODE);
        }
    }

    /**
     * The header cells, which are also the table's column names. Excel wants those unique ignoring
     * case: a user column that repeats one gets a number. They are taken as the cells will hold
     * them, so each column's name equals its header cell.
     */
    private List<String> columnNames() {
        List<String> names = new ArrayList<>(List.of(out.labels().list("leads.columns")));
        Set<String> taken = new HashSet<>();
        names.forEach(n -> taken.add(n.toLowerCase(Locale.ROOT)));
        for (String extra : leads.extraColumns()) {
            String column = ExcelStrings.asCell(extra);
            String name = column;
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = column + " (" + n + ")";
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        return names;
    }

    private void statusDropDown() {
        DataValidationHelper helper = out.sheet().getDataValidationHelper();
        String[] codes = java.util.Arrays.stream(LeadStatus.values()).map(LeadStatus::code).toArray(String[]::new);
        DataValidation rule = helper.createValidation(helper.createExplicitListConstraint(codes),
                new CellRangeAddressList(firstRow(), lastRow(), STATUS, STATUS));
        rule.setShowErrorBox(true);
        rule.setErrorStyle(DataValidation.ErrorStyle.STOP);
        rule.createErrorBox(out.labels().get("validation.status.title"), out.labels().format("validation.status.message", LeadStatus.vocabulary()));
        rule.setEmptyCellAllowed(true);
        rule.setSuppressDropDownArrow(true); // POI's inverted flag: true shows the arrow in Excel
        out.sheet().addValidationData(rule);
    }

    /**
     * The table lives on the XSSF sheet behind the stream; its header names are set here, not read
     * from cells. POI's createColumn renumbers and checks every column before it for each one it
     * adds (4,000 columns took minutes): the table is made one column wide and given all its
     * columns at once.
     */
    private void table(List<String> names) {
        XSSFSheet sheet = out.sheet();
        SpreadsheetVersion excel = sheet.getWorkbook().getSpreadsheetVersion();
        AreaReference area = new AreaReference(new CellReference(header, 0), new CellReference(lastRow(), lastColumn()), excel);
        XSSFTable table = sheet.createTable(new AreaReference(new CellReference(header, 0), new CellReference(lastRow(), 0), excel));
        table.setName(TABLE_NAME);
        table.setDisplayName(TABLE_NAME);
        CTTable ct = table.getCTTable();
        CTTableColumn[] columns = new CTTableColumn[names.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = CTTableColumn.Factory.newInstance();
            columns[i].setId(i + 1);
            columns[i].setName(ExcelStrings.attribute(names.get(i))); // a line break in a header stays one
        }
        ct.getTableColumns().setTableColumnArray(columns);
        ct.getTableColumns().setCount(columns.length);
        ct.setRef(area.formatAsString());
        table.updateReferences();
        table.setStyleName("TableStyleLight9");
        ct.getTableStyleInfo().setShowRowStripes(true);
        ct.addNewAutoFilter().setRef(area.formatAsString());
    }
}
