package org.funnelplan.workbook;

import java.util.UUID;

/**
 * How a plan workbook is written.
 *
 * @param planId   identifies the plan; per-rep copies and re-imports must carry the same one
 * @param password protects the rep sheets with a password; {@code null} protects without one
 * @param charts   two charts on every rep sheet
 * @param language the language of sheet names, labels and notes; defined names are the same in all
 * @param company  the company named in the document properties, or {@code null}
 */
public record WorkbookOptions(String planId, String password, boolean charts, Language language, String company) {

    public WorkbookOptions {
        language = language == null ? Language.EN : language;
    }

    public static WorkbookOptions defaults() {
        return new WorkbookOptions(UUID.randomUUID().toString(), null, true, Language.EN, null);
    }

    public WorkbookOptions withPassword(String password) {
        return new WorkbookOptions(planId, password, charts, language, company);
    }

    public WorkbookOptions withLanguage(Language language) {
        return new WorkbookOptions(planId, password, charts, language, company);
    }

    public WorkbookOptions withCompany(String company) {
        return new WorkbookOptions(planId, password, charts, language, company);
    }

    public WorkbookOptions withPlanId(String planId) {
        return new WorkbookOptions(planId, password, charts, language, company);
    }
}
