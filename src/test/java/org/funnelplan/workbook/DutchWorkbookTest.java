package org.funnelplan.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.testutil.PdfPages;
import org.funnelplan.contract.Language;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.Plan;
import org.funnelplan.model.RandomTeams;
import org.funnelplan.model.SeedFunnel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Dutch plan speaks Dutch to people and is the same plan to formulas and the re-import. */
class DutchWorkbookTest {
    @TempDir
    Path dir;

    @Test
    void bothLanguagesHaveEveryLabelAndTheSameLists() {
        Labels en = Labels.of(Language.EN);
        Labels nl = Labels.of(Language.NL);
        ResourceBundle english = ResourceBundle.getBundle("org.funnelplan.workbook.labels", java.util.Locale.ROOT);
        List<String> keys = Collections.list(english.getKeys());
        List<String> untranslated = new ArrayList<>();
        for (String key : keys) {
            if (en.list(key).length != nl.list(key).length) {
                untranslated.add(key + " has another number of items");
            }
        }
        ResourceBundle dutchOnly = ResourceBundle.getBundle("org.funnelplan.workbook.labels", java.util.Locale.forLanguageTag("nl"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> dutchKeys = new ArrayList<>(dutchOnly.keySet());
        dutchKeys.removeIf(k -> !dutchOnlyHas(k));
        assertEquals(List.of(), untranslated);
        assertEquals(keys.stream().sorted().toList(), dutchKeys.stream().sorted().toList(), "labels_nl.properties gives every key");
        assertEquals(12, nl.months().length);
    }

    /** Keys written in the Dutch file itself, not inherited from the English one. */
    private static boolean dutchOnlyHas(String key) {
        try (InputStream in = Labels.class.getResourceAsStream("labels_nl.properties")) {
            java.util.Properties own = new java.util.Properties();
            own.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return own.containsKey(key);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void dutchPlanHasDutchSheetsAndLabelsAndExactlyTheNamesAndValuesOfTheEnglishOne() throws IOException {
        LibreOffice.assumeAvailable();
        Plan plan = FunnelPlanner.plan(RandomTeams.inputs(7));
        WorkbookOptions english = WorkbookOptions.defaults();
        Path en = write(plan, english, "en.xlsx");
        Path nl = write(plan, english.withLanguage(Language.NL), "nl.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(nl))) {
            assertEquals("Overzicht", workbook.getSheetName(0));
            assertEquals("Aannames", workbook.getSheetName(1));
            assertEquals("New-businessplan 2027", workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            String rep = PlanWorkbook.repSheetNames(plan, Language.NL).get(0);
            assertEquals("Te winnen nieuwe klanten", workbook.getSheet(rep).getRow(RepSheetLayout.NEW_CUSTOMERS).getCell(0).getStringCellValue());
            assertEquals("Slagingskans", workbook.getSheet(rep).getRow(RepSheetLayout.FUNNEL_HEADER)
                    .getCell(RepSheetLayout.WIN_PROBABILITY).getStringCellValue());
            assertTrue(workbook.getSheet(rep).getDataValidations().stream()
                    .anyMatch(v -> "Typ een geheel getal van 0 of meer.".equals(v.getErrorBoxText())), "Dutch validation messages");
            assertEquals("New-businessplan 2027", workbook.getProperties().getCoreProperties().getTitle());
        }
        Map<String, List<Object>> englishNames = WorkbookNames.read(LibreOffice.recalculate(en, dir.resolve("lo-en")));
        Map<String, List<Object>> dutchNames = WorkbookNames.read(LibreOffice.recalculate(nl, dir.resolve("lo-nl")));
        assertEquals(englishNames, dutchNames);
    }

    @Test
    void aDutchRepSheetPrintsOnTwoLandscapePagesEachUnderItsTitle() throws IOException {
        LibreOffice.assumeAvailable();
        Plan plan = SeedFunnel.plan();
        Path file = dir.resolve("rep.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            PerRepWorkbook.write(plan, 0, WorkbookOptions.defaults().withLanguage(Language.NL), out);
        }
        // Print only the rep's sheet: hide the others, as a rep printing their own page would.
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook) {
            int rep = workbook.getSheetIndex("Rep X");
            workbook.setActiveSheet(rep);
            workbook.setFirstVisibleTab(rep);
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (i != rep && workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                    workbook.setSheetVisibility(i, SheetVisibility.HIDDEN);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        // Not one page: at 8 pt and more the targets and funnel fill one, the months and charts another.
        PdfPages pdf = PdfPages.read(LibreOffice.convert(file, dir.resolve("pdf"), "pdf"));
        assertEquals(2, pdf.pages().size(), "pages of the rep sheet");
        for (String page : pdf.pages()) {
            assertTrue(page.lines().anyMatch(line -> line.strip().equals("New-businessplan " + plan.year() + " — Rep X")
                    && !line.startsWith("     ")), "the title row on every page:\n" + page);
        }
        assertTrue(pdf.pages().get(0).contains("Slagingskans"), pdf.pages().get(0));
        // LibreOffice here runs in English: the Dutch locale in the formats keeps the figures Dutch.
        assertTrue(pdf.pages().get(0).contains("€ 5.000") && pdf.pages().get(0).contains("€ 20.000")
                && pdf.pages().get(0).contains("50,0%"), pdf.pages().get(0));
        assertTrue(pdf.pages().get(1).contains("Seizoensgewicht"), pdf.pages().get(1));
        assertTrue(pdf.texts().stream().allMatch(t -> t.size() >= 8), "no text under 8 pt");
    }

    /** Every number format of a Dutch plan is in the Dutch locale; an English plan's carry none. */
    @Test
    void aDutchPlansNumberFormatsCarryTheDutchLocale() throws IOException {
        Plan plan = SeedFunnel.plan();
        for (Language language : Language.values()) {
            Path file = write(plan, WorkbookOptions.defaults().withLanguage(language), language + ".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
                List<String> codes = new ArrayList<>(workbook.getStylesSource().getNumberFormats().values());
                codes.removeIf(code -> code.contains("WAAR") || code.contains("TRUE") || code.equals("@"));
                assertTrue(codes.size() >= 3, codes.toString());
                for (String code : codes) {
                    assertEquals(language == Language.NL, code.startsWith("[$-413]"), language + ": " + code);
                }
            }
        }
    }

    private Path write(Plan plan, WorkbookOptions options, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            PlanWorkbook.write(plan, options, out);
        }
        return file;
    }
}
