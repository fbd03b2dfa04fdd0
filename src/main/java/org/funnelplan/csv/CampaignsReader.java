package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.Campaign;
import org.funnelplan.model.InputException;

/** Reads the campaigns file: one campaign per row, with the rates marketing expects from it. */
public final class CampaignsReader {
    static final CsvColumns COLUMNS = CsvColumns.of(
            List.of("campaign", "type", "month", "invited", "response_rate", "handover_rate", "cost"),
            List.of("issue"));
    /** More invitations than this is a typo. */
    static final long MAX_INVITED = 100_000_000;

    private CampaignsReader() {
    }

    public static List<Campaign> read(Path file, List<String> warnings) {
        List<Campaign> campaigns = new ArrayList<>();
        int header = CsvTable.read(file, COLUMNS, warnings, row -> {
            String name = row.required("campaign");
            String type = row.required("type");
            int month = (int) row.requiredWhole("month", 1, 12);
            long invited = row.requiredWhole("invited", 0, MAX_INVITED);
            double response = fraction(row, "response_rate");
            double handover = fraction(row, "handover_rate");
            double cost = row.requiredMoney("cost");
            campaigns.add(new Campaign(name, type, month, invited, response, handover, cost, row.text("issue")));
        });
        if (campaigns.isEmpty()) {
            throw new InputException(file + " line " + header, "no campaigns; expected at least one row under the header");
        }
        return campaigns;
    }

    private static double fraction(CsvRow row, String column) {
        double value = row.requiredDecimal(column);
        if (value > 1) {
            throw row.error("column %s: '%s' is out of range; expected a fraction from 0 to 1 (0.375 for 37.5%%)"
                    .formatted(column, row.text(column)));
        }
        return value;
    }
}
