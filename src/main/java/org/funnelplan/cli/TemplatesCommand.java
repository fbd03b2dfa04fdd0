package org.funnelplan.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;


import org.funnelplan.contract.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code templates DIR}: blank CSVs with a guide, to start a plan from. */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = "Write blank CSV templates (header and one example row) and a column guide into DIR.")
final class TemplatesCommand implements Callable<Integer> {
    static final List<String> FILES = List.of("targets.csv", "history.csv", "seasonality.csv", "leads.csv",
            "campaigns.csv", "stages.csv", "README.md");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to write the templates into (made if missing).")
    Path dir;

    @Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
            description = "en: ',' and decimal points; nl: ';', decimal commas, Dutch stage names and guide (default: ${DEFAULT-VALUE}).")
    Language language;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(dir + " is a file; name a folder");
        }
        for (String file : FILES) {
            if (Files.exists(dir.resolve(file)) && !common.force) {
                throw new UsageException("%s exists; add --force to replace it".formatted(dir.resolve(file)));
            }
        }
        Files.createDirectories(dir);
        for (String file : FILES) {
            try (InputStream in = BundledFiles.open(language == Language.NL ? "templates/nl" : "templates", file)) {
                Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        spec.commandLine().getOut().printf("wrote %d templates into %s%n", FILES.size(), dir);
        return Main.OK;
    }
}
