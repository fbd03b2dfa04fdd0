package org.funnelplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.funnelplan.cli.Main;
import org.funnelplan.testutil.LibreOffice;
import org.funnelplan.testutil.LibreOfficeTypist;
import org.funnelplan.testutil.PdfPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of workbook funnelplan writes is printed as a director prints it: {@code soffice
 * --convert-to pdf} with LibreOffice's own settings (no recalculation on load), and the pages are
 * read back as text. On every page: the sheet's title rows (or, for a part printed on pages of its
 * own, its first row) and the page header; every heading, label and note whole, none split inside a
 * word nor cut off at the page's edge; no number running into the text beside it; no text under 8 pt.
 */
class PrintedPagesTest {
    private static final Pattern NUMBER_INTO_WORD = Pattern.compile("\\d[\\d.,]*%?\\p{L}{2,}");
    private static final String PUNCTUATION = "()[],.:;\"'•";

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOfficeAndPoppler() {
        LibreOffice.assumeAvailable();
        PdfPages.assumeAvailable();
    }

    static Stream<Arguments> workbooks() {
        return Stream.of(
                Arguments.of("the seed plan, no leads", "seed", "en"),
                Arguments.of("the team plan with leads and campaigns", "team", "en"),
                Arguments.of("the team plan without leads", "team-without-leads", "en"),
                Arguments.of("a rep's own workbook", "per-rep", "en"),
                Arguments.of("the Dutch plan with leads and campaigns", "team", "nl"),
                Arguments.of("a Dutch rep's own workbook", "per-rep", "nl"),
                Arguments.of("the variance report", "variance", "en"));
    }

    @ParameterizedTest(name = "{0} ({2})")
    @MethodSource("workbooks")
    void everyPageHasItsTitleAndWholeReadableText(String label, String kind, String lang) throws IOException {
        Path workbook = workbook(kind, lang);
        Path pdf = LibreOffice.convertWithDefaults(workbook, dir.resolve("pdf"), "pdf");
        PdfPages pages = PdfPages.read(pdf);
        List<PrintedSheet> sheets = PrintedSheet.of(workbook);
        assertTrue(pages.pages().size() >= sheets.size(), pages.pages().size() + " pages for " + sheets.size() + " sheets");

        List<List<String>> pagesOfSheet = pagesBySheet(pages.pages(), sheets);
        for (int s = 0; s < sheets.size(); s++) {
            PrintedSheet sheet = sheets.get(s);
            Set<String> tokens = new HashSet<>();
            for (String page : pagesOfSheet.get(s)) {
                assertTrue(page.contains(sheet.pageHeader), sheet.name + ": no page header '" + sheet.pageHeader + "' on\n" + page);
                Set<String> onPage = tokens(page);
                tokens.addAll(onPage);
                noWordSplitAcrossLines(sheet, onPage, page);
                for (String token : page.split("\\s+")) {
                    assertTrue(!NUMBER_INTO_WORD.matcher(token).matches(), sheet.name + ": a number runs into a word: '" + token + "' on\n" + page);
                }
            }
            for (String text : sheet.texts) {
                for (String word : words(text)) {
                    assertTrue(tokens.contains(word), sheet.name + ": '" + word + "' of '" + text + "' is not on its printed pages (cut off or split)");
                }
            }
        }
        List<PdfPages.Text> small = pages.texts().stream().filter(t -> t.size() < 7.99).toList();
        assertEquals(List.of(), small, "text under 8 pt");
    }

    /** A director types marketing's figure: the aligned cell turns from green TRUE to red FALSE, in print too. */
    @Test
    void theAlignmentCellPrintsGreenWhenTheTargetsAgreeAndRedWhenNot() throws IOException {
        LibreOfficeTypist.assumeAvailable();
        Path plan = workbook("seed", "en");
        Path typed = LibreOfficeTypist.open(plan).set(null, "Marketing_Margin_Target", 0, 12_345).saveAs(dir.resolve("typed").resolve("seed.xlsx"));
        assertEquals(0xC6EFCE, colourBeside(LibreOffice.convertWithDefaults(plan, dir.resolve("green"), "pdf"), "TRUE"), "aligned: green");
        assertEquals(0xF8CBAD, colourBeside(LibreOffice.convertWithDefaults(typed, dir.resolve("red"), "pdf"), "FALSE"), "not aligned: red");
    }

