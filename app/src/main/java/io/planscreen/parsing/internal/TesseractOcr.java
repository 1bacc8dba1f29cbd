package io.planscreen.parsing.internal;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tesseract (Korean + English) as a managed subprocess: one page image in, plain text out (to a file, so
 * the page timeout holds while it works), killed with its descendants when it overruns or the parse thread
 * is interrupted, and run under a virtual memory limit. Whether it is installed is checked again every
 * {@link #RECHECK} (installed after start-up, or removed): while it is not, callers mark pages as needing a
 * human instead of failing.
 */
@Component
class TesseractOcr {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);

    /** How long a probe's answer is trusted. */
    static final Duration RECHECK = Duration.ofSeconds(60);

    /** Virtual memory one tesseract process may map (kor+eng data and a 16-megapixel page fit easily). */
    static final long MEMORY_KB = 2L * 1024 * 1024;

    private static final File SHELL = new File("/bin/sh");

    private final ParsingProperties properties;

    private volatile Probe probe;

    /** @param detail what was found, for health and info */
    record Probe(boolean available, String detail, long checkedAtNanos) {}

    TesseractOcr(ParsingProperties properties) {
        this.properties = properties;
    }

    boolean available() {
        return status().available();
    }

    /** The last probe, made again when it is older than {@link #RECHECK}. */
    Probe status() {
        Probe known = probe;
        if (known == null || System.nanoTime() - known.checkedAtNanos() > RECHECK.toNanos()) {
            synchronized (this) {
                known = probe;
                if (known == null || System.nanoTime() - known.checkedAtNanos() > RECHECK.toNanos()) {
                    known = probe();
                    probe = known;
                }
            }
        }
        return known;
    }

    /** The page's text, or empty when OCR is unavailable or failed (the page then needs a human). */
    Optional<String> recognise(BufferedImage page) {
        if (!available()) {
            return Optional.empty();
        }
        Path image = null;
        Path text = null;
        Process process = null;
        try {
            image = Files.createTempFile("planscreen-ocr-", ".png");
            text = Files.createTempFile("planscreen-ocr-", ".txt");
            ImageIO.write(page, "png", image.toFile());
            ProcessBuilder builder = new ProcessBuilder(command(List.of(
                            properties.tesseractCommand(),
                            image.toString(),
                            "stdout",
                            "-l",
                            properties.ocrLanguages(),
                            "--psm",
                            Integer.toString(properties.ocrPageSegmentation()))))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(text.toFile());
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            process = builder.start();
            if (!process.waitFor(properties.ocrPageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("tesseract overran {} on a page: stopped", properties.ocrPageTimeout());
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                log.warn("tesseract failed on a page (exit {})", process.exitValue());
                return Optional.empty();
            }
            return Optional.of(Files.readString(text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("tesseract could not run: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) { // the parse overran its deadline: the page is abandoned
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            destroy(process);
            delete(image);
            delete(text);
        }
    }

    /** Runs tesseract under {@code ulimit -v} through the shell when there is one. */
    static List<String> command(List<String> tesseract) {
        if (!SHELL.canExecute()) {
            return tesseract;
        }
        List<String> command = new ArrayList<>(
                List.of(SHELL.getPath(), "-c", "ulimit -v " + MEMORY_KB + "; exec \"$@\"", "tesseract"));
        command.addAll(tesseract);
        return command;
    }

    /** Kills the process and everything it started (OpenMP helpers, a shell's child). */
    static void destroy(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private Probe probe() {
        long now = System.nanoTime();
        Process process = null;
        try {
            process = new ProcessBuilder(properties.tesseractCommand(), "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readNBytes(64 * 1024), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                return new Probe(false, "tesseract --list-langs did not answer", now);
            }
            List<String> installed = out.lines().map(String::strip).toList();
            List<String> wanted = List.of(properties.ocrLanguages().split("\\+"));
            if (!installed.containsAll(wanted)) {
                log.warn("tesseract lacks languages {} (has {}): scanned pages will need a human", wanted, installed);
                return new Probe(false, "missing languages " + properties.ocrLanguages(), now);
            }
            return new Probe(true, "languages " + properties.ocrLanguages(), now);
        } catch (IOException e) {
            log.warn("tesseract not installed ({}): scanned pages will need a human", e.getMessage());
            return new Probe(false, "tesseract not installed", now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(false, "probe interrupted", now);
        } finally {
            destroy(process);
        }
    }
}
