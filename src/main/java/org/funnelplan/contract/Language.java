package org.funnelplan.contract;

import java.util.Locale;

/** The language of a plan's sheet names, labels, notes and messages. Defined names never change. */
public enum Language {
    EN(Locale.ENGLISH), NL(Locale.forLanguageTag("nl"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The language's own number marks and words: English or Dutch. */
    public Locale locale() {
        return locale;
    }

    /**
     * A number format in the language: Dutch carries the Dutch locale (LCID 413), so a spreadsheet
     * or PDF on an English machine still shows 1.234,5 and € 5.500; Excel on a Dutch machine shows
     * the same as without it.
     */
    public String numberFormat(String code) {
        return this == NL ? "[$-413]" + code : code;
    }

    /** As {@code --lang} takes it and the workbook's metadata keeps it: {@code en}, {@code nl}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a code, English for anything else: a workbook of the first version has no
     * language in its metadata and was English.
     */
    public static Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return language;
            }
        }
        return EN;
    }
}
