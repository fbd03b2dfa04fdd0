package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.testutil.OoxmlValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input too big for Excel or for Java's heap ends in one {@code error:} line naming the file (and
 * the line) and the limit, exit 1, no stack trace and nothing written. The heap cases run in a JVM
 * of their own with 128 MB, the inputs made here: a million target rows, reps and leads that fit
 * apart but not together, more leads than the heap holds.
 */
class TooBigInputTest {
    private static final String HEAP = "128m";
    private static final String[] STAGES = {"lead", "contacted", "visited", "quoted", "won"};

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void plan() {
        out = dir.resolve("plan.xlsx");
    }

    @Test
    void aMillionTargetRowsStopAtTheFirstRepThatDoesNotFitInASmallHeap() throws Exception {
        Path targets = targets(1_000_000);
        Path history = history(10);
        ForkedRun run = ForkedRun.of(HEAP, dir, "generate", "--targets", targets.toString(), "--history", history.toString(),
                "--out", out.toString());
        assertRefused(run.exitCode(), run.err(), run.saysOneError());
        assertTrue(Pattern.compile("targets\\.csv line [0-9]+: more reps than fit: a 128 MB Java heap writes the sheets of at most"
                + " [0-9,]+ reps; start Java with more memory").matcher(run.err()).find(), run.err());
    }

    @Test
    void repsAndLeadsThatFitApartButNotTogetherStopBeforeTheWorkbookIsWritten() throws Exception {
        Path targets = targets(600);
        Path history = history(600);
        Path leads = leads(130_000, 600);
        ForkedRun run = ForkedRun.of(HEAP, dir, "generate", "--targets", targets.toString(), "--history", history.toString(),
                "--leads", leads.toString(), "--out", out.toString());
        assertRefused(run.exitCode(), run.err(), run.saysOneError());
        assertTrue(Pattern.compile("leads\\.csv: 600 reps with 5 stages need about [0-9]+ MB of Java heap to write their sheets"
                + " beside the 130,000 leads already read, more than the [0-9]+ MB a 128 MB Java heap has left for them")
                .matcher(run.err()).find(), run.err());
    }

    @Test
    void moreLeadsThanTheHeapHoldsStopAtTheLineWhereTheyStopFitting() throws Exception {
        Path leads = leads(300_000, 1);
        ForkedRun run = ForkedRun.of(HEAP, dir, "generate", "--targets", seed("targets.csv").toString(), "--history",
                seed("history.csv").toString(), "--leads", leads.toString(), "--out", out.toString());
        assertRefused(run.exitCode(), run.err(), run.saysOneError());
        assertTrue(Pattern.compile("leads\\.csv line [0-9]+: more leads than fit: the [0-9,]+ leads before this one fill the"
                + " [0-9]+ MB a 128 MB Java heap has for the plan").matcher(run.err()).find(), run.err());
    }

    @Test
    void moreLeadsThanExcelHasRowsStopAtTheLineThatWouldPassTheLastRow() throws IOException {
        Path leads = dir.resolve("leads.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(leads, StandardCharsets.UTF_8)) {
            csv.write("organisation\n");
            for (int i = 0; i < 1_048_580; i++) {
                csv.write("a\n");
            }
        }
        CommandLineRun run = generate("--leads", leads.toString());
        assertRefused(run.exitCode(), run.err(), run.saysOneError());
        assertTrue(run.err().contains("leads.csv line 1048577: more leads than Excel's 1,048,576 rows hold below the table's header"),
                run.err());
    }

    @Test
    void moreColumnsOfYourOwnThanExcelHasAreRefusedAtTheFirstLead() throws IOException {
        int columns = 16_376;
        Path leads = ownColumns(columns, 1);
        CommandLineRun run = generate("--leads", leads.toString());
        assertRefused(run.exitCode(), run.err(), run.saysOneError());
        assertTrue(run.err().contains("leads.csv line 2: the header above names 16,376 columns of your own, but Excel's 16,384"
                + " columns hold the lead table's 9 and at most 16,375 more"), run.err());
    }

