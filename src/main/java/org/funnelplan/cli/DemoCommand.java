package org.funnelplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;


import org.funnelplan.contract.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: the plan of the bundled sample team, to see what funnelplan makes. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a plan from the bundled sample team (targets, history, seasonality, leads, campaigns).")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE_TEAM = "team";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "funnelplan-demo.xlsx",
            description = "The workbook to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "en: the sample team in English; nl: the Dutch sample set (samples/nl) in a Dutch workbook.")
    Language language;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        Path samples = BundledFiles.extract("samples/" + (language == Language.NL ? "nl" : SAMPLE_TEAM), "targets.csv", "history.csv", "seasonality.csv",
                "leads.csv", "campaigns.csv");
        GenerateCommand generate = new GenerateCommand();
        generate.spec = spec;
        generate.targets = samples.resolve("targets.csv");
        generate.history = List.of(samples.resolve("history.csv"));
        generate.seasonality = samples.resolve("seasonality.csv");
        generate.leads = samples.resolve("leads.csv");
        generate.campaigns = samples.resolve("campaigns.csv");
        generate.priorWeight = 20;
        generate.language = language;
        generate.out = out;
        generate.common = common;
        return generate.call();
    }
}
