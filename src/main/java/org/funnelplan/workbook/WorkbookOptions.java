package org.funnelplan.workbook;

import java.util.UUID;

/**
 * How a plan workbook is written.
 *
 * @param planId   identifies the plan; per-rep copies and re-imports must carry the same one
 * @param password protects the rep sheets with a password; {@code null} protects without one
 */
public record WorkbookOptions(String planId, String password) {

    public static WorkbookOptions defaults() {
        return new WorkbookOptions(UUID.randomUUID().toString(), null);
    }
}
