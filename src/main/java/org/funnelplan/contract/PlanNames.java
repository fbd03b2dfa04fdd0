package org.funnelplan.contract;

import java.util.List;

/**
 * Every defined name of the plan workbook (SPEC section 4), spelled here and nowhere else in the
 * main code: the sheets write them, their formulas use them, the re-import looks them up. A
 * stage's names are built from its key ({@code Demo / Pilot} → {@code demo_pilot}, see
 * {@code model.Stage}); {@link #isRepSheetName} and {@link #isWorkbookName} tell funnelplan's
 * names from a user's own.
 */
public final class PlanNames {
    private static final String TARGET = "Target_";
    private static final String INPUT = "Input_";
    private static final String RATE = "Rate_";
    private static final String WIN_PROBABILITY = "WinProb_";
    private static final String PLAN = "Plan_";
    private static final String PRE_YEAR = "PreYear_";
    private static final String ACTUAL = "Actual_";
    private static final String PLAN_TO_DATE = "PlanToDate_";
    private static final String VARIANCE = "Variance_";
    private static final String TEAM = "Team_";
    /** The suffix of a 1×12 range, January to December. */
    private static final String MONTHS = "_M";
    /** The suffix of a figure over months 1..{@link #REPORT_MONTH}. */
    private static final String TO_DATE = "_YTD";

    // Sheet-scoped, one cell each, on every rep sheet.
    public static final String REP_NAME = "Rep_Name";
    public static final String TARGET_NEW_CUSTOMERS = TARGET + "NewCustomers";
    public static final String TARGET_AVG_MARGIN = TARGET + "AvgMargin";
    public static final String TARGET_MARGIN = TARGET + "Margin";
    public static final String PLAN_IN_YEAR_MARGIN = PLAN + "InYearMargin";
    /** The re-import's names for the rep's other inputs. */
    public static final String INPUT_START_MONTH = INPUT + "StartMonth";
    public static final String INPUT_RAMP_MONTHS = INPUT + "RampMonths";
    /** 1×12: the rep's seasonality weights. */
    public static final String INPUT_SEASONALITY_MONTHS = INPUT + "Seasonality" + MONTHS;

    // Workbook-scoped.
    public static final String PLAN_YEAR = PLAN + "Year";
    /** The month "to date" runs to: on the overview, or on the rep's sheet in a rep's own workbook. */
    public static final String REPORT_MONTH = "Report_Month";
    public static final String TEAM_TARGET_NEW_CUSTOMERS = TEAM + TARGET_NEW_CUSTOMERS;
    public static final String SALES_MARGIN_TARGET = "Sales_Margin_Target";
    public static final String MARKETING_MARGIN_TARGET = "Marketing_Margin_Target";
    public static final String ALIGNMENT_OK = "Alignment_OK";
    /** With leads only. */
    public static final String LEAD_RATE = "Lead_Rate";
    public static final String LEADS_NEEDED = "Leads_Needed";
    public static final String LEADS_AVAILABLE = "Leads_Available";
    public static final String LEADS_GAP = "Leads_Gap";

    /** The prefixes of the sheet-scoped names funnelplan writes, each followed by a word ({@code \w+}). */
    private static final List<String> REP_SHEET_PREFIXES =
            List.of(TARGET, INPUT, RATE, WIN_PROBABILITY, PLAN, PRE_YEAR, ACTUAL, PLAN_TO_DATE, VARIANCE);

    private PlanNames() {
    }

    /** {@code Rate_<s>}: the share of a stage's items that reach the next stage (not for won). */
    public static String rate(String stageKey) {
        return RATE + stageKey;
    }

    /** {@code WinProb_<s>}. */
    public static String winProbability(String stageKey) {
        return WIN_PROBABILITY + stageKey;
    }

    /** {@code Plan_<s>}: the year's volume needed for the target. */
    public static String plan(String stageKey) {
        return PLAN + stageKey;
    }

    /** {@code PreYear_<s>}: the pipeline at start, {@code Plan_<s>} less the months. */
    public static String preYear(String stageKey) {
        return PRE_YEAR + stageKey;
    }

    /** {@code Plan_<s>_M}: 1×12, the plan of January to December. */
    public static String planMonths(String stageKey) {
        return plan(stageKey) + MONTHS;
    }

    /** {@code Actual_<s>_M}: 1×12 input, the rep's actuals. */
    public static String actualMonths(String stageKey) {
        return ACTUAL + stageKey + MONTHS;
    }

    /** {@code PlanToDate_<s>}: the plan over months 1..Report_Month. */
    public static String planToDate(String stageKey) {
        return PLAN_TO_DATE + stageKey;
    }

    /** {@code Actual_<s>_YTD}. */
    public static String actualToDate(String stageKey) {
        return ACTUAL + stageKey + TO_DATE;
    }

    /** {@code Variance_<s>_YTD} = actual − plan to date. */
    public static String varianceToDate(String stageKey) {
        return VARIANCE + stageKey + TO_DATE;
    }

    /** {@code Input_AvgDays_<s>}: the days an item stays at the stage. */
    public static String avgDays(String stageKey) {
        return INPUT + "AvgDays_" + stageKey;
    }

    /** {@code Team_Plan_<s>}: workbook-scoped, the reps' {@code Plan_<s>} added up. */
    public static String teamPlan(String stageKey) {
        return TEAM + plan(stageKey);
    }

    /** A sheet-scoped name funnelplan writes on a rep sheet; users' own names are left alone. */
    public static boolean isRepSheetName(String name) {
        if (name.equals(REP_NAME)) {
            return true;
        }
        for (String prefix : REP_SHEET_PREFIXES) {
            if (name.length() > prefix.length() && name.startsWith(prefix) && isWord(name, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    /** A workbook-scoped name the re-import reads: only {@link #REPORT_MONTH}. */
    public static boolean isWorkbookName(String name) {
        return name.equals(REPORT_MONTH);
    }

    /** Letters, digits and {@code _} from {@code from} on, as a regular expression's {@code \w} takes them. */
    private static boolean isWord(String name, int from) {
        for (int i = from; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
