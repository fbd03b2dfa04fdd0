package org.funnelplan.workbook;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.PrintSetup;

/**
 * How every sheet prints: A4 landscape, as wide as the page, with the plan in the header and the
 * page number and generation date in the footer. A rep's sheet fits on one page.
 */
final class PrintPages {
    private PrintPages() {
    }

    /** In a page header & starts a code (&D is the date): a rep called R&D needs &&. Excel allows 255 characters. */
    static String headerText(String text) {
        String escaped = text.replace("&", "&&");
        return escaped.length() <= 250 ? escaped : RepFileNames.cut(escaped, 249).replaceAll("&$", "") + "…";
    }

    static void landscape(SheetWriter out, String header, boolean onePage) {
        PrintSetup print = out.sheet().getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) (onePage ? 1 : 0));
        out.sheet().setFitToPage(true);
        Labels words = out.labels();
        out.sheet().getHeader().setCenter(headerText(header));
        out.sheet().getFooter().setLeft(words.format("print.generated", LocalDate.now()));
        out.sheet().getFooter().setRight(words.get("print.page"));
    }
}
