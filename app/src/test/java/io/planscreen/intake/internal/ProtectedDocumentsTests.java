package io.planscreen.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.HostileDocuments;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Issue 18: protected files are named as such at upload, not "unsupported" or "unreadable". */
class ProtectedDocumentsTests {

    private final DocumentInspector inspector = new DocumentInspector(new IntakeProperties(
            DataSize.ofMegabytes(20), 300, 1000, DataSize.ofMegabytes(200), 3, Duration.ofSeconds(20)));

    @Test
    void a_drm_wrapped_file_is_drm_protected_not_unsupported() {
        assertRefused(
                HostileDocuments.markAnyWrapped(DocumentFixtures.longPlanPdf(1)),
                "plan.pdf",
                ProblemCode.DOCUMENT_DRM_PROTECTED);
        assertRefused(
                HostileDocuments.markAnyWrapped(HostileDocuments.hwpWithFileHeaderBit(0)),
                "plan.hwp",
                ProblemCode.DOCUMENT_DRM_PROTECTED);
    }

    @Test
    void hwp_property_bits_name_distribution_drm_and_password() {
        assertRefused(HostileDocuments.hwpWithFileHeaderBit(2), "배포용.hwp", ProblemCode.DOCUMENT_DISTRIBUTION_PROTECTED);
        assertRefused(HostileDocuments.hwpWithFileHeaderBit(4), "plan.hwp", ProblemCode.DOCUMENT_DRM_PROTECTED);
        assertRefused(HostileDocuments.hwpWithFileHeaderBit(1), "plan.hwp", ProblemCode.DOCUMENT_ENCRYPTED);
        assertThat(inspector.inspect(HostileDocuments.hwpWithFileHeaderBit(0), "plan.hwp"))
                .as("bit 0 is only compression")
                .isEqualTo(DocumentType.HWP);
    }

    @Test
    void huge_pages_are_refused_at_upload_and_absurd_page_counts_are_not_believed() {
        assertRefused(HostileDocuments.pdfWithHugePages(3, 14_400f), "plan.pdf", ProblemCode.DOCUMENT_PAGE_TOO_LARGE);
        assertThat(inspector.inspect(
                        DocumentFixtures.rawPdf(
                                "<< /Type /Catalog /Pages 2 0 R >>",
                                "<< /Type /Pages /Kids [3 0 R] /Count 1410065407 >>",
                                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
                        "fuzzed.pdf"))
                .as("counted by its real pages, not refused with a nine-digit count")
                .isEqualTo(DocumentType.PDF);
        assertThat(inspector.inspect(HostileDocuments.pdfWithHugePages(1, 3370f), "a0.pdf"))
                .isEqualTo(DocumentType.PDF);
    }

    @Test
    void unknown_bytes_stay_unsupported() {
        assertRefused("just some text".getBytes(), "plan.pdf", ProblemCode.DOCUMENT_UNSUPPORTED_TYPE);
    }

    private void assertRefused(byte[] content, String name, ProblemCode expected) {
        assertThatThrownBy(() -> inspector.inspect(content, name))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(expected);
    }
}
