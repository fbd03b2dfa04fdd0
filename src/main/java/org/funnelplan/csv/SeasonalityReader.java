package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.funnelplan.model.InputException;
import org.funnelplan.model.Phasing;
import org.funnelplan.model.RateEstimator;
import org.funnelplan.model.Seasonality;

/**
 * Reads month weights: rows without a rep make the team profile, rows with one that rep's own.
 * Every profile gives each month exactly once; without a team profile every month weighs 1.
 */
public final class SeasonalityReader {
    static final CsvColumns COLUMNS = CsvColumns.of(List.of("month", "weight"), List.of("rep"));

    private SeasonalityReader() {
    }

    /** One profile as read so far. */
    private static final class Profile {
        final String rep;
        final int firstLine;
        final double[] weights = new double[Phasing.MONTHS];
        final int[] lineOfMonth = new int[Phasing.MONTHS];

        Profile(String rep, int firstLine) {
            this.rep = rep;
            this.firstLine = firstLine;
        }

        String describe() {
            return rep.isEmpty() ? "the team profile (rows without a rep)" : "the profile of rep " + rep;
        }
    }

    public static Seasonality read(Path file, List<String> warnings) {
        Map<String, Profile> profiles = new LinkedHashMap<>();
        int header = CsvTable.read(file, COLUMNS, warnings, row -> {
            String rep = row.text("rep");
            Profile profile = profiles.computeIfAbsent(RateEstimator.repKey(rep), k -> new Profile(rep, row.line()));
            int month = (int) row.requiredWhole("month", 1, Phasing.MONTHS);
            double weight = row.requiredDecimal("weight");
            int before = profile.lineOfMonth[month - 1];
            if (before != 0) {
                throw row.error("column month: month %d is given twice for %s, on line %d and here; give each month once"
                        .formatted(month, profile.describe(), before));
            }
            profile.lineOfMonth[month - 1] = row.line();
            profile.weights[month - 1] = weight;
        });
        if (profiles.isEmpty()) {
            throw new InputException(file + " line " + header, "no months; expected rows with month 1–12 and a weight");
        }
        double[] team = null;
        Map<String, double[]> byRep = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (Map.Entry<String, Profile> entry : profiles.entrySet()) {
            Profile profile = entry.getValue();
            List<Integer> missing = new ArrayList<>();
            for (int m = 1; m <= Phasing.MONTHS; m++) {
                if (profile.lineOfMonth[m - 1] == 0) {
                    missing.add(m);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(file + " line " + profile.firstLine,
                        "column month: %s, which starts here, misses month%s %s; each profile gives months 1–12 once"
                                .formatted(profile.describe(), missing.size() > 1 ? "s" : "",
                                        String.join(", ", missing.stream().map(String::valueOf).toList())));
            }
            lineOf.put(entry.getKey(), profile.firstLine);
            if (entry.getKey().isEmpty()) {
                team = profile.weights;
            } else {
                byRep.put(entry.getKey(), profile.weights);
            }
        }
        if (team == null) {
            team = new double[Phasing.MONTHS];
            Arrays.fill(team, 1.0);
        }
        return new Seasonality(file.toString(), team, Map.copyOf(byRep), Map.copyOf(lineOf));
    }
}
