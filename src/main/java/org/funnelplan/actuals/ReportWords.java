package org.funnelplan.actuals;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the variance report and console table, from {@code report.properties}. English
 * for now; a {@code report_nl.properties} with the same keys is all a Dutch report needs.
 */
final class ReportWords {
    private static final String BUNDLE = "org.funnelplan.actuals.report";
    private static final ReportWords ENGLISH = new ReportWords(Locale.ROOT);
    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportWords(Locale locale) {
        this.locale = locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ReportWords english() {
        return ENGLISH;
    }

    /** Every key is a MessageFormat pattern, also without arguments, so quotes follow one rule. */
    String get(String key) {
        return format(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A list kept in one key, separated by |. */
    String[] list(String key) {
        return get(key).split("\\|");
    }
}
