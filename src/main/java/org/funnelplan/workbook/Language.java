package org.funnelplan.workbook;

import java.util.Locale;

/** The language of a plan's sheet names, labels, notes and messages. Defined names never change. */
public enum Language {
    EN(Locale.ENGLISH), NL(Locale.forLanguageTag("nl"));

    final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }
}
