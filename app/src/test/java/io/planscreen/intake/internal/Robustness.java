package io.planscreen.intake.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.StorableText;
import io.planscreen.parsing.internal.OfflineParsing;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * {@code Robustness <folder> [--ocr]} (scripts/robustness): every file of a folder through the upload
 * inspection and the parse exactly as the service runs them (same inspector, limits, parse guard), in this
 * process and without a database. Prints the count per outcome (parsed, not read and why, refused at
 * upload with its code, rejected at parse with its code, and CRASH for anything else) and the slowest files.
 */
public final class Robustness {

    private Robustness() {}

    record Outcome(Path file, String outcome, long millis) {}

    public static void main(String[] args) throws Exception {
        // the summary is the output: the libraries' warnings (with traces) about each broken file would bury it
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.OFF);
        Path folder = Path.of(args[0]);
        boolean ocr = List.of(args).contains("--ocr");
        DocumentInspector inspector = new DocumentInspector(new IntakeProperties(
                DataSize.ofMegabytes(20), 300, 1000, DataSize.ofMegabytes(200), 3, Duration.ofSeconds(20)));
        DocumentParsing parsing = OfflineParsing.all(ocr);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> !f.getFileName().toString().toLowerCase().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            long started = System.nanoTime();
            String outcome = outcome(inspector, parsing, file);
            outcomes.add(new Outcome(file, outcome, (System.nanoTime() - started) / 1_000_000));
        }
        Map<String, Integer> counts = new TreeMap<>();
        outcomes.forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        System.out.printf("%d files from %s%n", files.size(), folder);
        counts.forEach((outcome, count) -> System.out.printf("%6d  %s%n", count, outcome));
        System.out.println("slowest:");
        outcomes.stream()
                .sorted(Comparator.comparingLong(Outcome::millis).reversed())
                .limit(8)
                .forEach(o -> System.out.printf(
                        "%8d ms  %-28s %s%n", o.millis(), o.outcome(), o.file().getFileName()));
        outcomes.stream()
                .filter(o -> o.outcome().startsWith("CRASH"))
                .forEach(o -> System.out.printf("crash: %s %s%n", o.file().getFileName(), o.outcome()));
        if (counts.keySet().stream().anyMatch(k -> k.startsWith("CRASH"))) {
            System.exit(1);
        }
    }

    private static String outcome(DocumentInspector inspector, DocumentParsing parsing, Path file) {
        byte[] content;
        DocumentType type;
        try {
            content = Files.readAllBytes(file);
            if (content.length > DataSize.ofMegabytes(20).toBytes()) {
                return "refused document.too_large";
            }
            type = inspector.inspect(content, file.getFileName().toString());
        } catch (PlanScreenException problem) {
            return "refused " + problem.problem().code();
        } catch (Throwable t) {
            return "CRASH at upload: " + t.getClass().getSimpleName();
        }
        try {
            ParsedDocument document = parsing.parse(content, type);
            if (!StorableText.isStorable(document.text())) {
                return "CRASH text not storable";
            }
            ParsedDocument.NotRead notRead = document.notRead();
            return notRead == null ? "parsed " + type : "parsed " + type + ", not read: " + notRead.code();
        } catch (PlanScreenException problem) {
            return problem.problem().code().startsWith("document.")
                    ? "rejected " + problem.problem().code()
                    : "CRASH " + problem.problem().code();
        } catch (Throwable t) {
            return "CRASH at parse: " + t.getClass().getSimpleName();
        }
    }
}
