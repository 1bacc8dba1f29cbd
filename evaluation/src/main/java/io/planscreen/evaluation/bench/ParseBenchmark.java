package io.planscreen.evaluation.bench;

import io.planscreen.PlanScreenApplication;
import io.planscreen.evaluation.NonWebSecurity;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.shared.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parse throughput of planscreen's PDF parser (layout, sections, tables, hidden-text signals, the guarded
 * thread) against raw PDFBox {@code PDFTextStripper} and poppler's {@code pdftotext} on the same files: a
 * generated 30-page Korean plan and a mixed folder. Reports medians and ratios to stdout and
 * {@code evaluation/reports/parse-benchmark.md}. Target: planscreen ≤ 1.3× raw PDFBox.
 *
 * <p>planscreen's side is the service's own {@link DocumentParsing} bean (OCR off), taken from its context
 * started without a web server against {@code PLANSCREEN_DB_URL} (the script provisions a scratch database).
 *
 * <p>Usage: {@code scripts/bench-parse [runs]} (default 9 measured runs per file and method, after 3 warm-up
 * rounds over every file and method and one more run of each method just before a file is measured).
 */
public final class ParseBenchmark {

    private static final int WARM_UPS = 3;

    private interface Method {
        void parse(Path file, byte[] content) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        Path reports = Path.of(args.length > 1 ? args[1] : "evaluation/reports");
        Path folder = Files.createDirectories(reports.resolve("parse-bench-files"));
        Map<String, byte[]> mixed = new LinkedHashMap<>();
        mixed.put("plan-psst-30p-ko.pdf", BenchPlans.korean(30, false, 1));
        mixed.put("plan-smtech-8p-ko.pdf", BenchPlans.korean(8, true, 2));
        mixed.put("plan-3p-en.pdf", BenchPlans.english(3, 3));
        mixed.put("plan-hidden-12p-ko.pdf", BenchPlans.withHiddenText(12, 4));
        mixed.put("plan-psst-2p-ko.pdf", BenchPlans.korean(2, false, 5));
        for (Map.Entry<String, byte[]> file : mixed.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        ConfigurableApplicationContext service = new SpringApplicationBuilder(
                        PlanScreenApplication.class, NonWebSecurity.class)
                .web(WebApplicationType.NONE)
                .profiles("local") // this machine's roles, migrations at start-up, a generated audit key
                .properties(Map.of(
                        "planscreen.parsing.ocr", "false",
                        "spring.main.banner-mode", "off",
                        "logging.level.root", "WARN"))
                .run();
        DocumentParsing planscreen = service.getBean(DocumentParsing.class);
        Map<String, Method> methods = new LinkedHashMap<>();
        methods.put("planscreen", (file, content) -> planscreen.parse(content, DocumentType.PDF));
        methods.put("pdfbox", (file, content) -> {
            try (PDDocument document = Loader.loadPDF(content)) {
                new PDFTextStripper().getText(document);
            }
        });
        methods.put("pdfbox-sorted", (file, content) -> {
            try (PDDocument document = Loader.loadPDF(content)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.getText(document);
            }
        });
        methods.put("pdftotext", (file, content) -> pdftotext(file));

        // warm every method on every file first, so no file is measured while the JIT still compiles
        for (int i = 0; i < WARM_UPS; i++) {
            for (Map.Entry<String, byte[]> file : mixed.entrySet()) {
                for (Method method : methods.values()) {
                    method.parse(folder.resolve(file.getKey()), file.getValue());
                }
            }
        }
        Map<String, Map<String, Double>> medians = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : mixed.entrySet()) {
            medians.put(
                    file.getKey(), interleavedMedians(methods, folder.resolve(file.getKey()), file.getValue(), runs));
        }
        String report = report(medians, runs);
        System.out.println(report);
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("parse-benchmark.md"), report);
        service.close();
    }

    /**
     * Runs the methods round-robin so that load from other processes on a shared machine hits all of them
     * alike, each round starting one method later (a b c d, b c d a, ...) so that no method always runs
     * right after another (pdftotext's process start and exit, a collection another method left behind);
     * returns each method's median.
     */
    private static Map<String, Double> interleavedMedians(
            Map<String, Method> methods, Path file, byte[] content, int runs) throws Exception {
        for (Method method : methods.values()) {
            method.parse(file, content);
        }
        List<String> names = List.copyOf(methods.keySet());
        Map<String, double[]> times = new LinkedHashMap<>();
        names.forEach(name -> times.put(name, new double[runs]));
        for (int i = 0; i < runs; i++) {
            for (int m = 0; m < names.size(); m++) {
                String name = names.get((i + m) % names.size());
                long start = System.nanoTime();
                methods.get(name).parse(file, content);
                times.get(name)[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        times.forEach((name, values) -> {
            Arrays.sort(values);
            medians.put(name, values[runs / 2]);
        });
        return medians;
    }

    private static void pdftotext(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-q", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pdftotext failed on " + file);
        }
    }

    private static String report(Map<String, Map<String, Double>> medians, int runs) {
        StringBuilder out = new StringBuilder();
        out.append("# Parse benchmark\n\n")
                .append(
                        "%s, %d measured runs per file and method after %d warm-up rounds over all files, methods interleaved in rotating order (median ms), %d CPUs, Java %s.\n\n"
                                .formatted(
                                        Instant.now(),
                                        runs,
                                        WARM_UPS,
                                        Runtime.getRuntime().availableProcessors(),
                                        System.getProperty("java.version")))
                .append(
                        "| file | planscreen | PDFBox PDFTextStripper | PDFBox sorted | pdftotext | planscreen / PDFBox | planscreen / pdftotext |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        double[] totals = new double[4];
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> row : medians.entrySet()) {
            double[] v = row.getValue().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            for (int i = 0; i < 4; i++) {
                totals[i] += v[i];
            }
            lines.add(line(row.getKey(), v));
        }
        lines.forEach(out::append);
        out.append(line("**mixed folder (sum)**", totals));
        double[] plan = medians.values().iterator().next().values().stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
        out.append("\n30-page Korean plan: planscreen / PDFBox = **%.2f×** (target ≤ 1.3×); mixed folder: **%.2f×**.\n"
                .formatted(plan[0] / plan[1], totals[0] / totals[1]));
        out.append(
                "planscreen sorts by position (reading order) and records boxes, tables and hidden-text signals;"
                        + " 'PDFBox sorted' is PDFTextStripper with setSortByPosition(true). pdftotext includes process start.\n");
        return out.toString();
    }

    private static String line(String name, double[] v) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× |\n",
                name,
                v[0],
                v[1],
                v[2],
                v[3],
                v[0] / v[1],
                v[0] / v[3]);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
