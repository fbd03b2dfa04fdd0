package org.funnelplan.crm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history an analyst works out by hand from the deals themselves, written apart from the code
 * under test: per deal the dates the export shows (HubSpot the latest entry of a stage, Salesforce
 * and a stage log every entry, Pipedrive none), and from them the stages reached, the period and
 * the days between stages.
 */
public final class ExpectedHistory {
    /** Which dates of a deal's path an export shows. */
    public enum Shown { LATEST_PER_STAGE, EVERY_ENTRY, NONE }

    public record Row(String rep, String period, String stage, long count, String avgDays) {
        @Override
        public String toString() {
            return String.join(",", rep, period, stage, Long.toString(count), avgDays);
        }
    }

    /** The expected rows and the decided and open deals behind them. */
    public record Truth(List<Row> rows, long won, long lost, long open, long unstaged) {
    }

    private ExpectedHistory() {
    }

    static List<String> funnel(Map<String, String> map) {
        List<String> funnel = new ArrayList<>();
        for (String plan : map.values()) {
            if (!plan.equals("lost") && !plan.equals("ignore") && !funnel.contains(plan)) {
                funnel.add(plan);
            }
        }
        return funnel;
    }

    public static Truth of(List<SyntheticDeals.Deal> deals, Shown shown, Map<String, String> map, boolean quarters) {
        List<String> funnel = funnel(map);
        int won = funnel.size() - 1;
        Map<String, long[][]> groups = new TreeMap<>(); // "rep\0period" -> [count, days, dated][stage]
        Map<String, String> repNames = new HashMap<>();
        long wonDeals = 0;
        long lostDeals = 0;
        long open = 0;
        long unstaged = 0;
        for (SyntheticDeals.Deal deal : deals) {
            LocalDate[] at = new LocalDate[funnel.size()];
            int furthest = -1;
            boolean lost = false;
            LocalDate first = null;
            if (shown == Shown.NONE) {
                String stage = map.get(deal.currentStage());
                lost = deal.outcome() == SyntheticDeals.Outcome.LOST || stage.equals("lost");
                furthest = deal.outcome() == SyntheticDeals.Outcome.WON ? won : funnel.indexOf(stage);
                first = furthest >= 0 || lost ? deal.created().toLocalDate() : null;
            } else {
                Map<String, LocalDate> dates = new LinkedHashMap<>();
                for (SyntheticDeals.Entry entry : deal.path()) {
                    if (shown == Shown.LATEST_PER_STAGE) {
                        dates.put(entry.stage(), entry.at().toLocalDate());
                    } else {
                        dates.putIfAbsent(entry.stage(), entry.at().toLocalDate());
                    }
                }
                for (Map.Entry<String, LocalDate> date : dates.entrySet()) {
                    String plan = map.get(date.getKey());
                    if (plan.equals("ignore")) {
                        continue;
                    }
                    first = first == null || date.getValue().isBefore(first) ? date.getValue() : first;
                    if (plan.equals("lost")) {
                        lost = true;
                        continue;
                    }
                    int s = funnel.indexOf(plan);
                    at[s] = at[s] == null || date.getValue().isBefore(at[s]) ? date.getValue() : at[s];
                    furthest = Math.max(furthest, s);
                }
            }
            if (first == null || (lost || furthest == won) && furthest < 0) {
                unstaged++;
                continue;
            }
            if (!lost && furthest < won) {
                open++;
                continue;
            }
            if (furthest == won) {
                wonDeals++;
            } else {
                lostDeals++;
            }
            String rep = deal.owner().isEmpty() ? "(no owner)" : deal.owner();
            String period = quarters ? first.getYear() + "-Q" + ((first.getMonthValue() + 2) / 3) : Integer.toString(first.getYear());
            repNames.put(rep + "\u0000" + period, rep);
            long[][] group = groups.computeIfAbsent(rep + "\u0000" + period, k -> new long[3][funnel.size()]);
            for (int s = 0; s <= furthest; s++) {
                group[0][s]++;
            }
            for (int s = 0; s < won; s++) {
                if (at[s] != null && at[s + 1] != null && !at[s + 1].isBefore(at[s])) {
                    group[1][s] += ChronoUnit.DAYS.between(at[s], at[s + 1]);
                    group[2][s]++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, long[][]> group : groups.entrySet()) {
            String rep = repNames.get(group.getKey());
            String period = group.getKey().substring(group.getKey().indexOf('\u0000') + 1);
            for (int s = 0; s < funnel.size(); s++) {
                long[][] g = group.getValue();
                String avg = s == won || g[2][s] == 0 ? ""
                        : BigDecimal.valueOf(g[1][s]).divide(BigDecimal.valueOf(g[2][s]), 2, RoundingMode.HALF_UP)
                                .stripTrailingZeros().toPlainString();
                rows.add(new Row(rep, period, funnel.get(s), g[0][s], avg));
            }
        }
        rows.sort(Comparator.comparing(Row::rep, String.CASE_INSENSITIVE_ORDER).thenComparing(Row::rep)
                .thenComparing(Row::period));
        return new Truth(rows, wonDeals, lostDeals, open, unstaged);
    }
}
