package org.funnelplan.workbook;

import java.util.ArrayList;
import java.util.List;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.Campaign;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.xlsx.DefinedNames;
import org.funnelplan.xlsx.FormulaText;
import org.funnelplan.xlsx.Ref;
import org.funnelplan.xlsx.TextWidth;

/**
 * The campaign sheet: per campaign the inputs (month, invited, rates, cost) and what follows from
 * them (expected responses, prospects, cost per prospect), totals, and, when leads are given, how
 * much of the leads gap the planned campaigns close.
 */
final class CampaignSheet {
    static final int HEADER = 3;
    static final int FIRST = HEADER + 1;
    static final int MONTH = 2;
    static final int INVITED = 3;
    static final int RESPONSE_RATE = 4;
    static final int HANDOVER_RATE = 5;
    static final int RESPONSES = 6;
    static final int PROSPECTS = 7;
    static final int COST = 8;
    static final int COST_PER_PROSPECT = 9;
    static final int ISSUE = 10;
    /** The customer issue wraps in a column at least this wide. */
    private static final int ISSUE_WIDTH = 30;

    private final SheetWriter out;
    private final MarketingPlan marketing;
    private final DefinedNames names;

    CampaignSheet(SheetWriter out, MarketingPlan marketing, DefinedNames names) {
        this.out = out;
        this.marketing = marketing;
        this.names = names;
    }

    int totalRow() {
        return FIRST + marketing.campaigns().size();
    }

    /** First row of the comparison with the leads gap. */
    int gapBlock() {
        return totalRow() + 2;
    }

    void write() {
        out.text(0, 0, out.labels().get("campaigns.title"), Style.TITLE);

        String[] headers = out.labels().list("campaigns.columns");
        for (int col = 0; col < headers.length; col++) {
            out.text(HEADER, col, headers[col], col >= MONTH && col <= COST_PER_PROSPECT ? Style.HEADER_RIGHT : Style.HEADER);
        }
        widths(headers);
        out.paragraph(1, 0, ISSUE, out.labels().get("campaigns.subtitle"), Style.SUBTITLE);
        out.headingRow(HEADER, 0, headers);
        InputValidation validation = new InputValidation(out);
        List<Campaign> campaigns = marketing.campaigns();
        for (int i = 0; i < campaigns.size(); i++) {
            campaign(FIRST + i, campaigns.get(i), validation);
        }
        validation.apply();
        totals();
        if (marketing.hasLeads()) {
            gap();
        } else {
            out.text(gapBlock(), 0, out.labels().get("campaigns.noLeads"), Style.NOTE);
        }
        out.sheet().createFreezePane(1, FIRST);
        PrintPages.of(out, out.labels().format("plan.title", marketing.plan().year()))
                .titleRows(0, 0)
                .labelColumns(1)
                .columns(ISSUE + 1, 0)
                .apply(names);
        out.flush();
    }

    /** Names and types fit, every heading's longest word fits, and the customer issue wraps in what is left of the page. */
    private void widths(String[] headers) {
        List<String> campaigns = new ArrayList<>(List.of(out.labels().get("leads.total")));
        List<String> types = new ArrayList<>();
        marketing.campaigns().forEach(c -> {
            campaigns.add(c.name());
            types.add(c.type());
        });
        out.width(0, Math.min(40, TextWidth.labels(TextWidth.heading(headers[0]), campaigns.toArray(String[]::new))));
        out.width(1, Math.min(24, TextWidth.labels(TextWidth.heading(headers[1]), types.toArray(String[]::new))));
        int used = out.sheet().getColumnWidth(0) / 256 + out.sheet().getColumnWidth(1) / 256;
        for (int col = MONTH; col < ISSUE; col++) {
            out.width(col, TextWidth.headings(9, headers[col]));
            used += out.sheet().getColumnWidth(col) / 256;
        }
        out.width(ISSUE, Math.max(TextWidth.headings(ISSUE_WIDTH, headers[ISSUE]), PrintPages.unitsAcross() - used - 2));
    }

