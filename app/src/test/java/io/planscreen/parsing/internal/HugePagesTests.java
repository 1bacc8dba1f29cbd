package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.HostileDocuments;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.PageGeometry;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18: an 868-byte PDF of three blank 14,400-point pages held a worker for 160 s, grew the JVM to
 * 5.9 GB and left tesseract running after the rejection.
 */
class HugePagesTests {

    private static final ParsingProperties PROPERTIES = ParsingProperties.defaults();

    @Test
    void a_pdf_with_huge_pages_is_refused_before_anything_is_rendered() {
        byte[] pdf = HostileDocuments.pdfWithHugePages(3, 14_400f);
        PdfParser parser = new PdfParser(new TesseractOcr(PROPERTIES), PROPERTIES);
        long started = System.nanoTime();
        assertThatThrownBy(() -> parser.parse(pdf, PROPERTIES.limits()))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> {
                    assertThat(e.problem()).isEqualTo(ProblemCode.DOCUMENT_PAGE_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly(1, 5080L, 5080L, 1270L);
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void an_a0_page_is_still_accepted_and_renders_are_bounded_in_pixels() {
        assertThat(PageGeometry.oversize(1, 2384, 3370)).isEmpty();
        assertThat(PageGeometry.oversize(2, Float.NaN, 100)).isPresent();
        assertThat(PageGeometry.dpiWithin(595, 842, 200, PdfPageOcr.MAX_OCR_PIXELS))
                .as("A4 keeps its resolution")
                .isEqualTo(200f);
        float dpi = PageGeometry.dpiWithin(2384, 3370, 200, PdfPageOcr.MAX_OCR_PIXELS);
        assertThat((2384 / 72.0 * dpi) * (3370 / 72.0 * dpi)).isLessThanOrEqualTo(PdfPageOcr.MAX_OCR_PIXELS);
        assertThat(PageGeometry.dpiWithin(200_000, 200_000, 110, 4_000_000)).isLessThan(1f);
    }

    @Test
    void a_page_tree_claiming_a_billion_pages_is_counted_by_its_real_pages() {
        byte[] pdf = DocumentFixtures.rawPdf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1410065407 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        PdfParser parser = new PdfParser(new TesseractOcr(PROPERTIES.withOcr(false)), PROPERTIES.withOcr(false));
        // one real page, blank: parsed (and marked as not read), not refused with a nine-digit count
        assertThat(parser.parse(pdf, PROPERTIES.limits()).notRead()).isEqualTo(ParsedDocument.NotRead.EMPTY);
    }

    @Test
    void tesseract_that_overruns_is_stopped_with_its_children(@TempDir Path dir) throws Exception {
        Path pids = dir.resolve("pids");
        Path fake = dir.resolve("tesseract");
        Files.writeString(fake, """
                #!/bin/sh
                if [ "$1" = "--list-langs" ]; then printf 'List of available languages (2):\\neng\\nkor\\n'; exit 0; fi
                sleep 300 &
                echo $! >> %s
                echo $$ >> %s
                wait
                """.formatted(pids, pids));
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        ParsingProperties slow = PROPERTIES.withTesseract(fake.toString(), Duration.ofSeconds(1));
        TesseractOcr ocr = new TesseractOcr(slow);
        assertThat(ocr.available()).isTrue();

        long started = System.nanoTime();
        Optional<String> text = ocr.recognise(new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY));
        assertThat(text).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));

        List<Long> started_ =
                Files.readAllLines(pids).stream().map(Long::parseLong).toList();
        assertThat(started_).hasSize(2);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (started_.stream().anyMatch(HugePagesTests::alive) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(started_).noneMatch(HugePagesTests::alive);
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
