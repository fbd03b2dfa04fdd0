package org.funnelplan.actuals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.funnelplan.contract.Language;


/**
 * The words of the way back in the plan's language: the variance report, the console table and
 * the re-import's messages, from {@code report.properties} (English) and {@code report_nl.properties}
 * (Dutch), with numbers in the language's marks.
 */
public final class ReportWords {
    private static final String BUNDLE = "org.funnelplan.actuals.report";
    private static final ReportWords ENGLISH = new ReportWords(Language.EN);
    private static final ReportWords DUTCH = new ReportWords(Language.NL);
    private final Language language;
    private final ResourceBundle bundle;

    private ReportWords(Language language) {
        this.language = language;
        // No fallback to the machine's locale: an English plan's report stays English on a Dutch laptop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ReportWords english() {
        return ENGLISH;
    }

    public static ReportWords of(Language language) {
        return language == Language.NL ? DUTCH : ENGLISH;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** Every key is a MessageFormat pattern, also without arguments, so quotes follow one rule. */
    public String get(String key) {
        return format(key);
    }

    /** The key's pattern filled in; arguments that are {@link Worded} are put into these words first. */
    public String format(String key, Object... args) {
        Object[] filled = args.clone();
        for (int i = 0; i < filled.length; i++) {
            if (filled[i] instanceof Worded worded) {
                filled[i] = worded.in(this);
            }
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(filled);
    }

    /** A list kept in one key, separated by |. */
    public String[] list(String key) {
        return get(key).split("\\|");
    }
}
