package org.funnelplan.workbook;

import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;

/**
 * What a block of a rep's sheet (the funnel table, the monthly grid) writes with: the sheet, the
 * plan and the rep, where things sit, how to name a cell and how to validate an input.
 */
record RepBlock(SheetWriter out, Plan plan, RepPlan rep, RepSheetLayout layout, RepSheet.Namer names,
                InputValidation validation) {
}
