package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.FunnelStages;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.StageRate;
import org.funnelplan.model.TeamRate;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;
import org.funnelplan.xlsx.TextWidth;

/**
 * Where the rates come from: the team's pooled rates, and per rep and stage the own counts, the
 * credibility weight and the blended rate the rep sheet starts from.
 */
final class AssumptionsSheet {
    private static final int PRIOR_WEIGHT_ROW = 3;
    private static final int TEAM_HEADER = 5;
    private static final int TEAM_RATE_COL = 5;

    private final SheetWriter out;
    private final Plan plan;
    private final DefinedNames names;

    AssumptionsSheet(SheetWriter out, Plan plan, DefinedNames names) {
        this.out = out;
        this.plan = plan;
        this.names = names;
    }

    /** The cell holding the team rate of a stage, for the rep sheets' marketing rates. */
    String teamRateRef(int stage) {
        return Ref.onSheet(out.name(), Ref.abs(TEAM_HEADER + 1 + stage, TEAM_RATE_COL));
    }

    void write() {
        FunnelStages stages = plan.stages();
        double k = plan.priorWeight();
        Labels words = out.labels();
        String[] repHeaders = words.list("assumptions.repHeaders");
        int notes = widths(words, repHeaders);
        out.text(0, 0, words.get("assumptions.title"), Style.TITLE);
        out.paragraph(1, 0, repHeaders.length - 1, words.get("assumptions.subtitle"), Style.SUBTITLE);
        out.text(PRIOR_WEIGHT_ROW, 0, words.get("assumptions.priorWeight"), Style.LABEL);
        out.number(PRIOR_WEIGHT_ROW, 1, k, Style.DECIMAL);
        out.text(PRIOR_WEIGHT_ROW, 2, words.get("assumptions.priorWeight.note"), Style.NOTE);
        String kRef = Ref.abs(PRIOR_WEIGHT_ROW, 1);

        header(TEAM_HEADER, words.list("assumptions.teamHeaders"));
        for (int s = 0; s < stages.wonIndex(); s++) {
            int row = TEAM_HEADER + 1 + s;
            TeamRate team = plan.teamRates().get(s);
            stagePair(row, 0, s);
            out.text(row, 2, words.owner(stages.isMarketing(s)), Style.TEXT);
            out.number(row, 3, team.moved(), Style.WHOLE);
            out.number(row, 4, team.entered(), Style.WHOLE);
            out.formula(row, TEAM_RATE_COL, FormulaText.fill("MIN(1,%s/%s)", Ref.rel(row, 3), Ref.rel(row, 4)),
                    plan.teamRate(s), Style.PERCENT);
        }

        int repHeader = TEAM_HEADER + stages.size() + 1;
        header(repHeader, repHeaders);
        int row = repHeader + 1;
        for (RepPlan rep : plan.reps()) {
            for (int s = 0; s < stages.wonIndex(); s++, row++) {
                repRow(row, rep, s, kRef);
            }
        }
        out.sheet().createFreezePane(0, repHeader + 1);
        PrintPages.of(out, words.format("plan.title", plan.year()))
                .titleRows(0, repHeader)
                .labelColumns(1)
                .columns(repHeaders.length, notes)
                .apply(names);
        out.flush();
    }

    /** Sets the columns' widths; returns how far the notes of the last column run on past it. */
    private int widths(Labels words, String[] repHeaders) {
        String[] teamHeaders = words.list("assumptions.teamHeaders");
        List<String> first = new ArrayList<>(List.of(words.get("assumptions.priorWeight"), repHeaders[0], teamHeaders[0]));
        List<String> stageNames = new ArrayList<>();
        plan.reps().forEach(rep -> first.add(rep.rep()));
        plan.stages().all().forEach(stage -> stageNames.add(stage.name()));
        stageNames.forEach(first::add);
        out.width(0, Math.min(40, TextWidth.labels(12, first.toArray(String[]::new))));
        for (int col = 1; col < repHeaders.length - 1; col++) {
            List<String> texts = new ArrayList<>(stageNames);
            texts.add(words.owner(true));
            texts.add(words.owner(false));
            int width = col <= 2 ? TextWidth.labels(10, texts.toArray(String[]::new)) : 10;
            out.width(col, TextWidth.headings(width, repHeaders[col], col < teamHeaders.length ? teamHeaders[col] : ""));
        }
        int noteColumn = TextWidth.headings(12, repHeaders[repHeaders.length - 1]);
        out.width(repHeaders.length - 1, noteColumn);
        int widest = 0;
        for (String key : List.of("assumptions.marketingStage", "assumptions.noHistory")) {
            widest = Math.max(widest, TextWidth.note(words.get(key)));
        }
        widest = Math.max(widest, TextWidth.note(words.format("assumptions.thin", 1000, trim(plan.priorWeight()))));
        return Math.max(0, widest - noteColumn);
    }

    private void repRow(int row, RepPlan rep, int s, String kRef) {
        StageRate rate = rep.rates().get(s);
        String x = Ref.rel(row, 3);
        String n = Ref.rel(row, 4);
        String team = Ref.rel(row, 5);
        out.text(row, 0, rep.rep(), Style.TEXT);
        stagePair(row, 1, s);
        out.number(row, 3, rate.moved(), Style.WHOLE);
        out.number(row, 4, rate.entered(), Style.WHOLE);
        out.formula(row, 5, teamRateRef(s), rate.teamRate(), Style.PERCENT);
        out.formula(row, 6, FormulaText.fill("IF(%1$s+%2$s=0,0,%1$s/(%1$s+%2$s))", n, kRef), rate.credibility(plan.priorWeight()),
                Style.PERCENT);
        String planned = switch (rate.source()) {
            case TEAM -> team;
            case REP, BLENDED -> FormulaText.fill("MIN(1,(%s+%s*%s)/(%s+%s))", x, kRef, team, n, kRef);
        };
        out.formula(row, 7, planned, rate.rate(), Style.PERCENT);
        out.text(row, 8, out.labels().get("source." + rate.source().name().toLowerCase(java.util.Locale.ROOT)), Style.NOTE);
        if (plan.stages().isMarketing(s)) {
            out.text(row, 9, out.labels().get("assumptions.marketingStage"), Style.NOTE);
        } else if (rate.entered() == 0) {
            out.text(row, 9, out.labels().get("assumptions.noHistory"), Style.WARNING);
        } else if (rate.isThin(plan.priorWeight())) {
            out.text(row, 9, out.labels().format("assumptions.thin", rate.entered(), trim(plan.priorWeight())), Style.WARNING);
        }
    }

    private void stagePair(int row, int col, int s) {
        out.text(row, col, plan.stages().get(s).name(), Style.TEXT);
        out.text(row, col + 1, plan.stages().get(s + 1).name(), Style.TEXT);
    }

    private void header(int row, String[] headers) {
        out.headingRow(row, 0, headers);
        for (int col = 0; col < headers.length; col++) {
            out.text(row, col, headers[col], col >= 3 && col <= 7 ? Style.HEADER_RIGHT : Style.HEADER);
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
