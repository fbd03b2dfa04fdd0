package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** --list-stages: every CRM stage with the items that entered it, in funnel order as far as the export shows it. */
class DraftMapTest {
    private static FromCrm.Drafted draft(CrmSamples.Sample sample) {
        String pipeline = sample.options().isEmpty() ? null : sample.options().get(1);
        return FromCrm.draft(new FromCrm.Options(List.of(CrmSamplesTest.SAMPLES.resolve(sample.export())), pipeline, null, Period.YEAR));
    }

    private static List<String> stages(FromCrm.Drafted drafted) {
        return drafted.map().entries().stream().map(DraftMap.Entry::crmStage).toList();
    }

    @Test
    void hubSpotStagesComeInColumnOrderWithTheDealsThatEnteredThem() {
        CrmSamples.Sample sample = CrmSamples.hubspot();
        FromCrm.Drafted drafted = draft(sample);
        assertEquals(List.copyOf(ExportWriters.stagesOf(sample.pipeline())), stages(drafted), "the Sales Pipeline's columns, in order");
        assertEquals(List.of("Sales Pipeline"), drafted.map().pipelines());
        for (DraftMap.Entry entry : drafted.map().entries()) {
            long entered = sample.mapped().stream().filter(d -> d.path().stream().anyMatch(e -> e.stage().equals(entry.crmStage()))).count();
            assertEquals(entered, entry.items(), entry.crmStage());
        }
    }

    @Test
    void stageChangeExportsComeInTheOrderItemsTakeToGetThere() {
        for (CrmSamples.Sample sample : List.of(CrmSamples.salesforce(), CrmSamples.stageLog())) {
            List<String> listed = stages(draft(sample));
            List<String> open = new ArrayList<>(listed);
            open.retainAll(sample.pipeline().open());
            assertEquals(sample.pipeline().open(), open, sample.export() + ": the open stages in funnel order");
            assertEquals(sample.pipeline().won(), listed.get(listed.size() - 1), "won last");
        }
    }

    @Test
    void pipedriveListsItsStatusesLastWithTheirDeals() {
        CrmSamples.Sample sample = CrmSamples.pipedrive();
        List<DraftMap.Entry> entries = draft(sample).map().entries();
        DraftMap.Entry won = entries.get(entries.size() - 2);
        DraftMap.Entry lost = entries.get(entries.size() - 1);
        assertEquals(Map.entry("Won", sample.deals().stream().filter(d -> d.outcome() == SyntheticDeals.Outcome.WON).count()),
                Map.entry(won.crmStage(), won.items()));
        assertEquals(Map.entry("Lost", sample.deals().stream().filter(d -> d.outcome() == SyntheticDeals.Outcome.LOST).count()),
                Map.entry(lost.crmStage(), lost.items()));
    }
}