    /** The fill behind the text {@code text} on the first page. */
    private static int colourBeside(Path pdf, String text) {
        PdfPages pages = PdfPages.read(pdf);
        PdfPages.Text cell = pages.texts().stream().filter(t -> t.page() == 1 && t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' on page 1:\n" + pages.pages().get(0)));
        return pages.background(cell);
    }

    /** A heading wrapped inside a word leaves a piece and the rest of it on the page ("Slagingska", "ns"). */
    private static void noWordSplitAcrossLines(PrintedSheet sheet, Set<String> onPage, String page) {
        for (String heading : sheet.headings) {
            for (String word : words(heading)) {
                for (int cut = 2; cut < word.length() - 1; cut++) {
                    String head = word.substring(0, cut);
                    String rest = word.substring(cut);
                    assertTrue(!(onPage.contains(head) && onPage.contains(rest) && !sheet.allWords.contains(head)),
                            sheet.name + ": heading '" + heading + "' split as '" + head + "|" + rest + "' on\n" + page);
                }
            }
        }
    }

    /** Walks the pages in order: a page belongs to the first sheet, from the current one on, whose title rows it shows. */
    private static List<List<String>> pagesBySheet(List<String> pages, List<PrintedSheet> sheets) {
        List<List<String>> bySheet = new ArrayList<>();
        sheets.forEach(s -> bySheet.add(new ArrayList<>()));
        int current = 0;
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            int found = -1;
            for (int s = current; s < sheets.size() && found < 0; s++) {
                if (sheets.get(s).showsTitle(page)) {
                    found = s;
                }
            }
            assertTrue(found >= 0, "page " + (p + 1) + " shows no title row of " + sheets.get(current).name
                    + " or a later sheet:\n" + page);
            bySheet.get(found).add(page);
            current = found;
        }
        for (int s = 0; s < sheets.size(); s++) {
            assertTrue(!bySheet.get(s).isEmpty(), "sheet " + sheets.get(s).name + " printed no page");
        }
        return bySheet;
    }

