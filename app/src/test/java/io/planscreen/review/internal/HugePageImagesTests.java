package io.planscreen.review.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.parsing.HostileDocuments;
import io.planscreen.shared.PlanScreenException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Issue 18: a 14,400-point page image took 28 s and 1.9 GB; a 200,000-point page gave a 500. */
class HugePageImagesTests {

    @Test
    void page_images_of_huge_pages_stay_within_the_pixel_budget() throws Exception {
        for (float points : new float[] {14_400f, 200_000f}) {
            long started = System.nanoTime();
            byte[] png = PageImages.render(HostileDocuments.pdfWithHugePages(1, points), 1, List.of());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PageImages.MAX_PIXELS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void a_damaged_pdf_is_a_document_problem_and_a_missing_page_not_found() {
        assertThatThrownBy(() -> PageImages.render("%PDF-1.7 garbage".getBytes(), 1, List.of()))
                .isInstanceOf(PlanScreenException.class);
        assertThatThrownBy(() -> PageImages.render(HostileDocuments.pdfWithHugePages(1, 600), 2, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
