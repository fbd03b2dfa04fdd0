package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.funnelplan.actuals.ReportWords;
import org.funnelplan.cli.Main;
import org.funnelplan.model.RandomTeams;
import org.funnelplan.contract.Language;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.testutil.TeamFiles;
import org.funnelplan.workbook.WorkbookNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a director checks by hand, on teams nobody tuned the code to (late starters, ramps, long
 * cycle times, marketing stages) and on the bundled sample: `generate` through the launcher from CSV
 * files, LibreOffice recalculates, and then, to 1e-9, every rep's months plus pipeline at start
 * make the year's Plan_s, nobody works before their start month, Leads_Needed is the first stage's
 * team total, every overview and lead-sheet cell equals the rep-sheet cell it shows, every total is
 * the sum of what it adds up, each team row is the sum of its reps' rows and the team rows (reps
 * without a team in one of their own) add up to the team total, the console says the workbook's totals, and the variance report splits
 * the plan as the overview does and lists the overview's teams, in its order and words, with its figures.
 */
class PlanAddsUpTest {
    private static final double EPS = 1e-9;
    private static final Pattern LINK = Pattern.compile("^(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!(\\$?[A-Z]+\\$?\\d+)$");
    private static final Pattern SUM = Pattern.compile("^SUM\\((\\$?[A-Z]+\\$?\\d+):(\\$?[A-Z]+\\$?\\d+)\\)$");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        LibreOffice.assumeAvailable();
    }

    static Stream<Arguments> teams() {
        List<Arguments> teams = new ArrayList<>();
        for (long seed : new long[] {2, 3, 7, 11, 19, 23, 31}) {
            teams.add(Arguments.of("random team " + seed, seed, seed % 2 == 1 ? "en" : "nl"));
        }
        teams.add(Arguments.of("the team sample", 0L, "en"));
        return teams.stream();
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("teams")
    void everyRowAndColumnAddsUpAndTheConsoleAndTheVarianceReportSayTheSame(String label, long seed, String lang)
            throws IOException, ParseException {
        List<String> inputs = seed == 0 ? List.of("--targets", "samples/team/targets.csv", "--history", "samples/team/history.csv",
                "--seasonality", "samples/team/seasonality.csv", "--leads", "samples/team/leads.csv")
                : files(TeamFiles.write(RandomTeams.inputs(seed), 40, dir.resolve("in")));
        Path plan = dir.resolve("plan.xlsx");
        List<String> args = new ArrayList<>(List.of("generate", "--year", "2027", "--lang", lang, "--out", plan.toString()));
        args.addAll(inputs);
        Run generate = run(args.toArray(String[]::new));
        assertEquals(0, generate.exit, generate.err);

        Path recalculated = LibreOffice.recalculate(plan, dir.resolve("lo"));
        Map<String, double[]> overviewTeams;
        Map<String, List<Object>> names = WorkbookNames.read(recalculated);
        List<String> stages = metadata(recalculated, "stage", 2);
        List<String> repSheets = metadata(recalculated, "rep", 2);
        assertTrue(repSheets.size() >= 2, "reps " + repSheets);

        monthsAndPipelineMakeTheYearAndNothingIsPlannedBeforeTheStart(names, repSheets, stages);
        assertEquals(names.get("Team_Plan_" + stages.get(0)), names.get("Leads_Needed"), "Leads_Needed = Team_Plan_" + stages.get(0));
        try (Workbook workbook = WorkbookFactory.create(recalculated.toFile(), null, true)) {
            String overview = workbook.getSheetName(0);
            String leads = "Leads"; // the same word in both languages
            int links = linksEqualTheirCells(workbook, overview);
            assertTrue(links >= repSheets.size() * (3 + 3 * (stages.size() - 1)), "overview links checked: " + links);
            assertTrue(totalsAreTheirSums(workbook, overview) >= 3 * (stages.size() - 1), "overview totals checked");
            assertTrue(linksEqualTheirCells(workbook, leads) >= repSheets.size() * 13, "lead sheet links checked");
            assertTrue(totalsAreTheirSums(workbook, leads) >= 14 + repSheets.size(), "lead sheet totals checked");
            Labels words = new Labels(lang);
            List<String> stageNames = metadata(recalculated, "stage", 1);
            overviewShowsEachRepsPlanUnderItsHeader(workbook.getSheet(overview), words, names, repSheets, stageNames, stages);
            int withoutTeam = teamRowsAddUpToTheTeamTotal(workbook.getSheet(overview), words, repSheets.size());
            System.out.printf("team rows checked, %d reps without a team%n", withoutTeam);
            overviewTeams = neededPerTeam(workbook.getSheet(overview), words, stageNames);
            leadSheetShowsEachRepsLeadsUnderItsHeader(workbook.getSheet(leads), words, names, repSheets, stages.get(0));
        }
        consoleSaysTheWorkbooksTotals(generate.out, lang, names, repSheets, stages);
        varianceReportSplitsThePlanAsTheOverviewDoes(recalculated, lang, names, repSheets, stages, overviewTeams);
        assertEquals(List.of(), WorkbookNames.errorCells(recalculated), "cells that evaluate to an error");
    }

    private static void monthsAndPipelineMakeTheYearAndNothingIsPlannedBeforeTheStart(Map<String, List<Object>> names,
            List<String> repSheets, List<String> stages) {
        int lateStarters = 0;
        for (String sheet : repSheets) {
            int start = (int) number(names, sheet + "!Input_StartMonth");
            for (String key : stages) {
                double year = number(names, sheet + "!Plan_" + key);
                List<Object> months = names.get(sheet + "!Plan_" + key + "_M");
                double sum = 0;
                for (int m = 0; m < 12; m++) {
                    double month = (double) months.get(m);
                    sum += month;
                    if (m + 1 < start) {
                        assertEquals(0, month, EPS, sheet + " plans " + key + " in month " + (m + 1) + ", before starting in " + start);
                    }
                }
                assertEquals(year, sum + number(names, sheet + "!PreYear_" + key), EPS * Math.max(1, year),
                        sheet + ": Plan_" + key + "_M + PreYear_" + key + " = Plan_" + key);
            }
            lateStarters += start > 1 && number(names, sheet + "!Plan_" + stages.get(0)) > 0 ? 1 : 0;
        }
        System.out.printf("%d reps checked, %d of them late starters with a target%n", repSheets.size(), lateStarters);
    }

    /** Every cell that shows another sheet's cell holds its value; returns how many there were. */
    private static int linksEqualTheirCells(Workbook workbook, String sheetName) {
        int links = 0;
        for (Row row : workbook.getSheet(sheetName)) {
            for (Cell cell : row) {
                Matcher link = cell.getCellType() == CellType.FORMULA ? LINK.matcher(cell.getCellFormula()) : null;
                if (link == null || !link.matches()) {
                    continue;
                }
                String target = link.group(1) != null ? link.group(1).replace("''", "'") : link.group(2);
                Object shown = WorkbookNames.valueOf(cell);
                Object there = WorkbookNames.valueOf(cellAt(workbook.getSheet(target), link.group(3)));
                String where = sheetName + "!" + cell.getAddress() + " = " + cell.getCellFormula();
                if (there instanceof Double value) {
                    assertEquals(value, (double) shown, EPS * Math.max(1, Math.abs(value)), where);
                } else {
                    assertEquals(there, shown, where);
                }
                links++;
            }
        }
        return links;
    }

    /** Every SUM(A1:B2) over the same sheet is the sum of the values it covers; returns how many there were. */
    private static int totalsAreTheirSums(Workbook workbook, String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        int totals = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                Matcher sum = cell.getCellType() == CellType.FORMULA ? SUM.matcher(cell.getCellFormula()) : null;
                if (sum == null || !sum.matches()) {
                    continue;
                }
                CellReference from = new CellReference(sum.group(1));
                CellReference to = new CellReference(sum.group(2));
                double expected = 0;
                for (int r = from.getRow(); r <= to.getRow(); r++) {
                    for (int c = from.getCol(); c <= to.getCol(); c++) {
                        Row at = sheet.getRow(r);
                        Object value = WorkbookNames.valueOf(at == null ? null : at.getCell(c));
                        expected += value instanceof Double d ? d : 0;
                    }
                }
                assertEquals(expected, cell.getNumericCellValue(), EPS * Math.max(1, Math.abs(expected)),
                        sheetName + "!" + cell.getAddress() + " = " + cell.getCellFormula());
                totals++;
            }
        }
        return totals;
    }

    /** Per rep and stage the overview's pipeline at start, Jan–Dec and needed are the rep sheet's PreYear, Plan_M and Plan. */
    private static void overviewShowsEachRepsPlanUnderItsHeader(Sheet overview, Labels words, Map<String, List<Object>> names,
            List<String> repSheets, List<String> stageNames, List<String> stages) {
        int header = rowStartingWith(overview, words.get("overview.rep"));
        Map<String, Integer> columns = columns(overview.getRow(header));
        Row total = overview.getRow(header + 1);
        assertEquals(words.get("overview.teamTotal"), total.getCell(0).getStringCellValue());
        int firstRep = firstRepRow(overview, header);
        for (int s = 0; s < stages.size(); s++) {
            String key = stages.get(s);
            int needed = column(columns, words.format("overview.required", stageNames.get(s)));
            double[] teamTotals = new double[3];
            for (int i = 0; i < repSheets.size(); i++) {
                String sheet = repSheets.get(i);
                Row row = overview.getRow(firstRep + i);
                assertEquals(number(names, sheet + "!Target_NewCustomers"),
                        row.getCell(column(columns, words.get("overview.newCustomers"))).getNumericCellValue(), 0, sheet);
                assertEquals(number(names, sheet + "!Plan_" + key), row.getCell(needed).getNumericCellValue(), 0, sheet + " needed " + key);
                teamTotals[2] += row.getCell(needed).getNumericCellValue();
                if (s < stages.size() - 1) {
                    double pipeline = row.getCell(column(columns, words.format("overview.pipelineAtStart", stageNames.get(s))))
                            .getNumericCellValue();
                    double months = row.getCell(column(columns, words.format("overview.inMonths", stageNames.get(s))))
                            .getNumericCellValue();
                    assertEquals(number(names, sheet + "!PreYear_" + key), pipeline, EPS, sheet + " pipeline at start " + key);
                    assertEquals(sum(names.get(sheet + "!Plan_" + key + "_M")), months, EPS * Math.max(1, months), sheet + " Jan-Dec " + key);
                    assertEquals(row.getCell(needed).getNumericCellValue(), pipeline + months, EPS * Math.max(1, pipeline + months),
                            sheet + ": the overview's pipeline at start + Jan-Dec = needed, " + key);
                }
            }
            assertEquals(number(names, "Team_Plan_" + key), total.getCell(needed).getNumericCellValue(), 0, "team needed " + key);
        }
    }

    /** The first rep row: the first under the team total whose name is a link to the rep's sheet (the team rows are not). */
    private static int firstRepRow(Sheet overview, int header) {
        for (int r = header + 2; r <= overview.getLastRowNum(); r++) {
            Cell name = overview.getRow(r).getCell(0);
            if (name != null && name.getCellType() == CellType.FORMULA) {
                return r;
            }
        }
        throw new AssertionError("no rep rows on " + overview.getSheetName());
    }

    /**
     * Between the team total and the reps, one row per team: in every column with a total, the sum of
     * the rep rows of that team (reps without a team in a row of their own), and together the total.
     * Returns how many reps had no team.
     */
    private static int teamRowsAddUpToTheTeamTotal(Sheet overview, Labels words, int reps) {
        int header = rowStartingWith(overview, words.get("overview.rep"));
        int firstRep = firstRepRow(overview, header);
        Row total = overview.getRow(header + 1);
        assertTrue(firstRep > header + 2, "team rows under the team total");
        int withoutTeam = 0;
        for (int r = firstRep; r < firstRep + reps; r++) {
            withoutTeam += teamOf(overview.getRow(r)).isEmpty() ? 1 : 0;
        }
        Set<Integer> counted = new HashSet<>();
        for (Cell totalCell : total) {
            if (totalCell.getCellType() != CellType.FORMULA) {
                continue;
            }
            int col = totalCell.getColumnIndex();
            double teams = 0;
            for (int t = header + 2; t < firstRep; t++) {
                Row team = overview.getRow(t);
                String name = team.getCell(0).getStringCellValue();
                boolean noTeam = name.equals(words.get("overview.noTeam"));
                double sum = 0;
                for (int r = firstRep; r < firstRep + reps; r++) {
                    String value = teamOf(overview.getRow(r));
                    if (noTeam ? value.isEmpty() : value.equals(name)) {
                        sum += overview.getRow(r).getCell(col).getNumericCellValue();
                        counted.add(r);
                    }
                }
                double shown = team.getCell(col).getNumericCellValue();
                assertEquals(sum, shown, EPS * Math.max(1, Math.abs(sum)), "team row '" + name + "', " + overview.getRow(header).getCell(col));
                teams += shown;
            }
            assertEquals(totalCell.getNumericCellValue(), teams, EPS * Math.max(1, Math.abs(teams)),
                    "the team rows add up to the team total, " + overview.getRow(header).getCell(col));
        }
        assertEquals(reps, counted.size(), "every rep is in one team row");
        return withoutTeam;
    }

    private static String teamOf(Row rep) {
        Cell team = rep.getCell(1);
        return team == null || team.getCellType() == CellType.BLANK ? "" : team.getStringCellValue();
    }

    /** The lead sheet's months block: per rep the pipeline at start, twelve months and the total, which is the rep's Plan_<lead>. */
    private static void leadSheetShowsEachRepsLeadsUnderItsHeader(Sheet leads, Labels words, Map<String, List<Object>> names,
            List<String> repSheets, String firstStage) {
        int header = rowWith(leads, words.get("leads.byMonth")); // right of the lead columns
        Map<String, Integer> columns = columns(leads.getRow(header));
        int pipeline = column(columns, words.get("leads.pipelineAtStart"));
        int needed = column(columns, words.get("leads.neededColumn"));
        Row total = leads.getRow(header + 1);
        assertEquals(number(names, "Leads_Needed"), total.getCell(needed).getNumericCellValue(), EPS * number(names, "Leads_Needed"),
                "the months block's team total is Leads_Needed");
        for (int i = 0; i < repSheets.size(); i++) {
            String sheet = repSheets.get(i);
            Row row = leads.getRow(header + 2 + i);
            assertEquals(number(names, sheet + "!PreYear_" + firstStage), row.getCell(pipeline).getNumericCellValue(), EPS, sheet);
            assertEquals(number(names, sheet + "!Plan_" + firstStage), row.getCell(needed).getNumericCellValue(),
                    EPS * Math.max(1, number(names, sheet + "!Plan_" + firstStage)), sheet + ": pipeline at start + months");
        }
    }

    /** The plan's words, read from the bundle as the workbook writer does. */
    private static final class Labels {
        private final java.util.ResourceBundle bundle;

        Labels(String lang) {
            bundle = java.util.ResourceBundle.getBundle("org.funnelplan.workbook.labels", lang.equals("nl") ? Locale.forLanguageTag("nl")
                    : Locale.ROOT, java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        String format(String key, String stage) {
            return get(key).replace("{0}", stage);
        }
    }

    /** The row with a heading cell (not a title) that says {@code text}, in any column. */
    private static int rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text) && cell.getCellStyle().getWrapText()) {
                    return row.getRowNum();
                }
            }
        }
        throw new AssertionError("no heading '" + text + "' on " + sheet.getSheetName());
    }

    private static int rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row '" + text + "' on " + sheet.getSheetName());
    }

    private static Map<String, Integer> columns(Row header) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        header.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                columns.put(c.getStringCellValue(), c.getColumnIndex());
            }
        });
        return columns;
    }

    private static int column(Map<String, Integer> columns, String header) {
        Integer col = columns.get(header);
        assertTrue(col != null, "no column '" + header + "' in " + columns.keySet());
        return col;
    }

    private static double sum(List<Object> values) {
        double sum = 0;
        for (Object value : values) {
            sum += (double) value;
        }
        return sum;
    }

    private static void consoleSaysTheWorkbooksTotals(String console, String lang, Map<String, List<Object>> names,
            List<String> repSheets, List<String> stages) throws ParseException {
        boolean dutch = lang.equals("nl");
        NumberFormat numbers = NumberFormat.getInstance(dutch ? Locale.forLanguageTag("nl") : Locale.ENGLISH);
        String[] lines = console.split("\\R");
        assertTrue(lines[0].contains((dutch ? "planjaar " : "plan ") + (int) number(names, "Plan_Year") + ", "), lines[0]);
        assertTrue(lines[0].contains(", " + repSheets.size() + (dutch ? " verkopers" : " reps")), lines[0]);
        assertTrue(lines[0].endsWith(", " + numbers.format(number(names, "Team_Target_NewCustomers"))
                + (dutch ? " nieuwe klanten" : " new customers")), lines[0]);

        String[] funnel = after(lines[1], dutch ? "nodig voor het doel: " : "needed for the target: ").split(" -> ");
        assertEquals(stages.size(), funnel.length, lines[1]);
        for (int s = 0; s < stages.size(); s++) {
            assertEquals(number(names, "Team_Plan_" + stages.get(s)), numbers.parse(funnel[s].split(" ")[0]).doubleValue(), 0, lines[1]);
        }
        String[] pipeline = after(lines[2], dutch ? "waarvan pijplijn bij start: " : "of which pipeline at start: ").split(", ");
        assertEquals(stages.size() - 1, pipeline.length, lines[2]);
        for (int s = 0; s < pipeline.length; s++) {
            double team = 0;
            for (String sheet : repSheets) {
                team += number(names, sheet + "!PreYear_" + stages.get(s));
            }
            assertEquals(team, numbers.parse(pipeline[s].split(" ")[0]).doubleValue(), 0.05 + EPS, lines[2]);
        }
        double planned = 0;
        for (String sheet : repSheets) {
            planned += number(names, sheet + "!Plan_InYearMargin");
        }
        Matcher margin = Pattern.compile("€ ([\\d.,]+)\\D+€ ([\\d.,]+)$").matcher(lines[3]);
        assertTrue(margin.find(), lines[3]);
        assertEquals(planned, numbers.parse(margin.group(1)).doubleValue(), 0.5 + EPS, lines[3]);
        assertEquals(number(names, "Sales_Margin_Target"), numbers.parse(margin.group(2)).doubleValue(), 0.5 + EPS, lines[3]);

        Matcher leads = Pattern.compile("^leads: ([\\d.,]+) \\D+ ([\\d.,]+) \\D+ ([\\d.,]+)$").matcher(lines[4]);
        assertTrue(leads.matches(), lines[4]);
        assertEquals(number(names, "Leads_Needed"), numbers.parse(leads.group(1)).doubleValue(), 0, lines[4]);
        assertEquals(number(names, "Leads_Available"), numbers.parse(leads.group(2)).doubleValue(), 0, lines[4]);
        assertEquals(number(names, "Leads_Gap"), numbers.parse(leads.group(3)).doubleValue(), 0, lines[4]);
    }

    /** The variance report's team rows: pipeline at start + plan Jan–Dec = needed for the target, each the overview's total. */
    private void varianceReportSplitsThePlanAsTheOverviewDoes(Path plan, String lang, Map<String, List<Object>> names,
            List<String> repSheets, List<String> stages, Map<String, double[]> overviewTeams) throws IOException {
        // The report is in the plan's language: its headers are the words of the report's bundle.
        String[] words = ReportWords.of(lang.equals("nl") ? Language.NL : Language.EN).get("headers.summary").split("\\|");
        Path report = dir.resolve("variance.xlsx");
        Run variance = run("variance", plan.toString(), "--out", report.toString());
        assertEquals(0, variance.exit, variance.err);
        try (Workbook workbook = WorkbookFactory.create(report.toFile(), null, true)) {
            Sheet team = workbook.getSheet("Team");
            int header = headerRow(team, words[1]);
            List<String> headers = new ArrayList<>();
            team.getRow(header).forEach(c -> headers.add(c.getStringCellValue()));
            int pipelineCol = headers.indexOf(words[8]);
            int monthsCol = headers.indexOf(words[9]);
            int neededCol = headers.indexOf(words[10]);
            assertEquals(lang.equals("nl") ? "Pijplijn bij start" : "Pipeline at start", words[8]);
            assertTrue(pipelineCol > 0 && monthsCol > 0 && neededCol > 0, headers.toString());
            for (int s = 0; s < stages.size(); s++) {
                Row row = team.getRow(header + 1 + s);
                double pipeline = 0;
                double months = 0;
                for (String sheet : repSheets) {
                    pipeline += number(names, sheet + "!PreYear_" + stages.get(s));
                    for (Object month : names.get(sheet + "!Plan_" + stages.get(s) + "_M")) {
                        months += (double) month;
                    }
                }
                double needed = number(names, "Team_Plan_" + stages.get(s));
                String stage = stages.get(s);
                assertEquals(needed, row.getCell(neededCol).getNumericCellValue(), EPS * Math.max(1, needed), stage + " needed");
                assertEquals(pipeline, row.getCell(pipelineCol).getNumericCellValue(), EPS * Math.max(1, needed), stage + " pipeline");
                assertEquals(months, row.getCell(monthsCol).getNumericCellValue(), EPS * Math.max(1, needed), stage + " months");
                assertEquals(needed, row.getCell(pipelineCol).getNumericCellValue() + row.getCell(monthsCol).getNumericCellValue(),
                        EPS * Math.max(1, needed), stage + ": pipeline at start + Jan–Dec = needed");
            }
            reportListsTheOverviewsTeams(team, header + 1 + stages.size(), neededCol, stages.size(), overviewTeams);
        }
    }

    /** Per team row of the overview (in its order, by its label), the volume needed for the target at each stage. */
    private static Map<String, double[]> neededPerTeam(Sheet overview, Labels words, List<String> stageNames) {
        int header = rowStartingWith(overview, words.get("overview.rep"));
        Map<String, Integer> columns = columns(overview.getRow(header));
        Map<String, double[]> teams = new java.util.LinkedHashMap<>();
        for (int t = header + 2; t < firstRepRow(overview, header); t++) {
            Row row = overview.getRow(t);
            double[] needed = new double[stageNames.size()];
            for (int s = 0; s < stageNames.size(); s++) {
                needed[s] = row.getCell(column(columns, words.format("overview.required", stageNames.get(s)))).getNumericCellValue();
            }
            teams.put(row.getCell(0).getStringCellValue(), needed);
        }
        return teams;
    }

    /** Below its team total the report lists the overview's teams, in the overview's order and words, with its figures. */
    private static void reportListsTheOverviewsTeams(Sheet report, int firstRow, int neededCol, int stages,
            Map<String, double[]> overviewTeams) {
        List<String> listed = new ArrayList<>();
        Map<String, Integer> rowsSeen = new java.util.HashMap<>();
        for (int r = firstRow; r <= report.getLastRowNum(); r++) {
            Row row = report.getRow(r);
            Cell label = row == null ? null : row.getCell(0);
            Cell needed = row == null ? null : row.getCell(neededCol);
            if (label == null || label.getCellType() != CellType.STRING || !overviewTeams.containsKey(label.getStringCellValue())
                    || needed == null || needed.getCellType() != CellType.NUMERIC) {
                continue;
            }
            String name = label.getStringCellValue();
            int stage = rowsSeen.merge(name, 1, Integer::sum) - 1;
            if (stage == 0) {
                listed.add(name);
            }
            if (stage < stages) {
                assertEquals(overviewTeams.get(name)[stage], needed.getNumericCellValue(), EPS * Math.max(1, needed.getNumericCellValue()),
                        "report and overview: team " + name + ", stage " + stage + " needed");
            }
        }
        assertEquals(List.copyOf(overviewTeams.keySet()), listed,
                "the report lists the overview's teams in its order and words");
    }

    private static int headerRow(Sheet sheet, String secondColumn) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(secondColumn)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row on " + sheet.getSheetName());
    }

    private static String after(String line, String prefix) {
        assertTrue(line.startsWith(prefix), line);
        return line.substring(prefix.length());
    }

    private static List<String> files(TeamFiles files) {
        return List.of("--targets", files.targets.toString(), "--history", files.history.toString(), "--seasonality",
                files.seasonality.toString(), "--leads", files.leads.toString());
    }

    /** Column {@code value} of the metadata sheet's rows whose first cell is {@code key}: the stages' keys, the reps' sheets. */
    private static List<String> metadata(Path workbookFile, String key, int value) throws IOException {
        List<String> values = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile(), null, true)) {
            for (Row row : workbook.getSheet("funnelplan")) {
                if (key.equals(row.getCell(0).getStringCellValue())) {
                    values.add(row.getCell(value).getStringCellValue());
                }
            }
        }
        return values;
    }

    private static double number(Map<String, List<Object>> names, String name) {
        List<Object> values = names.get(name);
        assertTrue(values != null && values.size() == 1 && values.get(0) instanceof Double, name + ": " + values);
        return (double) values.get(0);
    }

    private static Cell cellAt(Sheet sheet, String address) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow());
        return row == null ? null : row.getCell(ref.getCol());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
