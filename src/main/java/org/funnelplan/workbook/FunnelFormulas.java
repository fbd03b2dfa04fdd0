package org.funnelplan.workbook;

import org.funnelplan.contract.PlanNames;
import org.funnelplan.model.CycleTime;
import org.funnelplan.xlsx.FormulaText;

/**
 * The spreadsheet rendering of the model's equations (see the model method named on each). Tests
 * recalculate the workbook in LibreOffice and compare with the model, so the two cannot drift.
 */
final class FunnelFormulas {
    private FunnelFormulas() {
    }

    /** {@link org.funnelplan.model.FunnelMath#required}: ROUNDUP(Plan_next / Rate_s). */
    static String required(String planNext, String rate) {
        return FormulaText.fill("IF(%1$s=0,0,ROUNDUP(%1$s/%2$s,0))", planNext, rate);
    }

    /** WinProb_s = Rate_s · WinProb_next (FunnelPlanner). */
    static String winProbability(String rate, String winProbNext) {
        return rate + "*" + winProbNext;
    }

    /** {@link org.funnelplan.model.CycleTime#lagMonths}: lag_s = avg_days_s / 30.4 + lag_next. */
    static String lag(String avgDays, String lagNext) {
        return FormulaText.fill("%s/%s+%s", avgDays, CycleTime.DAYS_PER_MONTH, lagNext);
    }

    /** {@link org.funnelplan.model.Phasing#rampFactor} for a fixed month. */
    static String rampFactor(int month, String startMonth, String rampMonths) {
        return FormulaText.fill("IF(%1$d<%2$s,0,IF(%3$s=0,1,MIN(1,(%1$d-%2$s+1)/%3$s)))", month, startMonth, rampMonths);
    }

    /** {@link org.funnelplan.model.Phasing#wonByMonth}: new_customers · w_m / Σw. */
    static String wonInMonth(String newCustomers, String weight, String weights) {
        return FormulaText.fill("IF(SUM(%3$s)=0,0,%1$s*%2$s/SUM(%3$s))", newCustomers, weight, weights);
    }

    /**
     * {@link org.funnelplan.model.Phasing#activityByMonth}: Plan_s shared out by the wins L and L+1
     * months later, split by the lag's fraction; 0 before the start month and when the target is 0.
     */
    static String activityInMonth(int month, String lag, String wonByMonth, String required, String newCustomers,
            String startMonth) {
        String whole = "INT(" + lag + ")";
        String fraction = "(" + lag + "-" + whole + ")";
        String wonAfter = FormulaText.fill("IF(%1$d+%2$s>12,0,INDEX(%3$s,1,%1$d+%2$s))", month, whole, wonByMonth);
        String wonAfterNext = FormulaText.fill("IF(%1$d+%2$s+1>12,0,INDEX(%3$s,1,%1$d+%2$s+1))", month, whole, wonByMonth);
        return FormulaText.fill("IF(OR(%5$s=0,%6$d<%7$s),0,%4$s*((1-%1$s)*%2$s+%1$s*%3$s)/%5$s)", fraction, wonAfter,
                wonAfterNext, required, newCustomers, month, startMonth);
    }

    /** {@link org.funnelplan.model.Phasing#pipelineAtStart}: PreYear_s = Plan_s − Σ_m Plan_s_m. */
    static String pipelineAtStart(String required, String monthly) {
        return FormulaText.fill("%s-SUM(%s)", required, monthly);
    }

    /** {@link org.funnelplan.model.Phasing#inYearMargin}: avg_margin · Σ Won_m·(12−m)/12. */
    static String inYearMargin(String avgMargin, String wonByMonth) {
        return FormulaText.fill("%s*SUMPRODUCT(%s,{11,10,9,8,7,6,5,4,3,2,1,0})/12", avgMargin, wonByMonth);
    }

    /** Months 1..Report_Month of a 1×12 range. */
    static String toDate(String monthly) {
        return FormulaText.fill("SUM(INDEX(%1$s,1,1):INDEX(%1$s,1,%2$s))", monthly, PlanNames.REPORT_MONTH);
    }
}
