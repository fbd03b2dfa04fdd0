package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;

import org.funnelplan.contract.Capacity;
import org.funnelplan.model.InputException;
import org.funnelplan.model.Lead;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.Leads;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.Test;

/** A plan is refused before it is written when its lead table would pass Excel's last row or column. */
class CapacityTest {
    private static final Lead LEAD = new Lead("", "Acme", "", "", LeadStatus.LEAD, "", "", "", "", List.of());

    @Test
    void leadsFitBelowTheSummaryUpToExcelsLastRowAndTheFirstThatDoesNotIsNamed() {
        MarketingPlan probe = leads(1);
        int header = new LeadSheet(null, probe, null).tableHeader();
        int fit = Capacity.EXCEL_ROWS - 1 - header;
        assertDoesNotThrow(() -> CapacityCheck.check(leads(fit)));
        InputException e = assertThrows(InputException.class, () -> CapacityCheck.check(leads(fit + 1)));
        assertEquals(String.format("leads.csv: %,d leads, but Excel's 1,048,576 rows hold at most %,d below the lead sheet's %d rows"
                + " of summary and the table's header; lead %,d (Acme) is the first that does not fit; split the file",
                fit + 1, fit, header, fit + 1), e.getMessage());
    }

    @Test
    void moreColumnsOfYourOwnThanExcelHoldsAreRefused() {
        List<String> columns = Collections.nCopies(Capacity.maxOwnLeadColumns(), "own");
        assertDoesNotThrow(() -> CapacityCheck.check(MarketingPlan.of(SeedFunnel.plan(), new Leads("leads.csv", columns, List.of()), null)));
        List<String> tooMany = Collections.nCopies(Capacity.maxOwnLeadColumns() + 1, "own");
        InputException e = assertThrows(InputException.class,
                () -> CapacityCheck.check(MarketingPlan.of(SeedFunnel.plan(), new Leads("leads.csv", tooMany, List.of()), null)));
        assertEquals("leads.csv: the header names 16,376 columns of your own, but Excel's 16,384 columns hold the lead table's 9"
                + " and at most 16,375 more", e.getMessage());
    }

    private static MarketingPlan leads(int count) {
        return MarketingPlan.of(SeedFunnel.plan(), new Leads("leads.csv", List.of(), Collections.nCopies(count, LEAD)), null);
    }
}
