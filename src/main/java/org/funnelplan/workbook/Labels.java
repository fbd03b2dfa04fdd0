package org.funnelplan.workbook;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.funnelplan.contract.Language;
import org.funnelplan.contract.Metadata;
import org.funnelplan.model.LeadStatus;

/**
 * The words on the sheets in the plan's language, from {@code labels.properties} (English) and
 * {@code labels_nl.properties} (Dutch). Sheet classes ask for words by key, never spell them out.
 */
final class Labels {
    private static final String BUNDLE = "org.funnelplan.workbook.labels";
    private final ResourceBundle bundle;
    private final Language language;
    private final java.util.Map<String, String[]> lists = new java.util.HashMap<>();

    private Labels(Language language) {
        this.language = language;
        // No fallback to the machine's locale: an English plan stays English on a Dutch laptop.
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.EN ? Locale.ROOT : language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static Labels of(Language language) {
        return new Labels(language);
    }

    Language language() {
        return language;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /** The text of a key with {0}, {1}… replaced by the arguments as written (no number formatting). */
    String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** A list kept in one key, separated by | (or , for the months). */
    String[] list(String key) {
        return lists.computeIfAbsent(key, k -> get(k).split(k.equals("months") ? "," : "\\|")).clone();
    }

    String[] months() {
        return list("months");
    }

    String owner(boolean marketing) {
        return get(marketing ? "owner.marketing" : "owner.sales");
    }

    String statusOwner(LeadStatus.Owner owner) {
        return get(switch (owner) {
            case MARKETING -> "owner.marketing";
            case SALES -> "owner.salesRep";
            case CLOSED -> "owner.closed";
        });
    }

    /** The hand-over agreement, one line each, as printed on the lead sheet. */
    String[] agreement(String handoverStage) {
        return new String[] {get("leads.agreement.1"), format("leads.agreement.2", handoverStage),
            get("leads.agreement.3"), get("leads.agreement.4")};
    }

    /** Names a rep's sheet must not take: the fixed sheets, and "History", which Excel reserves. */
    List<String> fixedSheets() {
        return List.of(get("sheet.overview"), get("sheet.assumptions"), get("sheet.leads"), get("sheet.campaigns"), Metadata.SHEET,
                "History");
    }
}
