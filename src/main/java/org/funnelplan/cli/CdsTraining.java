package org.funnelplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's Class Data Sharing archive: {@code mvn package} runs it
 * once with {@code -XX:ArchiveClassesAtExit=target/funnelplan.jsa} (see pom.xml), and
 * {@code bin/funnelplan} maps the classes it loaded from that archive instead of reading and
 * verifying them from the jar, which was most of a small plan's start-up. One JVM runs the
 * commands a user runs most (generate with every input and {@code --per-rep}, variance of the
 * master and of the per-rep workbooks; history reads as variance does, and refuses workbooks with
 * no actuals) on the bundled sample team, so that one archive covers them. Not a user command: {@code java -cp funnelplan.jar
 * org.funnelplan.cli.CdsTraining DIR} writes into DIR and exits non-zero when a command fails.
 */
final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        Path samples = BundledFiles.extract("samples/" + DemoCommand.SAMPLE_TEAM, "targets.csv", "history.csv",
                "seasonality.csv", "leads.csv", "campaigns.csv");
        Path plan = dir.resolve("plan.xlsx");
        Path perRep = dir.resolve("per-rep");
        run("generate", "--targets", samples.resolve("targets.csv").toString(),
                "--history", samples.resolve("history.csv").toString(),
                "--seasonality", samples.resolve("seasonality.csv").toString(),
                "--leads", samples.resolve("leads.csv").toString(),
                "--campaigns", samples.resolve("campaigns.csv").toString(),
                "--per-rep", perRep.toString(), "--out", plan.toString(), "--force");
        run("variance", plan.toString(), "--month", "6", "--csv", dir.resolve("variance.csv").toString(),
                "--out", dir.resolve("variance.xlsx").toString(), "--force");
        List<String> variance = new ArrayList<>(List.of("variance"));
        try (Stream<Path> files = Files.list(perRep)) {
            files.sorted().map(Path::toString).forEach(variance::add);
        }
        variance.addAll(List.of("--csv", dir.resolve("variance-per-rep.csv").toString(), "--force"));
        run(variance.toArray(String[]::new));
    }

    /** Runs one command line in this JVM; its output is shown only when it fails. */
    private static void run(String... args) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        int exit = Main.run(out, out, args);
        if (exit != Main.OK) {
            System.err.print(text);
            System.err.println("CdsTraining: " + String.join(" ", args) + " exited with " + exit);
            System.exit(exit);
        }
    }
}
