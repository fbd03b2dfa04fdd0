package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class WorkbookOptionsTest {
    @Test
    void everyPlanGetsItsOwnRandomUuid() {
        UUID first = UUID.fromString(WorkbookOptions.defaults().planId());
        UUID second = UUID.fromString(WorkbookOptions.defaults().planId());
        assertEquals(4, first.version());
        assertEquals(2, first.variant());
        assertNotEquals(first, second);
    }
}