    /**
     * 16,375 own columns reach XFD, 16,360 leave 15 columns after the list, one short of the
     * leads-per-month block and the empty column before it: the block takes the sheet's last 15.
     */
    @ParameterizedTest
    @ValueSource(ints = {16_360, 16_375})
    void asManyColumnsOfYourOwnAsExcelHoldsMakeATableExcelOpens(int own) throws IOException {
        Path leads = ownColumns(own, 1);
        CommandLineRun run = generate("--leads", leads.toString());
        assertEquals(0, run.exitCode(), run.err());
        OoxmlValidator.assertValid(out);
        try (java.io.InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Leads");
            XSSFTable table = sheet.getTables().get(0);
            assertEquals(9 + own, table.getColumnCount());
            assertEquals("own" + (own - 1), table.getColumns().get(8 + own).getName());
            Cell needed = cell(sheet, new CellReference(workbook.getName("Leads_Needed").getRefersToFormula()));
            Row header = monthsHeader(sheet, "Leads needed per month");
            assertTrue(header.getRowNum() < table.getStartRowIndex(), "the months block is above the lead list's rows");
            int label = 16_384 - 15;
            assertEquals("Leads needed per month", header.getCell(label).getStringCellValue(), "the block in the last fifteen columns");
            assertEquals("Needed", header.getCell(16_383).getStringCellValue(), "its last column is XFD");
            assertEquals(needed.getNumericCellValue(), sheet.getRow(header.getRowNum() + 1).getCell(16_383).getNumericCellValue(), 1e-9,
                    "the block's team total is Leads_Needed");
        }
    }

    private static Row monthsHeader(XSSFSheet sheet, String heading) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no '" + heading + "' on the lead sheet");
    }

    private static Cell cell(XSSFSheet sheet, CellReference ref) {
        return sheet.getRow(ref.getRow()).getCell(ref.getCol());
    }

    private CommandLineRun generate(String... more) throws IOException {
        Stream<String> args = Stream.concat(Stream.of("generate", "--targets", seed("targets.csv").toString(), "--history",
                seed("history.csv").toString(), "--out", out.toString()), Stream.of(more));
        return CommandLineRun.of(args.toArray(String[]::new));
    }

    private void assertRefused(int exit, String err, boolean oneError) throws IOException {
        assertEquals(1, exit, err);
        assertTrue(oneError, "one error: line, no stack trace: " + err);
        assertFalse(Files.exists(out), "nothing written");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".xlsx")).toList();
            assertEquals(List.of(), left, "no temporary file left");
        }
    }

    private static Path seed(String file) {
        return Path.of("samples/seed", file).toAbsolutePath();
    }

    private Path targets(int reps) throws IOException {
        Path file = dir.resolve("targets.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write("rep,new_customers,avg_margin\n");
            for (int r = 1; r <= reps; r++) {
                csv.write("Rep " + r + "," + (4 + r % 12) + ",5000\n");
            }
        }
        return file;
    }

    /** The first {@code reps} reps' history, the funnel halving at every stage. */
    private Path history(int reps) throws IOException {
        Path file = dir.resolve("history.csv");
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write("rep,period,stage,count,avg_days\n");
            for (int r = 1; r <= reps; r++) {
                long count = 3200;
                for (String stage : STAGES) {
                    csv.write("Rep " + r + ",2025," + stage + "," + count + ",20\n");
                    count /= 2;
                }
            }
        }
        return file;
    }

    /** Leads shaped like the benchmark's: ten columns, ids, names and a number of their own. */
    private Path leads(int leads, int reps) throws IOException {
        Path file = dir.resolve("leads.csv");
        String[] statuses = {"lead", "invited", "called", "prospect", "lost"};
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write("id,organisation,source,segment,status,owner,campaign,next_step,next_date,kvk_number\n");
            for (int l = 1; l <= leads; l++) {
                csv.write("L" + l + ",Organisatie " + l + " B.V.,Beurs,Retail," + statuses[l % statuses.length] + ",Rep " + (1 + l % reps)
                        + ",,Bellen,2026-02-05," + (10_000_000 + l) + "\n");
            }
        }
        return file;
    }

    private Path ownColumns(int columns, int rows) throws IOException {
        Path file = dir.resolve("leads.csv");
        StringBuilder header = new StringBuilder("organisation");
        StringBuilder row = new StringBuilder("Acme");
        for (int c = 0; c < columns; c++) {
            header.append(",own").append(c);
            row.append(',').append(c % 10);
        }
        try (BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            csv.write(header + "\n");
            for (int r = 0; r < rows; r++) {
                csv.write(row + "\n");
            }
        }
        return file;
    }
}
