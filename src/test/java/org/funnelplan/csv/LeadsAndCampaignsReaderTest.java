package org.funnelplan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.model.Campaign;
import org.funnelplan.model.Lead;
import org.funnelplan.model.LeadStatus;
import org.funnelplan.model.Leads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leads and campaigns as SPEC section 3 describes them, through the public readers. */
class LeadsAndCampaignsReaderTest {
    static final Path TEAM = Path.of(System.getProperty("basedir", ".")).resolve("samples/team");

    @TempDir
    Path dir;

    @Test
    void teamSampleKeepsItsThousandLeadsAndTheKvkNumbersLeadingZeros() {
        Leads leads = LeadsReader.read(TEAM.resolve("leads.csv"), new ArrayList<>());
        assertEquals(1000, leads.size());
        assertEquals(List.of("kvk_number"), leads.extraColumns());
        Lead first = leads.all().get(0);
        assertEquals("L0001", first.id());
        assertEquals("Duin Dranken Holding B.V.", first.organisation());
        assertEquals(List.of("05342084"), first.extra());
        assertEquals("2026-01-16", first.nextDate());
        assertEquals(640, leads.all().stream().filter(l -> l.status() == LeadStatus.LEAD).count());
    }

    @Test
    void statusIgnoresCaseAndEmptyMeansLeadAndOwnColumnsStayInOrder() throws IOException {
        Path file = write("leads.csv", """
                organisation;Status;city;kvk
                Alfa B.V.;NO-SHOW;Delft;00123
                Beta B.V.;;Gouda;=1+2
                """);
        Leads leads = LeadsReader.read(file, new ArrayList<>());
        assertEquals(List.of("city", "kvk"), leads.extraColumns());
        assertEquals(LeadStatus.NO_SHOW, leads.all().get(0).status());
        assertEquals(LeadStatus.LEAD, leads.all().get(1).status());
        assertEquals(List.of("Gouda", "=1+2"), leads.all().get(1).extra());
        assertEquals("", leads.all().get(1).id());
    }

    @Test
    void statusesBelongToMarketingUntilTheHandOver() {
        List<LeadStatus> marketing = List.of(LeadStatus.LEAD, LeadStatus.INVITED, LeadStatus.CALLED, LeadStatus.NO_SHOW,
                LeadStatus.FOLLOW_UP);
        for (LeadStatus status : LeadStatus.values()) {
            assertEquals(marketing.contains(status), status.isMarketing(), status.code());
        }
        assertEquals(LeadStatus.Owner.SALES, LeadStatus.ATTENDED.owner());
        assertEquals(LeadStatus.Owner.SALES, LeadStatus.PROSPECT.owner());
        assertEquals(LeadStatus.Owner.CLOSED, LeadStatus.CUSTOMER.owner());
        assertEquals(LeadStatus.Owner.CLOSED, LeadStatus.LOST.owner());
    }

    @Test
    void seminarOfFourHundredAtThirtySevenAndAHalfPercentHandsOverSixtyProspects() {
        List<Campaign> campaigns = CampaignsReader.read(TEAM.resolve("campaigns.csv"), new ArrayList<>());
        Campaign seminar = campaigns.get(0);
        assertEquals(3, seminar.month());
        assertEquals(150, seminar.expectedResponses(), 1e-9);
        assertEquals(60, seminar.prospects(), 1e-9);
        assertEquals(125, seminar.costPerProspect(), 1e-9);
        assertTrue(seminar.issue().startsWith("Zakendoen in Afrika"));
    }

    @Test
    void campaignsInASemicolonFileTakeDecimalCommasAndEuroAmounts() throws IOException {
        Path file = write("campaigns.csv", """
                campaign;type;month;invited;response_rate;handover_rate;cost
                Expertsessie;expert session;5;250;0,2;0,35;€ 12.000
                """);
        Campaign session = CampaignsReader.read(file, new ArrayList<>()).get(0);
        assertEquals(0.2, session.responseRate(), 0);
        assertEquals(12000, session.cost(), 0);
        assertEquals("", session.issue());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
