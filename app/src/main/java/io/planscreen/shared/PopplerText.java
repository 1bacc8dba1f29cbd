package io.planscreen.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * poppler's {@code pdftotext} as the second PDF reader, for files PDFBox cannot open that a common reader
 * does: run on a temp copy with its output in a temp file, under a timeout, killed with its descendants
 * when it overruns or the calling thread is interrupted. Empty when poppler-utils is missing or fails.
 */
public final class PopplerText {

    private static final Logger log = LoggerFactory.getLogger(PopplerText.class);

    public static final String COMMAND = "pdftotext";

    private PopplerText() {}

    /**
     * The text of the first {@code maxPages} pages, one string per page (pdftotext's form feeds); empty when
     * pdftotext fails, overruns or finds no text at all.
     */
    public static Optional<List<String>> pages(byte[] pdf, int maxPages, Duration timeout) {
        Path in = null;
        Path out = null;
        Process process = null;
        try {
            in = Files.createTempFile("planscreen-poppler-", ".pdf");
            out = Files.createTempFile("planscreen-poppler-", ".txt");
            Files.write(in, pdf);
            process = new ProcessBuilder(
                            COMMAND,
                            "-q",
                            "-enc",
                            "UTF-8",
                            "-l",
                            Integer.toString(maxPages),
                            in.toString(),
                            out.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
            if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
                pages.remove(pages.size() - 1); // pdftotext ends every page with a form feed
            }
            // a reader that shows nothing has not read the file (pdftotext "reads" many truncated files as blank)
            return pages.stream().allMatch(String::isBlank) ? Optional.empty() : Optional.of(pages);
        } catch (IOException e) {
            log.debug("pdftotext could not run: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            for (Path file : new Path[] {in, out}) {
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // a temp file left behind is harmless
                    }
                }
            }
        }
    }
}
