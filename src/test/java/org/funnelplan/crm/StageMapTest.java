package org.funnelplan.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.funnelplan.csv.HistoryReader;
import org.funnelplan.csv.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stage map: funnel order by first appearance, lost and ignore, and what --list-stages writes reads back. */
class StageMapTest {
    static final Path BASE = Path.of(System.getProperty("basedir", "."));

    @TempDir
    Path dir;

    @Test
    void theFunnelIsTheOrderPlanStagesFirstAppearIn() throws IOException {
        Path file = Files.writeString(dir.resolve("stages.csv"), """
                CRM_Stage , Stage , items , notes
                Intake,lead,12,first call
                Lost,lost,4,
                Demo,visited,8,
                Call,lead,3,
                Parked,Ignore,1,
                Won,won,2,
                """);
        StageMap map = StageMap.read(file, new ArrayList<>());
        assertEquals(List.of("lead", "visited", "won"), map.funnel());
        assertEquals(0, map.target("call"));
        assertEquals(0, map.target(" INTAKE "));
        assertEquals(StageMap.TO_LOST, map.target("Lost"));
        assertEquals(StageMap.TO_IGNORE, map.target("parked"));
        assertEquals(StageMap.UNMAPPED, map.target("Negotiation"));
    }

    @Test
    void aDraftThatDefusedAFormulaLikeStageReadsBackAsTheStage() throws IOException {
        Path file = dir.resolve("stages.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DraftMap(List.of(new DraftMap.Entry("=Demo", 3), new DraftMap.Entry("+Won", 1)), List.of())
                    .write(out, CsvFormat.SEMICOLON);
        }
        assertEquals("\uFEFFcrm_stage;stage;items\n'=Demo;'=Demo;3\n'+Won;'+Won;1\n", Files.readString(file, StandardCharsets.UTF_8));
        StageMap map = StageMap.read(file, new ArrayList<>());
        assertEquals(List.of("=Demo", "+Won"), map.funnel());
        assertEquals(0, map.target("=Demo"));
    }

    @Test
    void theTemplateMapsGiveTheFunnelOfTheHistoryTemplates() {
        for (String folder : List.of("templates", "templates/nl")) {
            StageMap map = StageMap.read(BASE.resolve(folder).resolve("stages.csv"), new ArrayList<>());
            List<String> warnings = new ArrayList<>();
            assertEquals(HistoryReader.read(BASE.resolve(folder).resolve("history.csv"), warnings).stages(), map.funnel(), folder);
        }
    }

    @Test
    void aDraftLeftAsItWasAndALostStageCountedInTheFunnelAreWarnedAbout() throws IOException {
        Path draft = Files.writeString(dir.resolve("draft.csv"), "crm_stage,stage,items\nNew,New,5\nClosed won,Closed won,2\nClosed lost,Closed lost,3\n");
        List<String> warnings = new ArrayList<>();
        StageMap.read(draft, warnings);
        assertEquals(List.of(draft + " line 4: CRM stage 'Closed lost' counts as plan stage 'Closed lost'; if its items are lost, map it to lost",
                draft + " maps every CRM stage to itself, as --list-stages drafts it: edit it first (the plan stages top first, lost for"
                        + " the lost stages, ignore for the others), or the last stage counts as won"), warnings);
        Path edited = Files.writeString(dir.resolve("edited.csv"), "crm_stage,stage\nNew,lead\nClosed won,won\nClosed lost,lost\nLostboys,lead\n");
        warnings.clear();
        StageMap.read(edited, warnings);
        assertEquals(List.of(), warnings);
    }
}
