package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.funnelplan.model.Plan;
import org.funnelplan.model.RepTarget;
import org.funnelplan.xlsx.ChartParts;
import org.funnelplan.xlsx.ChartXml;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;

/**
 * The overview's subtotals per team, right under the team total: per team and column the sum of
 * the rep rows whose team cell says that team, as a live formula. Reps without a team have a row
 * of their own ("Reps without a team"), so the team rows always add up to the team total. With no
 * team in the targets, or one team of all reps, there are no team rows: the team total says it all.
 * Under the rep rows a chart sets each team's won to date against its plan to date.
 */
final class TeamRows {
    private static final int CHART_ROWS = 16;
    private static final String PLAN_COLOUR = "4682B4";
    private static final String ACTUAL_COLOUR = "FF8C00";

    /** A team and its reps (indexes into the plan); the name is empty for the reps without a team. */
    record Team(String name, List<Integer> reps) {
    }

    private final SheetWriter out;
    private final Plan plan;
    private final List<OverviewColumns> columns;
    private final List<Team> teams;
    private final int firstRow;
    private final int firstValueCol;

    /** @param shown false in a rep's own workbook, where the rep is the team */
    TeamRows(SheetWriter out, Plan plan, List<OverviewColumns> columns, int firstRow, int firstValueCol, boolean shown) {
        this.out = out;
        this.plan = plan;
        this.columns = columns;
        this.teams = shown ? of(plan) : List.of();
        this.firstRow = firstRow;
        this.firstValueCol = firstValueCol;
    }

    /** The teams in {@link RepTarget#TEAM_ORDER}, the reps without a team last; none when that would be one row or none. */
    static List<Team> of(Plan plan) {
        Map<String, List<Integer>> byName = new TreeMap<>(RepTarget.TEAM_ORDER);
        List<Integer> without = new ArrayList<>();
        for (int i = 0; i < plan.reps().size(); i++) {
            String team = plan.reps().get(i).target().team();
            (team.isEmpty() ? without : byName.computeIfAbsent(team, t -> new ArrayList<>())).add(i);
        }
        List<Team> teams = new ArrayList<>();
        byName.forEach((name, reps) -> teams.add(new Team(name, reps)));
        if (!teams.isEmpty() && !without.isEmpty()) {
            teams.add(new Team("", without));
        }
        return teams.size() < 2 ? List.of() : teams; // one team of everyone is the team total itself
    }

    int count() {
        return teams.size();
    }

    /** Column B of the rep rows holds each rep's team: a team row adds up the rep rows whose B is exactly its name. */
    void write(int firstRep, int lastRep) {
        Labels words = out.labels();
        String repTeams = Ref.abs(firstRep, 1) + ":" + Ref.abs(lastRep, 1);
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            int row = firstRow + t;
            boolean named = !team.name().isEmpty();
            out.text(row, 0, named ? team.name() : words.get("overview.noTeam"), Style.TOTAL_LABEL);
            out.text(row, 1, named ? words.get("overview.teamSubtotal") : "", Style.TOTAL_LABEL);
            // EXACT, not SUMIF: a team called "A*" or ">5" is a name, not a pattern or a condition.
            String criterion = named ? "$A" + (row + 1) : "\"\"";
            for (int c = 0; c < columns.size(); c++) {
                OverviewColumns column = columns.get(c);
                int col = firstValueCol + c;
                if (column.totalStyle() == null) {
                    out.text(row, col, "", Style.TOTAL_LABEL);
                    continue;
                }
                double sum = 0;
                for (int rep : team.reps()) {
                    sum += column.value().applyAsDouble(plan.reps().get(rep));
                }
                String values = Ref.abs(firstRep, col) + ":" + Ref.abs(lastRep, col);
                out.formula(row, col, FormulaText.fill("SUMPRODUCT(EXACT(%s,%s)*%s)", repTeams, criterion, values), sum,
                        column.totalStyle());
            }
        }
    }

    /** Won to date per team, plan against actual, under the rep rows; nothing without teams. */
    void chart(int row, int sheetIndex, int wonPlanCol, int wonActualCol) {
        if (teams.isEmpty()) {
            return;
        }
        Labels words = out.labels();
        int last = firstRow + teams.size() - 1;
        String[] names = new String[teams.size()];
        Double[] planned = new Double[teams.size()];
        Double[] actual = new Double[teams.size()];
        OverviewColumns plannedColumn = columns.get(wonPlanCol - firstValueCol);
        for (int t = 0; t < teams.size(); t++) {
            Team team = teams.get(t);
            names[t] = team.name().isEmpty() ? words.get("overview.noTeam") : team.name();
            double sum = 0;
            for (int rep : team.reps()) {
                sum += plannedColumn.value().applyAsDouble(plan.reps().get(rep));
            }
            planned[t] = sum;
            actual[t] = 0.0;
        }
        String xml = ChartXml.barChart(words.get("chart.teams"), column(firstRow, last, 0), names,
                List.of(new ChartXml.Series(words.get("overview.wonPlanToDate"), column(firstRow, last, wonPlanCol), planned, PLAN_COLOUR),
                        new ChartXml.Series(words.get("overview.wonActualToDate"), column(firstRow, last, wonActualCol), actual,
                                ACTUAL_COLOUR)),
                false, "0.0");
        // Right of the rep and team columns, which every printed page repeats: the chart is on one page, whole.
        ChartParts.add(out.sheet(), sheetIndex, List.of(new ChartXml.Anchor(firstValueCol, row, wonActualCol + 1, row + CHART_ROWS)),
                List.of(xml));
    }

    private String column(int first, int last, int col) {
        return Ref.onSheet(out.name(), Ref.abs(first, col) + ":" + Ref.abs(last, col));
    }
}
