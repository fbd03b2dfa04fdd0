package org.funnelplan.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.funnelplan.crm.ConversionReport;
import org.funnelplan.crm.CrmHistory;
import org.funnelplan.crm.CrmProblems;
import org.funnelplan.crm.DateOrder;
import org.funnelplan.crm.FromCrm;
import org.funnelplan.crm.Period;
import org.funnelplan.crm.StageMap;
import org.funnelplan.csv.CsvFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code from-crm}: CRM exports in, the history CSV that {@code generate} reads out (or a draft stage map). */
@Command(name = "from-crm", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turn CRM exports into the history CSV that 'generate --history' reads.",
            "Reads a HubSpot deals export, a Pipedrive deals export, a Salesforce opportunity history report or a stage log"
                + " (item,rep,stage,date); the format is found from the header.",
            "  1. from-crm deals.csv --list-stages --out stages.csv",
            "  2. edit stages.csv: a plan stage per CRM stage (top first, won last), or lost, or ignore",
            "  3. from-crm deals.csv --stages stages.csv --out history.csv",
            "Only won and lost items count; open ones are left out."})
final class FromCrmCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "EXPORT.csv", description = "CRM exports; several are pooled.")
    List<Path> exports;

    @Option(names = "--stages", paramLabel = "MAP.csv", description = "The stage map: crm_stage,stage (stage may be lost or ignore).")
    Path stages;

    @Option(names = "--list-stages", description = "Write a draft stage map instead: every CRM stage found, with the items that entered it.")
    boolean listStages;

    @Option(names = "--out", paramLabel = "FILE", description = "The history CSV to write (with --list-stages: the draft map; default: the console).")
    Path out;

    @Option(names = "--period", paramLabel = "year|quarter", defaultValue = "year",
            description = "Count each item in the year or quarter of its first stage date (default: ${DEFAULT-VALUE}).")
    Period period;

    @Option(names = "--pipeline", paramLabel = "NAME", description = "The pipeline to read, when the export has several.")
    String pipeline;

    @Option(names = "--date-order", paramLabel = "dmy|mdy",
            description = "Read dates such as 03/04/2025 day first (dmy) or month first (mdy); default: what the file shows.")
    DateOrder dateOrder;

    @Option(names = "--csv-format", paramLabel = "comma|semicolon", defaultValue = "comma",
            description = "comma: ',' and decimal points; semicolon: ';', decimal commas and a BOM, as Dutch Excel reads (default: ${DEFAULT-VALUE}).")
    CsvFormat csvFormat;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        if (listStages && stages != null) {
            throw new UsageException("give --stages MAP.csv to convert, or --list-stages to draft a map, not both");
        }
        if (!listStages && stages == null) {
            throw new UsageException("give --stages MAP.csv (draft one with --list-stages --out MAP.csv)");
        }
        if (!listStages && out == null) {
            throw new UsageException("give --out HISTORY.csv");
        }
        List<Path> inputs = new ArrayList<>(exports);
        inputs.add(stages);
        if (out != null) {
            SafeOutput.check(out, inputs, common.force);
        }
        FromCrm.Options options = new FromCrm.Options(exports, pipeline, dateOrder, period);
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return listStages ? draft(options, console, err) : convert(options, console, err);
        } catch (CrmProblems problems) {
            problems.messages().forEach(message -> err.println("error: " + DataErrors.oneLine(message)));
            return Main.BAD_DATA;
        }
    }

    private int convert(FromCrm.Options options, PrintWriter console, PrintWriter err) throws Exception {
        List<String> warnings = new ArrayList<>();
        StageMap map = StageMap.read(stages, warnings);
        FromCrm.Converted converted = FromCrm.history(options, map, warnings);
        converted.warnings().forEach(w -> err.println("warning: " + w));
        CrmHistory history = converted.history();
        SafeOutput.write(out, stream -> history.write(stream, csvFormat));
        ConversionReport.summary(converted).forEach(console::println);
        console.printf("wrote %s: %,d rows, stages %s%n", out, history.rows().size(), String.join(" -> ", history.funnel()));
        return Main.OK;
    }

    private int draft(FromCrm.Options options, PrintWriter console, PrintWriter err) throws Exception {
        FromCrm.Drafted drafted = FromCrm.draft(options);
        drafted.warnings().forEach(w -> err.println("warning: " + w));
        if (pipeline == null && drafted.map().pipelines().size() > 1) {
            err.println(("warning: the export has %d pipelines (%s), each a funnel of its own: list one pipeline's stages with"
                    + " --pipeline NAME; converting needs it too").formatted(drafted.map().pipelines().size(),
                    String.join(", ", drafted.map().pipelines())));
        }
        String next = "map each CRM stage to a plan stage (top first, the last one won), lost or ignore; then: from-crm "
                + String.join(" ", exports.stream().map(FromCrmCommand::quoted).toList())
                + (pipeline == null ? "" : " --pipeline " + quoted(pipeline)) + " --stages " + (out == null ? "MAP.csv" : quoted(out.toString()))
                + " --out history.csv";
        if (out == null) {
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            drafted.map().write(csv, csvFormat);
            console.print(csv.toString(StandardCharsets.UTF_8));
            console.flush();
            ConversionReport.summary(drafted).forEach(err::println);
            err.println(next);
            return Main.OK;
        }
        SafeOutput.write(out, stream -> drafted.map().write(stream, csvFormat));
        ConversionReport.summary(drafted).forEach(console::println);
        console.printf("wrote %s: %s%n", out, next);
        return Main.OK;
    }

    /** A path or name as typed on a command line: in quotes when it holds a space. */
    private static String quoted(Object text) {
        String value = text.toString();
        return value.contains(" ") ? '"' + value + '"' : value;
    }
}
