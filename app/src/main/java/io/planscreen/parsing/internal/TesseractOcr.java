package io.planscreen.parsing.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Tesseract (Korean + English) as a managed subprocess: one page image in, plain text out, killed when it
 * overruns. When the binary or its language data is missing, {@link #available()} is false and callers
 * mark the page as needing a human instead of failing.
 */
@Component
class TesseractOcr {

    private static final Logger log = LoggerFactory.getLogger(TesseractOcr.class);

    private final ParsingProperties properties;

    private volatile Boolean available;

    TesseractOcr(ParsingProperties properties) {
        this.properties = properties;
    }

    boolean available() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    /** The page's text, or empty when OCR is unavailable or failed (the page then needs a human). */
    Optional<String> recognise(BufferedImage page) {
        if (!available()) {
            return Optional.empty();
        }
        Path image = null;
        Process process = null;
        try {
            image = Files.createTempFile("planscreen-ocr-", ".png");
            ImageIO.write(page, "png", image.toFile());
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            properties.tesseractCommand(),
                            image.toString(),
                            "stdout",
                            "-l",
                            properties.ocrLanguages(),
                            "--psm",
                            Integer.toString(properties.ocrPageSegmentation())))
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(properties.ocrPageTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    || process.exitValue() != 0) {
                log.warn("tesseract failed or overran on a page");
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("tesseract could not run: {}", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            if (image != null) {
                try {
                    Files.deleteIfExists(image);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private boolean probe() {
        try {
            Process process = new ProcessBuilder(properties.tesseractCommand(), "--list-langs")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            List<String> installed = out.lines().map(String::strip).toList();
            boolean ok =
                    List.of(properties.ocrLanguages().split("\\+")).stream().allMatch(installed::contains);
            if (!ok) {
                log.warn(
                        "tesseract lacks languages {} (has {}): scanned pages will need a human",
                        properties.ocrLanguages(),
                        installed);
            }
            return ok;
        } catch (IOException e) {
            log.warn("tesseract not installed ({}): scanned pages will need a human", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
