package org.funnelplan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.funnelplan.actuals.ActualsImport;
import org.funnelplan.actuals.Numbers4;
import org.funnelplan.actuals.TeamActuals;
import org.funnelplan.actuals.Variance;
import org.funnelplan.testutil.FilledWorkbooks;

/** SPEC section 5: the variance CSV, exactly. */
public class VarianceCsvTest {
    @TempDir
    Path dir;

    public static String csv(TeamActuals team, int month) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VarianceCsv.write(Variance.rows(team, month), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void actualsTypedInPerRepWorkbooksGiveTheSpecifiedRows() throws IOException {
        Plan plan = FilledWorkbooks.twoReps();
        Path anna = FilledWorkbooks.perRep(plan, 0, dir.resolve("Anna.xlsx"), FilledWorkbooks.PLAN_ID);
        Path bob = FilledWorkbooks.perRep(plan, 1, dir.resolve("Bob.xlsx"), FilledWorkbooks.PLAN_ID);
        FilledWorkbooks.edit(anna, wb -> {
            FilledWorkbooks.actuals(wb, "Anna", "visited", 10.0, 7.0, 0.0);
            FilledWorkbooks.actuals(wb, "Anna", "won", 1.0, null, 2.0);
        });
        TeamActuals team = ActualsImport.read(List.of(anna, bob), false);
        assertEquals(List.of(), team.warnings());
        assertEquals(3, team.reportMonth(null), "the last month with any actual");
        List<String> lines = csv(team, 3).lines().toList();
        assertEquals(VarianceCsv.HEADER, lines.get(0));
        assertEquals(1 + 2 * 5 * 13, lines.size());

        RepPlan annaPlan = plan.reps().get(0);
        double visitedJan = annaPlan.activity()[2][0];
        assertEquals("Anna,visited,1," + Numbers4.format(visitedJan) + ",10," + Numbers4.format(10 - visitedJan) + ","
                + Numbers4.format(10 / visitedJan), lines.get(1 + 2 * 13));
        assertEquals("Anna,visited,4," + Numbers4.format(annaPlan.activity()[2][3]) + ",,,", lines.get(1 + 2 * 13 + 3));
        double wonToDate = annaPlan.activity()[4][0] + annaPlan.activity()[4][1] + annaPlan.activity()[4][2];
        assertEquals("Anna,won,YTD," + Numbers4.format(wonToDate) + ",3," + Numbers4.format(3 - wonToDate) + ","
                + Numbers4.format(3 / wonToDate), lines.get(1 + 4 * 13 + 12));
        assertEquals("Anna,won,2," + Numbers4.format(annaPlan.activity()[4][1]) + ",,,", lines.get(1 + 4 * 13 + 1));
        assertTrue(lines.get(1 + 5 * 13).startsWith("Bob,lead,1,"), lines.get(1 + 5 * 13));
        assertTrue(lines.get(1 + 5 * 13 + 12).matches("Bob,lead,YTD,[0-9.]+,,,"), "Bob reported nothing: " + lines.get(1 + 5 * 13 + 12));
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("[^,]+,[^,]+,(\\d{1,2}|YTD)(,(-?\\d+(\\.\\d{1,4})?)?){4}"), line);
        }
    }
}
