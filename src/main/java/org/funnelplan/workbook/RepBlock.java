package org.funnelplan.workbook;

import org.funnelplan.model.Plan;
import org.funnelplan.model.RepPlan;

/**
 * A block of a rep's sheet (the funnel table, the monthly grid) and what it writes with: the
 * sheet, the plan and the rep, where things sit, how to name a cell and how to validate an input.
 */
abstract class RepBlock {
    final SheetWriter out;
    final Plan plan;
    final RepPlan rep;
    final RepSheetLayout layout;
    final RepSheet.Namer names;
    final InputValidation validation;

    RepBlock(SheetWriter out, Plan plan, RepPlan rep, RepSheetLayout layout, RepSheet.Namer names, InputValidation validation) {
        this.out = out;
        this.plan = plan;
        this.rep = rep;
        this.layout = layout;
        this.names = names;
        this.validation = validation;
    }
}
