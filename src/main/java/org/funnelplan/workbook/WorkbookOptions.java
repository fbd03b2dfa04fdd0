package org.funnelplan.workbook;

import java.util.UUID;

/**
 * How a plan workbook is written.
 *
 * @param planId   identifies the plan; per-rep copies and re-imports must carry the same one
 * @param password protects the rep sheets with a password; {@code null} protects without one
 * @param charts   two charts on every rep sheet
 */
public record WorkbookOptions(String planId, String password, boolean charts) {

    public static WorkbookOptions defaults() {
        return new WorkbookOptions(UUID.randomUUID().toString(), null, true);
    }

    public WorkbookOptions withPassword(String password) {
        return new WorkbookOptions(planId, password, charts);
    }
}