    /** Words as printed; a line may break after a hyphen or a dash ("in-|year", "Jan–|Dec"), so the parts count as words too. */
    private static Set<String> tokens(String page) {
        Set<String> tokens = new HashSet<>();
        for (String token : page.split("\\s+|(?<=[-\u2013])")) {
            String word = strip(token);
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.split("\\s+|(?<=[-\u2013])")) {
            String word = strip(token);
            if (!word.isEmpty() && word.chars().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String strip(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && PUNCTUATION.indexOf(token.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && PUNCTUATION.indexOf(token.charAt(to - 1)) >= 0) {
            to--;
        }
        return token.substring(from, to);
    }

    /** Writes the workbook of a kind through the launcher, as a director does. */
    private Path workbook(String kind, String lang) throws IOException {
        Path out = dir.resolve(kind + "-" + lang).resolve("plan.xlsx");
        Files.createDirectories(out.getParent());
        String samples = lang.equals("nl") ? "samples/nl/" : "samples/team/";
        List<String> args = new ArrayList<>(List.of("generate", "--year", "2027", "--lang", lang, "--out", out.toString()));
        switch (kind) {
            case "seed" -> args.addAll(List.of("--targets", "samples/seed/targets.csv", "--history", "samples/seed/history.csv"));
            case "team-without-leads", "per-rep", "variance" -> args.addAll(List.of("--targets", samples + "targets.csv", "--history",
                    samples + "history.csv", "--seasonality", samples + "seasonality.csv", "--per-rep", out.resolveSibling("reps").toString()));
            case "team" -> args.addAll(List.of("--targets", samples + "targets.csv", "--history", samples + "history.csv",
                    "--seasonality", samples + "seasonality.csv", "--leads", samples + "leads.csv", "--campaigns", samples + "campaigns.csv"));
            default -> throw new IllegalArgumentException(kind);
        }
        run(args.toArray(String[]::new));
        return switch (kind) {
            case "per-rep" -> {
                try (Stream<Path> reps = Files.list(out.resolveSibling("reps"))) {
                    yield reps.sorted().findFirst().orElseThrow();
                }
            }
            case "variance" -> {
                Path report = out.resolveSibling("variance.xlsx");
                run("variance", out.toString(), "--month", "5", "--out", report.toString());
                yield report;
            }
            default -> out;
        };
    }

    private static void run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, exit, String.join(" ", args) + "\n" + err);
    }

    /** What a sheet must show when printed, read from the workbook. */
    private static final class PrintedSheet {
        final String name;
        final String pageHeader;
        /** The texts of the first title row, and of the first row of each print area; a text that wraps is marked "\n" at the end. */
        final List<List<String>> titles = new ArrayList<>();
        /** Headings, labels and notes (bold, italic or wrapped text): each must print whole. */
        final Set<String> texts = new LinkedHashSet<>();
        /** Texts that wrap: a break inside one of their words is a split heading. */
        final Set<String> headings = new LinkedHashSet<>();
        /** Every word of the sheet's texts: a piece of a heading that is a word of its own is no split. */
        final Set<String> allWords = new HashSet<>();

        private PrintedSheet(Workbook workbook, int index) {
            Sheet sheet = workbook.getSheetAt(index);
            name = sheet.getSheetName();
            pageHeader = sheet.getHeader().getCenter().replace("&&", "&");
            List<Integer> firstRows = new ArrayList<>();
            for (Name defined : workbook.getAllNames()) {
                if (defined.getSheetIndex() != index) {
                    continue;
                }
                for (String part : defined.getRefersToFormula().split(",")) {
                    String ref = part.substring(part.lastIndexOf('!') + 1).replace("$", "");
                    if (defined.getNameName().equals("_xlnm.Print_Titles") && ref.matches("\\d+:\\d+")) {
                        firstRows.add(Integer.parseInt(ref.split(":")[0]) - 1);
                    } else if (defined.getNameName().equals("_xlnm.Print_Area")) {
                        firstRows.add(new CellReference(ref.split(":")[0]).getRow());
                    }
                }
            }
            for (int row : firstRows) {
                List<String> title = new ArrayList<>();
                Row cells = sheet.getRow(row);
                if (cells != null) {
                    cells.forEach(cell -> {
                        String text = text(cell);
                        if (!text.isBlank()) {
                            title.add(cell.getCellStyle().getWrapText() ? text + "\n" : text);
                        }
                    });
                }
                if (!title.isEmpty()) {
                    titles.add(title);
                }
            }
            assertTrue(!titles.isEmpty(), name + " repeats no title row");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String text = text(cell);
                    if (text.isBlank() || !(cell.getCellStyle() instanceof XSSFCellStyle style)) {
                        continue;
                    }
                    allWords.addAll(words(text));
                    if (style.getWrapText()) {
                        headings.add(text);
                    }
                    if (style.getWrapText() || style.getFont().getBold() || style.getFont().getItalic()) {
                        texts.add(text);
                    }
                }
            }
        }

        static List<PrintedSheet> of(Path file) throws IOException {
            List<PrintedSheet> sheets = new ArrayList<>();
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    if (workbook.getSheetVisibility(i) == SheetVisibility.VISIBLE) {
                        sheets.add(new PrintedSheet(workbook, i));
                    }
                }
            }
            return sheets;
        }

        /**
         * One of its title rows is on the page: a text on one line as it is (twice when the page header
         * says it too), a heading that wraps word by word.
         */
        boolean showsTitle(String page) {
            Set<String> tokens = tokens(page);
            return page.contains(pageHeader) && titles.stream().anyMatch(title -> title.stream().allMatch(text -> text.endsWith("\n")
                    ? tokens.containsAll(words(text.strip()))
                    : occurrences(page, text) > occurrences(pageHeader, text)));
        }

        private static int occurrences(String text, String part) {
            int count = 0;
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
                count++;
            }
            return count;
        }

        private static String text(Cell cell) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            return type == CellType.STRING ? cell.getStringCellValue() : "";
        }
    }
}
