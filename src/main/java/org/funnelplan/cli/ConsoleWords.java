package org.funnelplan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.funnelplan.contract.Language;


/**
 * The console's words in the plan's language, from {@code console.properties} (English) and
 * {@code console_nl.properties} (Dutch), with numbers in the language's marks (8,313.5 or 8.313,5).
 */
final class ConsoleWords {
    private static final String BUNDLE = "org.funnelplan.cli.console";
    private final ResourceBundle bundle;
    private final Locale locale;

    private ConsoleWords(Language language) {
        this.locale = language == Language.NL ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        // No fallback to the machine's locale: an English run stays English on a Dutch laptop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.NL ? locale : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ConsoleWords of(Language language) {
        return new ConsoleWords(language);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
