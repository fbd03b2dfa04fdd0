package org.funnelplan.workbook;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.funnelplan.contract.Language;

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
        return new WorkbookOptions(newPlanId(), null, true, Language.EN, null);
    }

    /**
     * A random (version 4) UUID. The id tells plans apart and guards nothing, so it needs no
     * SecureRandom, whose set-up is 30 ms of a small plan's run.
     */
    static String newPlanId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | (0x8000L << 48);
        return new UUID(high, low).toString();
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
