package org.funnelplan.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.funnelplan.model.HistoryRow;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.RepTarget;
import org.funnelplan.csv.CsvFormat;
import org.funnelplan.csv.CsvOutput;

/** Model inputs written as the CSV files a director hands to {@code generate}, to drive the launcher as a user does. */
public final class TeamFiles {
    private static final String[] STATUSES = {"lead", "invited", "called", "attended", "no-show", "follow-up", "prospect",
        "customer", "lost", ""};

    public final Path targets;
    public final Path history;
    public final Path seasonality;
    public final Path leads;

    private TeamFiles(Path dir) {
        targets = dir.resolve("targets.csv");
        history = dir.resolve("history.csv");
        seasonality = dir.resolve("seasonality.csv");
        leads = dir.resolve("leads.csv");
    }

    /** Writes targets, history, seasonality (the team's profile and the reps' own) and {@code leadCount} leads. */
    public static TeamFiles write(PlanInputs in, int leadCount, Path dir) throws IOException {
        Files.createDirectories(dir);
        TeamFiles files = new TeamFiles(dir);
        try (OutputStream stream = Files.newOutputStream(files.targets); CsvOutput csv = CsvOutput.open(stream, CsvFormat.COMMA)) {
            csv.row("rep", "new_customers", "avg_margin", "margin_target", "team", "start_month", "ramp_months");
            for (RepTarget t : in.targets()) {
                csv.text(t.rep()).number((double) t.newCustomers()).number(t.avgMargin()).number(t.marginTarget()).text(t.team())
                        .number((double) t.startMonth()).number((double) t.rampMonths()).endRow();
            }
        }
        try (OutputStream stream = Files.newOutputStream(files.history); CsvOutput csv = CsvOutput.open(stream, CsvFormat.COMMA)) {
            csv.row("rep", "period", "stage", "count", "avg_days");
            for (HistoryRow row : in.history().rows()) {
                csv.text(row.rep()).text(row.period()).text(row.stage()).number((double) row.count()).number(row.avgDays()).endRow();
            }
        }
        try (OutputStream stream = Files.newOutputStream(files.seasonality); CsvOutput csv = CsvOutput.open(stream, CsvFormat.COMMA)) {
            csv.row("rep", "month", "weight");
            profile(csv, "", in.seasonality().team());
            for (RepTarget t : in.targets()) {
                if (in.seasonality().hasOwnProfile(t.rep())) {
                    profile(csv, t.rep(), in.seasonality().byRep().get(RateEstimator.repKey(t.rep())));
                }
            }
        }
        try (OutputStream stream = Files.newOutputStream(files.leads); CsvOutput csv = CsvOutput.open(stream, CsvFormat.COMMA)) {
            csv.row("id", "organisation", "status");
            for (int i = 0; i < leadCount; i++) {
                csv.text("L" + i).text("Organisatie " + i + " B.V.").text(STATUSES[i % STATUSES.length]).endRow();
            }
        }
        return files;
    }

    private static void profile(CsvOutput csv, String rep, double[] weights) throws IOException {
        for (int m = 1; m <= weights.length; m++) {
            csv.text(rep).number((double) m).number(weights[m - 1]).endRow();
        }
    }
}