    private void campaign(int row, Campaign campaign, InputValidation validation) {
        out.text(row, 0, campaign.name(), Style.CODE);
        out.text(row, 1, campaign.type(), Style.CODE);
        out.number(row, MONTH, campaign.month(), Style.INPUT_MONTH);
        out.number(row, INVITED, campaign.invited(), Style.INPUT_WHOLE);
        out.number(row, RESPONSE_RATE, campaign.responseRate(), Style.INPUT_PERCENT);
        out.number(row, HANDOVER_RATE, campaign.handoverRate(), Style.INPUT_PERCENT);
        String responses = Ref.rel(row, RESPONSES);
        String prospects = Ref.rel(row, PROSPECTS);
        out.formula(row, RESPONSES, MarketingFormulas.expectedResponses(Ref.rel(row, INVITED), Ref.rel(row, RESPONSE_RATE)),
                campaign.expectedResponses(), Style.DECIMAL);
        out.formula(row, PROSPECTS, MarketingFormulas.prospects(responses, Ref.rel(row, HANDOVER_RATE)),
                campaign.prospects(), Style.DECIMAL);
        out.number(row, COST, campaign.cost(), Style.INPUT_EURO);
        costPerProspect(row, campaign.cost(), campaign.prospects(), Style.EURO);
        out.text(row, ISSUE, campaign.issue(), Style.CODE_WRAPPED);
        out.lines(row, TextWidth.lines(campaign.issue(), out.sheet().getColumnWidth(ISSUE) / 256));
        validation.month(row, MONTH);
        validation.wholeAtLeastZero(row, INVITED, INVITED);
        validation.rate(row, RESPONSE_RATE);
        validation.rate(row, HANDOVER_RATE);
        validation.decimalAtLeastZero(row, COST, COST);
    }

    private void costPerProspect(int row, double cost, double prospects, Style style) {
        String formula = MarketingFormulas.costPerProspect(Ref.rel(row, COST), Ref.rel(row, PROSPECTS));
        if (prospects == 0) {
            out.formula(row, COST_PER_PROSPECT, formula, "", style);
        } else {
            out.formula(row, COST_PER_PROSPECT, formula, cost / prospects, style);
        }
    }

    private void totals() {
        int row = totalRow();
        out.text(row, 0, out.labels().get("leads.total"), Style.TOTAL_LABEL);
        for (int col = 1; col <= ISSUE; col++) {
            out.text(row, col, "", Style.TOTAL_LABEL);
        }
        sum(row, INVITED, marketing.campaignInvited(), Style.TOTAL_WHOLE);
        sum(row, RESPONSES, marketing.campaignResponses(), Style.TOTAL_DECIMAL);
        sum(row, PROSPECTS, marketing.campaignProspects(), Style.TOTAL_DECIMAL);
        sum(row, COST, marketing.campaignCost(), Style.TOTAL_EURO);
        costPerProspect(row, marketing.campaignCost(), marketing.campaignProspects(), Style.TOTAL_EURO);
    }

    private void sum(int row, int col, double cached, Style style) {
        String formula = row == FIRST ? "0" : FormulaText.fill("SUM(%s:%s)", Ref.rel(FIRST, col), Ref.rel(row - 1, col));
        out.formula(row, col, formula, cached, style);
    }

    private void gap() {
        int row = gapBlock();
        String prospects = Ref.rel(totalRow(), PROSPECTS);
        out.text(row, 0, out.labels().get("campaigns.gap"), Style.LABEL);
        out.formula(row, 1, PlanNames.LEADS_GAP, marketing.leadsGap(), Style.WHOLE);
        out.text(row, 2, out.labels().get("leads.gap.note"), Style.NOTE);
        out.text(row + 1, 0, out.labels().get("campaigns.gapHandovers"), Style.LABEL);
        out.formula(row + 1, 1, MarketingFormulas.gapInHandovers(), marketing.gapInHandovers(), Style.DECIMAL);
        out.text(row + 1, 2, out.labels().get("campaigns.gapHandovers.note"), Style.NOTE);
        out.text(row + 2, 0, out.labels().get("campaigns.prospects"), Style.LABEL);
        out.formula(row + 2, 1, prospects, marketing.campaignProspects(), Style.DECIMAL);
        out.text(row + 3, 0, out.labels().get("campaigns.share"), Style.LABEL);
        String share = Ref.rel(row + 3, 1);
        out.formula(row + 3, 1, MarketingFormulas.gapClosed(Ref.rel(row + 2, 1), Ref.rel(row + 1, 1)),
                marketing.gapClosedByCampaigns(), Style.PERCENT);
        long percent = Math.round(marketing.gapClosedByCampaigns() * 100);
        // The sentence around the live percentage: "Planned campaigns close {0} of the gap".
        String[] sentence = out.labels().get("campaigns.closes").split("\\{0\\}", -1);
        out.formula(row + 5, 0, FormulaText.fill("\"%s\"&TEXT(%s,\"0%%\")&\"%s\"", sentence[0], share, sentence[1]),
                sentence[0] + percent + "%" + sentence[1], Style.TITLE);
    }
}
