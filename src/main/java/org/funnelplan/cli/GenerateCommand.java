package org.funnelplan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.funnelplan.contract.Language;
import org.funnelplan.csv.CampaignsReader;
import org.funnelplan.csv.HistoryReader;
import org.funnelplan.csv.LeadsReader;
import org.funnelplan.csv.SeasonalityReader;
import org.funnelplan.csv.TargetsReader;
import org.funnelplan.model.FunnelHistory;
import org.funnelplan.model.FunnelPlanner;
import org.funnelplan.model.HistoryCoverage;
import org.funnelplan.model.MarketingPlan;
import org.funnelplan.model.Plan;
import org.funnelplan.model.PlanInputs;
import org.funnelplan.model.RepPlan;
import org.funnelplan.model.RepTarget;
import org.funnelplan.model.Seasonality;
import org.funnelplan.workbook.PerRepWorkbook;
import org.funnelplan.workbook.PlanWorkbook;
import org.funnelplan.workbook.RepFileNames;
import org.funnelplan.workbook.WorkbookOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code generate}: targets and history in, the plan workbook out. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the new-business plan workbook from rep targets and funnel history.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--targets", required = true, paramLabel = "FILE", description = "Rep targets CSV.")
    Path targets;

    @Option(names = "--history", required = true, paramLabel = "FILE",
            description = "Funnel history CSV (long format). Give it once per file to pool several, e.g. last year's and this year's.")
    List<Path> history;

    @Option(names = "--seasonality", paramLabel = "FILE", description = "Month weights CSV, team-wide or per rep (default: even).")
    Path seasonality;

    @Option(names = "--leads", paramLabel = "FILE", description = "Marketing's leads CSV: adds the lead sheet.")
    Path leads;

    @Option(names = "--campaigns", paramLabel = "FILE", description = "Marketing's campaigns CSV: adds the campaign sheet.")
    Path campaigns;

    @Option(names = "--year", paramLabel = "YYYY", description = "Plan year (default: next calendar year).")
    Integer year;

    @Option(names = "--handover", paramLabel = "STAGE", description = "First stage owned by sales (default: the second stage).")
    String handover;

    @Option(names = "--prior-weight", paramLabel = "K", defaultValue = "20",
            description = "How many items of team history a rep's own history is weighed against (default: ${DEFAULT-VALUE}).")
    double priorWeight;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "Language of sheet names, labels and notes (default: ${DEFAULT-VALUE}); the defined names are the same in both.")
    Language language;

    @Option(names = "--company", paramLabel = "NAME", description = "Company named in the workbook's document properties.")
    String company;

    @Option(names = "--password", paramLabel = "TEXT", description = "Protect rep sheets with this password (default: protected without one).")
    String password;

    @Option(names = "--per-rep", paramLabel = "DIR",
            description = "Also write one workbook per rep into DIR (made if missing), to hand out: same plan id and names, no other rep inside.")
    Path perRep;

    @Option(names = "--out", required = true, paramLabel = "PLAN.xlsx", description = "The workbook to write.")
    Path out;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        int planYear = checkUsage();
        List<Path> inputs = new ArrayList<>(java.util.Arrays.asList(targets, seasonality, leads, campaigns));
        inputs.addAll(history);
        SafeOutput.check(out, inputs, common.force);
        List<String> warnings = new ArrayList<>();
        PlanSummary summary = new PlanSummary(ConsoleWords.of(language));
        Plan plan = plan(planYear, warnings, summary);
        MarketingPlan marketing = MarketingPlan.of(plan, leads == null ? null : LeadsReader.read(leads, warnings),
                campaigns == null ? null : CampaignsReader.read(campaigns, warnings));
        // Refuse an output in the way before warning about the plan: the error is what the user must act on.
        List<SafeOutput.Output> outputs = outputs(marketing, inputs);
        warnings.forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        SafeOutput.writeAll(outputs);
        summarise(marketing, summary);
        return Main.OK;
    }

    /** What the command line alone can get wrong, refused before any file is read. */
    private int checkUsage() {
        if (priorWeight < 0 || Double.isNaN(priorWeight) || Double.isInfinite(priorWeight)) {
            throw new UsageException("--prior-weight must be a number of 0 or more, not " + priorWeight);
        }
        int planYear = year != null ? year : LocalDate.now().getYear() + 1;
        if (planYear < 1900 || planYear > 9999) {
            throw new UsageException("--year must be a four-digit year, not " + planYear);
        }
        java.util.Set<Path> histories = new java.util.HashSet<>();
        for (Path file : history) {
            if (!histories.add(file.toAbsolutePath().normalize())) {
                throw new UsageException("--history %s is given twice; give each history file once".formatted(file));
            }
        }
        if (perRep != null && Files.exists(perRep) && !Files.isDirectory(perRep)) {
            throw new UsageException("--per-rep %s is a file; name a folder".formatted(perRep));
        }
        if (perRep != null && perRep.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            throw new UsageException("--per-rep %s is also --out; name a folder for the reps' workbooks".formatted(perRep));
        }
        return planYear;
    }

    /** The master plan, and with --per-rep one workbook per rep, written together or not at all. */
    private List<SafeOutput.Output> outputs(MarketingPlan marketing, List<Path> inputs) {
        Plan plan = marketing.plan();
        WorkbookOptions options = WorkbookOptions.defaults().withPassword(password).withLanguage(language).withCompany(company);
        List<SafeOutput.Output> outputs = new ArrayList<>();
        outputs.add(new SafeOutput.Output(out, stream -> PlanWorkbook.write(marketing, options, stream)));
        if (perRep == null) {
            return outputs;
        }
        List<String> files = RepFileNames.of(plan.reps().stream().map(RepPlan::rep).toList());
        for (int i = 0; i < files.size(); i++) {
            Path file = perRep.resolve(files.get(i));
            SafeOutput.check(file, inputs, common.force);
            if (file.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new UsageException("--out %s is also the per-rep workbook of %s; choose another --out or --per-rep"
                        .formatted(out, plan.reps().get(i).rep()));
            }
            int rep = i;
            outputs.add(new SafeOutput.Output(file, stream -> PerRepWorkbook.write(plan, rep, options, stream)));
        }
        return outputs;
    }

    private void summarise(MarketingPlan marketing, PlanSummary summary) {
        var console = spec.commandLine().getOut();
        summary.lines(marketing, out).forEach(console::println);
        if (perRep != null) {
            console.println(ConsoleWords.of(language).format("summary.perRep", marketing.plan().reps().size(), perRep));
        }
        console.flush();
    }

    private Plan plan(int planYear, List<String> warnings, PlanSummary summary) {
        List<RepTarget> repTargets = TargetsReader.read(targets, warnings);
        FunnelHistory funnelHistory = HistoryReader.read(history, warnings);
        Seasonality season = seasonality == null ? null : SeasonalityReader.read(seasonality, warnings);
        Plan plan = FunnelPlanner.plan(new PlanInputs(planYear, targets.toString(), repTargets, funnelHistory, season,
                handover, priorWeight));
        warnings.addAll(plan.warnings());
        warnings.addAll(summary.coverageWarnings(HistoryCoverage.of(repTargets, funnelHistory), funnelHistory.source(), targets));
        return plan;
    }
}
