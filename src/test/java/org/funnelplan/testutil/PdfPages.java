package org.funnelplan.testutil;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test utility: what a printed PDF shows, read with poppler-utils as a person reads the pages: the
 * text of each page as laid out ({@code pdftotext -layout}), every piece of text with its font size
 * and place ({@code pdftohtml -xml}), and the colour of a point on a page ({@code pdftoppm}).
 */
public final class PdfPages {
    private static final long TIMEOUT_SECONDS = 60;
    /** pdftohtml's zoom (it takes at most 3): sizes and places come in thirds of a point. */
    private static final int ZOOM = 3;
    private static final Pattern FONT = Pattern.compile("<fontspec id=\"(\\d+)\" size=\"(-?\\d+)\"");
    private static final Pattern PAGE = Pattern.compile("<page number=\"(\\d+)\"");
    private static final Pattern TEXT = Pattern.compile(
            "<text top=\"(-?\\d+)\" left=\"(-?\\d+)\" width=\"(\\d+)\" height=\"(\\d+)\" font=\"(\\d+)\">(.*?)</text>");

    /** A run of text on a page: where it is (points from the top left) and its font size in points. */
    public record Text(int page, double left, double top, double width, double height, double size, String text) {
    }

    private final Path pdf;
    private final List<String> pages;
    private final List<Text> texts;

    private PdfPages(Path pdf, List<String> pages, List<Text> texts) {
        this.pdf = pdf;
        this.pages = pages;
        this.texts = texts;
    }

    /**
     * Skips the calling test when poppler-utils are missing; fails it instead when the environment
     * variable {@code CI} is {@code true}.
     */
    public static void assumeAvailable() {
        for (String tool : List.of("pdftotext", "pdftohtml", "pdftoppm")) {
            if (onPath(tool)) {
                continue;
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(tool + " (poppler-utils) is required when CI=true, but it was not found on PATH;"
                        + " install it (e.g. apt-get install poppler-utils) or run .ci/run");
            }
            Assumptions.abort("poppler-utils missing: skipping this test because " + tool + " was not found on PATH"
                    + " (set CI=true to make this a failure)");
        }
    }

    public static PdfPages read(Path pdf) {
        assumeAvailable();
        String layout = run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
        List<String> pages = new ArrayList<>(List.of(layout.split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return new PdfPages(pdf, pages, texts(run("pdftohtml", "-xml", "-i", "-q", "-stdout", "-zoom", String.valueOf(ZOOM), pdf.toString())));
    }

    /** The text of each page, laid out in lines as on paper. */
    public List<String> pages() {
        return pages;
    }

    /** Every run of text, page by page (pages counted from 1). */
    public List<Text> texts() {
        return texts;
    }

    /**
     * The colour (0xRRGGBB) behind a piece of text: the most frequent one in its box, which the
     * letters cover less than half of. The page is rendered at 144 dpi, two pixels a point.
     */
    public int background(Text text) {
        return background(text, text.width());
    }

    /** As {@link #background(Text)}, over the first {@code width} points of the text only: the cell it starts in, when it runs on. */
    public int background(Text text, double width) {
        try {
            Path dir = Files.createTempDirectory("pdf page ");
            try {
                Path prefix = dir.resolve("p");
                run("pdftoppm", "-r", "144", "-f", String.valueOf(text.page()), "-l", String.valueOf(text.page()), "-png", "-singlefile",
                        pdf.toString(), prefix.toString());
                BufferedImage image = ImageIO.read(dir.resolve("p.png").toFile());
                java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
                for (int x = (int) (2 * text.left()); x < (int) (2 * (text.left() + Math.min(width, text.width()))); x++) {
                    for (int y = (int) (2 * text.top()); y < (int) (2 * (text.top() + text.height())); y++) {
                        counts.merge(image.getRGB(x, y) & 0xFFFFFF, 1, Integer::sum);
                    }
                }
                return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            } finally {
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Text> texts(String xml) {
        List<Text> texts = new ArrayList<>();
        java.util.Map<String, Double> sizes = new java.util.HashMap<>();
        int page = 0;
        for (String line : xml.split("\n")) {
            Matcher pageStart = PAGE.matcher(line);
            if (pageStart.find()) {
                page = Integer.parseInt(pageStart.group(1));
            }
            Matcher font = FONT.matcher(line);
            if (font.find()) {
                sizes.put(font.group(1), Double.parseDouble(font.group(2)) / ZOOM);
                // rounded to a third of a point: 8 pt reads as 8.0, 7.8 pt as 7.67
            }
            Matcher text = TEXT.matcher(line);
            if (text.find()) {
                texts.add(new Text(page, points(text.group(2)), points(text.group(1)), points(text.group(3)), points(text.group(4)),
                        sizes.getOrDefault(text.group(5), 0.0), unescape(text.group(6).replaceAll("<[^>]+>", ""))));
            }
        }
        return texts;
    }

    private static double points(String zoomed) {
        return Double.parseDouble(zoomed) / ZOOM;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String run(String... command) {
        try {
            Path out = Files.createTempFile("poppler", ".out");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    Assertions.fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
                }
                if (process.exitValue() != 0) {
                    Assertions.fail(String.join(" ", command) + " failed with exit " + process.exitValue());
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command[0], e);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.isExecutable(Path.of(entry.strip(), tool.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }
}
