package org.funnelplan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.funnelplan.testutil.OoxmlValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of workbook the product writes, made through the command line as a user would, opens
 * in Excel without repairs: each XML part valid against the ECMA-376 schemas and Excel's own rules
 * ({@link OoxmlValidator}).
 */
class EveryWorkbookValidatesTest {
    private static final String SEED = "samples/seed/";
    private static final String TEAM = "samples/team/";
    private static final String NL = "samples/nl/";

    @TempDir
    Path dir;

    static Stream<String> plans() {
        return Stream.of("seed", "team with leads, campaigns and per-rep workbooks", "Dutch team", "seed with leads only",
                "seed with campaigns only", "nasty names, password and per-rep workbooks", "Dutch nasty names");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyPlanAndPerRepWorkbookValidates(String kind) throws IOException {
        Path out = dir.resolve("plan.xlsx");
        Path reps = dir.resolve("reps");
        List<String> args = new ArrayList<>(List.of("generate", "--out", out.toString()));
        switch (kind) {
            case "seed" -> inputs(args, SEED, "targets", "history");
            case "team with leads, campaigns and per-rep workbooks" -> {
                inputs(args, TEAM, "targets", "history", "seasonality", "leads", "campaigns");
                args.addAll(List.of("--per-rep", reps.toString()));
            }
            case "Dutch team" -> {
                inputs(args, NL, "targets", "history", "seasonality", "leads", "campaigns");
                args.addAll(List.of("--lang", "nl", "--company", "Mijn Bedrijf B.V."));
            }
            case "seed with leads only" -> {
                inputs(args, SEED, "targets", "history");
                args.addAll(List.of("--leads", TEAM + "leads.csv"));
            }
            case "seed with campaigns only" -> {
                inputs(args, SEED, "targets", "history");
                args.addAll(List.of("--campaigns", TEAM + "campaigns.csv"));
            }
            case "nasty names, password and per-rep workbooks" -> {
                nastyInputs(args);
                args.addAll(List.of("--password", "p&ss<'\">", "--company", "A & B <Holding> 'x'", "--per-rep", reps.toString()));
            }
            case "Dutch nasty names" -> {
                nastyInputs(args);
                args.addAll(List.of("--lang", "nl", "--password", "geheim"));
            }
            default -> throw new IllegalArgumentException(kind);
        }
        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        OoxmlValidator.assertValid(out);
        if (Files.isDirectory(reps)) {
            List<Path> perRep;
            try (Stream<Path> files = Files.list(reps)) {
                perRep = files.sorted().toList();
            }
            assertTrue(perRep.size() >= 10, perRep.toString());
            for (Path workbook : perRep) {
                OoxmlValidator.assertValid(workbook);
            }
        }
    }

    @Test
    void theVarianceReportValidatesWithEveryLight() throws IOException {
        Path plan = dir.resolve("plan.xlsx");
        List<String> args = new ArrayList<>(List.of("generate", "--out", plan.toString()));
        inputs(args, TEAM, "targets", "history", "seasonality");
        assertEquals(0, CommandLineRun.of(args.toArray(String[]::new)).exitCode());
        try (XSSFWorkbook workbook = open(plan)) {
            // Jan well ahead (green), Pieter a little behind, Sanne nowhere (red)
            fill(workbook, "Jan de Vries", 400);
            fill(workbook, "Pieter Bakker", 60);
            fill(workbook, "Sanne Visser", 0);
            try (OutputStream out = Files.newOutputStream(plan)) {
                workbook.write(out);
            }
        }
        Path report = dir.resolve("variance.xlsx");
        CommandLineRun run = CommandLineRun.of("variance", plan.toString(), "--month", "1", "--out", report.toString());
        assertEquals(0, run.exitCode(), run.err());
        OoxmlValidator.assertValid(report);
        try (ZipFile zip = new ZipFile(report.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(styles.contains("FFC6EFCE") && styles.contains("FFFFC7CE"), "green and red lights in the report: " + styles);
        }
    }

    private static void inputs(List<String> args, String folder, String... kinds) {
        for (String kind : kinds) {
            args.addAll(List.of("--" + kind, folder + kind + ".csv"));
        }
    }

    /** Reps, stages, lead columns and campaigns with every character that has tripped a writer. */
    private void nastyInputs(List<String> args) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.csv"), """
                rep,team,new_customers,avg_margin,margin_target,start_month,ramp_months
                O'Brien & Sons <B.V.>,Noord & Zuid,10,5000,20000,1,0
                Maximiliaan van Oldenbarnevelt' Jr,Noord,4,3000,,3,2
                Maximiliaan van Oldenbarnevelt' Sr,Noord,2,3000,,1,0
                'Quoted',Zuid,3,2500,,1,0
                "Anna [Noord]: */?\\",Zuid,1,1000,,1,0
                😀 Emoji Rep 🚀,Zuid,2,2000,,1,0
                =1+1,Zuid,1,1000,,1,0
                "+cmd|' /C calc'!A0",Zuid,1,1000,,1,0
                @SUM(1),Zuid,1,1000,,1,0
                History,Zuid,1,1000,,1,0
                A1,Zuid,1,1000,,1,0
                R1C1,Zuid,1,1000,,1,0
                Ölçü Jansen-Van Der Berghe-Smit-Long,Zuid,1,1000,,1,0
                Ölçü Jansen-Van Der Berghe-Smit-Longer,Zuid,1,1000,,1,0
                "Tab\tand _x0041_ rep",Zuid,1,1000,,1,0
                """, StandardCharsets.UTF_8);
        Path history = Files.writeString(dir.resolve("history.csv"), """
                rep,period,stage,count,avg_days
                O'Brien & Sons <B.V.>,2025,Lead,1000,30
                O'Brien & Sons <B.V.>,2025,Contact & Call,400,20
                O'Brien & Sons <B.V.>,2025,Demo / Pilot,100,30
                O'Brien & Sons <B.V.>,2025,Offerte 'final',20,15
                O'Brien & Sons <B.V.>,2025,Won,10,
                """, StandardCharsets.UTF_8);
        Path leads = Files.writeString(dir.resolve("leads.csv"), """
                id,organisation,status,source,"kvk
                nummer",Notes & <remarks>,code_x0041_,😀 emoji,"tab\there",ID2
                =cmd|' /C calc'!A0,"O'Brien & <Sons>",lead,"Beurs ""2025""\",0123,"line
                break",_x0042_,🚀,x,007
                @SUM(A1),Acme,invited,+31 10,,,,,,
                """, StandardCharsets.UTF_8);
        Path campaigns = Files.writeString(dir.resolve("campaigns.csv"), """
                campaign,type,month,invited,response_rate,handover_rate,cost,issue
                "Seminar & <Dinner> 'O''Brien'",seminar,3,400,0.375,0.4,7500,Zakendoen in Afrika & =1+1
                =HYPERLINK(1),whitepaper,9,0,0.1,0.2,3000,
                """, StandardCharsets.UTF_8);
        args.addAll(List.of("--targets", targets.toString(), "--history", history.toString(), "--leads", leads.toString(),
                "--campaigns", campaigns.toString()));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Types {@code value} into month 1 of every Actual_*_M row of the rep's sheet, as the rep would. */
    private static void fill(XSSFWorkbook workbook, String sheet, double value) {
        int index = workbook.getSheetIndex(sheet);
        for (Name name : workbook.getAllNames()) {
            if (name.getSheetIndex() == index && name.getNameName().startsWith("Actual_") && name.getNameName().endsWith("_M")) {
                CellReference first = new AreaReference(name.getRefersToFormula(), SpreadsheetVersion.EXCEL2007).getFirstCell();
                workbook.getSheetAt(index).getRow(first.getRow()).getCell(first.getCol()).setCellValue(value);
            }
        }
    }
}
