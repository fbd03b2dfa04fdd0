package org.funnelplan.csv;

import java.nio.file.Path;
import java.util.ArrayList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.funnelplan.csv.Fixtures.assertRejected;
import static org.funnelplan.csv.Fixtures.fixture;

/**
 * One fixture per defect class of SPEC section 3 (the file name says which); each must be refused
 * with a message naming the file, the physical line and what was expected.
 */
class ReadersRejectDefectsTest {

    @ParameterizedTest(name = "{0}: line {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            targets-missing-column.csv              | 1 | missing required column avg_margin; expected the columns rep, new_customers, avg_margin (required)
            targets-unknown-column.csv              | 1 | unknown column colour; expected the columns rep, new_customers, avg_margin (required); margin_target, team, start_month, ramp_months (optional)
            targets-column-twice.csv                | 1 | column Rep is named twice (columns 1 and 4)
            targets-unnamed-column.csv              | 1 | column 2 has no name
            targets-field-beyond-header.csv         | 3 | field 5 ('oops') is beyond the header
            targets-rep-twice.csv                   | 4 | column rep: 'anna  berg' is the same rep as 'Anna Berg' on line 2
            targets-rep-empty.csv                   | 3 | column rep is empty
            targets-customers-empty.csv             | 2 | column new_customers is empty
            targets-customers-negative.csv          | 2 | column new_customers: must be ≥ 0
            targets-customers-fraction.csv          | 2 | column new_customers: expected a whole number ≥ 0 (digits only), got '2.5'
            targets-customers-grouped.csv           | 2 | column new_customers: expected a whole number ≥ 0 (digits only), got '1,000'
            targets-customers-currency.csv          | 2 | column new_customers: expected a whole number
            targets-customers-hex.csv               | 2 | column new_customers: expected a whole number
            targets-customers-out-of-range.csv      | 2 | column new_customers: '99999999999' is out of range
            targets-margin-negative.csv             | 2 | column avg_margin: must be ≥ 0
            targets-margin-nan.csv                  | 2 | column avg_margin: expected an amount ≥ 0
            targets-margin-exponent.csv             | 2 | column avg_margin: exponents are not accepted
            targets-margin-out-of-range.csv         | 2 | column avg_margin: '2000000000000000' is out of range
            targets-margin-text.csv                 | 2 | column avg_margin: expected an amount ≥ 0 like 1234.50 or € 1,234.50
            targets-margin-target-infinity.csv      | 2 | column margin_target: expected an amount ≥ 0
            targets-margin-point-in-semicolon-file.csv | 2 | column avg_margin: expected an amount ≥ 0 like 1234,50 or € 1.234,50 (the decimal mark is ',' in a ';' file)
            targets-margin-comma-in-comma-file.csv  | 2 | column avg_margin: expected an amount ≥ 0 like 1234.50
            targets-start-month-13.csv              | 2 | column start_month: '13' is out of range; expected a whole number from 1 to 12
            targets-ramp-negative.csv               | 2 | column ramp_months: must be ≥ 0
            targets-no-reps.csv                     | 1 | no reps
            targets-empty.csv                       | 1 | the file is empty; expected a header with the columns rep, new_customers, avg_margin
            targets-unclosed-quote.csv              | 3 | the quotes do not match
            targets-text-after-closing-quote.csv    | 3 | the quotes do not match
            targets-after-multiline-cell.csv        | 5 | column new_customers: expected a whole number
            history-missing-column.csv              | 1 | missing required column period
            history-period-empty.csv                | 3 | column period is empty
            history-count-empty.csv                 | 3 | column count is empty
            history-count-fraction.csv              | 2 | column count: expected a whole number ≥ 0 (digits only), got '100.5'
            history-avg-days-negative.csv           | 2 | column avg_days: must be ≥ 0
            history-stage-twice.csv                 | 4 | column stage: 'lead' is given twice for rep Anna, period 2025, on line 2 and here
            history-order-contradiction.csv         | 6 | column stage: for rep Ben, period 2025, 'lead' comes after 'visited', but line 3 put 'lead' before 'visited'; every rep and period must list the stages in one order, seen before as lead → visited → won
            history-stage-misspelt-in-one-period.csv | 38 | column stage: 'belafsrpaak' (1 of 10 rep-periods) never appears in one rep and period with 'belafspraak' (9 rep-periods, first on line 3), so no rate between them can be worked out; is it a misspelling of 'belafspraak'?
            history-stages-never-together.csv       | 6 | column stage: 'pilot' (1 of 3 rep-periods) never appears in one rep and period with 'demo' (2 rep-periods, first on line 3), so no rate between them can be worked out; give both in at least one rep and period, or leave one out
            history-stage-case-variants.csv         | 4 | column stage: 'quoted' and 'Quoted' (line 2) are the same stage written two ways
            history-stage-punctuation-variants.csv  | 4 | column stage: 'in progress' and 'in-progress' (line 2) are the same stage
            history-no-rows.csv                     | 1 | no history
            history-stage-name-collides-with-monthly-name.csv | 4 | column stage: 'Demo M' (line 4) and 'Demo' (line 2) would both be named Plan_demo_M in the workbook
            history-stage-monthly-name-before-stage.csv | 4 | column stage: 'DEMO' (line 4) and 'demo-m' (line 3) would both be named Plan_demo_M in the workbook
            history-stage-named-inyearmargin.csv    | 3 | column stage: 'InYearMargin' (line 3) would be named Plan_inyearmargin in the workbook, which Excel cannot tell from Plan_InYearMargin
            seasonality-month-twice.csv             | 4 | column month: month 1 is given twice for the team profile (rows without a rep), on line 2 and here
            seasonality-months-missing.csv          | 2 | column month: the team profile (rows without a rep), which starts here, misses months 5, 7
            seasonality-rep-months-missing.csv      | 14 | column month: the profile of rep Anna, which starts here, misses months 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
            seasonality-month-13.csv                | 2 | column month: '13' is out of range; expected a whole number from 1 to 12
            seasonality-weight-negative.csv         | 2 | column weight: must be ≥ 0
            seasonality-weight-empty.csv            | 3 | column weight is empty
            seasonality-weight-point-in-semicolon-file.csv | 2 | column weight: expected a number ≥ 0 like 2,5 (the decimal mark is ',' in a ';' file), got '1.5'
            seasonality-weight-currency.csv         | 2 | column weight: expected a number ≥ 0 like 2.5
            leads-unknown-status.csv                | 3 | column status: unknown status 'qualified'; expected one of lead, invited, called, attended, no-show, follow-up, prospect, customer, lost
            leads-organisation-empty.csv            | 2 | column organisation is empty
            leads-missing-organisation.csv          | 1 | missing required column organisation
            leads-id-twice.csv                      | 4 | column id: 'L1' is already the id of line 2
            leads-cell-too-long.csv                 | 4 | column Notes: the cell is 32,768 characters long, longer than Excel's 32,767 characters
            campaigns-response-rate-above-one.csv   | 2 | column response_rate: '1.5' is out of range; expected a fraction from 0 to 1
            campaigns-handover-rate-negative.csv    | 3 | column handover_rate: must be ≥ 0
            campaigns-cost-negative.csv             | 2 | column cost: must be ≥ 0
            campaigns-unknown-column.csv            | 1 | unknown column budget; expected the columns campaign, type, month
            campaigns-month-13.csv                  | 2 | column month: '13' is out of range; expected a whole number from 1 to 12
            campaigns-invited-fraction.csv          | 2 | column invited: expected a whole number
            campaigns-no-rows.csv                   | 1 | no campaigns
            """)
    void defectIsRefusedNamingFileLineAndColumn(String name, int line, String expected) {
        Path file = fixture("bad/" + name);
        String kind = name.substring(0, name.indexOf('-'));
        assertRejected(() -> Fixtures.read(kind, file, new ArrayList<>()), file, line, expected);
    }
}
