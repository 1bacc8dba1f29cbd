package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.parsing.ParsedDocument.HiddenText;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.shared.PlanScreenException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfParserTests {

    private static final ParsingProperties PROPERTIES = ParsingProperties.defaults();

    private final PdfParser parser = new PdfParser(new TesseractOcr(PROPERTIES), PROPERTIES);

    private final ParsedDocument plan = parser.parse(DocumentFixtures.koreanPlanPdf(), PROPERTIES.limits());

    @Test
    void reads_hangul_text_in_reading_order_with_pages_and_boxes() {
        assertThat(plan.pages()).hasSize(2);
        assertThat(plan.pages().get(0).width()).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(plan.text()).contains("국내 중소기업의 지원사업 신청 서류는 복잡하고 중복이 많다.");
        assertThat(plan.text().indexOf("1. 문제 인식")).isLessThan(plan.text().indexOf("2. 실현 가능성"));
        ParsedDocument.TextBlock heading = plan.blocks().stream()
                .filter(b -> plan.slice(b.start(), b.end()).startsWith("1. 문제 인식"))
                .findFirst()
                .orElseThrow();
        assertThat(heading.page()).isEqualTo(1);
        assertThat(heading.box()).isNotNull();
        assertThat(heading.box().x()).isBetween(59f, 61f);
        // baseline at 671.6 pt from the bottom: the box's top is about 170 pt from the page's top
        assertThat(heading.box().y()).isBetween(150f, 172f);
        assertThat(heading.box().width()).isGreaterThan(80f);
        assertThat(plan.blocks().stream().filter(b -> b.page() == 2)).isNotEmpty();
    }

    @Test
    void finds_the_psst_sections() {
        assertThat(plan.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.PSST_GENERAL,
                        SectionKind.PSST_PROBLEM,
                        SectionKind.PSST_SOLUTION,
                        SectionKind.PSST_SCALEUP,
                        SectionKind.PSST_TEAM);
        Section team = plan.sections().get(4);
        assertThat(team.page()).isEqualTo(2);
        assertThat(plan.slice(team.start(), team.end())).contains("10년 경력");
    }

    @Test
    void detects_the_column_aligned_table() {
        assertThat(plan.tables()).singleElement().satisfies(table -> {
            assertThat(table.rows())
                    .containsExactly(List.of("기업명", "주식회사 플랜스크린"), List.of("대표자", "홍길동"), List.of("소재지", "서울특별시 강남구"));
            assertThat(table.page()).isEqualTo(1);
        });
    }

    @Test
    void flags_each_hidden_text_kind_with_its_location() {
        assertThat(hidden(HiddenKind.INVISIBLE_RENDER_MODE).excerpt()).contains(DocumentFixtures.RENDER_MODE_TEXT);
        assertThat(hidden(HiddenKind.BACKGROUND_COLOUR).excerpt()).contains(DocumentFixtures.WHITE_TEXT);
        assertThat(hidden(HiddenKind.TINY_FONT).excerpt()).contains(DocumentFixtures.TINY_TEXT);
        HiddenText outside = hidden(HiddenKind.OUTSIDE_PAGE);
        assertThat(outside.excerpt()).contains(DocumentFixtures.OUTSIDE_TEXT);
        assertThat(outside.box()).isNotNull();
        assertThat(outside.box().x()).isNegative();
        assertThat(hidden(HiddenKind.INVISIBLE_UNICODE).excerpt()).isEqualTo("U+200B U+200B");
        assertThat(plan.hiddenText()).allSatisfy(h -> assertThat(h.page()).isEqualTo(1));
        assertThat(plan.hiddenText())
                .noneSatisfy(h -> assertThat(h.excerpt()).contains(DocumentFixtures.WHITE_ON_BLACK));
        assertThat(plan.visibleText())
                .doesNotContain(DocumentFixtures.RENDER_MODE_TEXT)
                .doesNotContain(DocumentFixtures.WHITE_TEXT)
                .doesNotContain(DocumentFixtures.TINY_TEXT)
                .doesNotContain(DocumentFixtures.OUTSIDE_TEXT)
                .doesNotContain("\u200B")
                .contains(DocumentFixtures.WHITE_ON_BLACK)
                .contains("Planscreen");
    }

    @Test
    void a_scanned_page_goes_through_tesseract() {
        assertThat(new TesseractOcr(PROPERTIES).available())
                .as("tesseract with kor+eng must be installed (scripts/system-packages.sh installs it)")
                .isTrue();
        ParsedDocument scanned = parser.parse(DocumentFixtures.scannedPdf(), PROPERTIES.limits());
        assertThat(scanned.pages()).singleElement().satisfies(page -> {
            assertThat(page.ocr()).isTrue();
            assertThat(page.needsOcr()).isFalse();
        });
        assertThat(scanned.text()).containsAnyOf("사업계획서", "문제 인식", "문제인식");
        assertThat(scanned.text()).contains("Business");
    }

    @Test
    void without_ocr_a_scanned_page_is_marked_for_a_human_not_failed() {
        ParsingProperties noOcr = PROPERTIES.withOcr(false);
        ParsedDocument scanned =
                new PdfParser(new TesseractOcr(noOcr), noOcr).parse(DocumentFixtures.scannedPdf(), noOcr.limits());
        assertThat(scanned.needsOcr()).isTrue();
        assertThat(scanned.warnings()).anySatisfy(w -> assertThat(w).contains("needs OCR"));
    }

    @Test
    void a_missing_tesseract_binary_also_means_needs_ocr() {
        ParsingProperties missing = new ParsingProperties(
                PROPERTIES.timeout(),
                300,
                1000,
                PROPERTIES.maxUncompressedSize(),
                64,
                2,
                true,
                "/nonexistent/tesseract",
                "kor+eng",
                150,
                4,
                PROPERTIES.ocrPageTimeout(),
                20);
        ParsedDocument scanned = new PdfParser(new TesseractOcr(missing), missing)
                .parse(DocumentFixtures.scannedPdf(), missing.limits());
        assertThat(scanned.needsOcr()).isTrue();
    }

    @Test
    void refuses_encrypted_and_oversized_documents_with_document_codes() {
        assertThatThrownBy(() -> parser.parse(DocumentFixtures.encryptedPdf(), PROPERTIES.limits()))
                .isInstanceOf(PlanScreenException.class)
                .hasMessageStartingWith("document.encrypted");
        assertThatThrownBy(() -> parser.parse(DocumentFixtures.hundredThousandPagesPdf(), PROPERTIES.limits()))
                .isInstanceOf(PlanScreenException.class)
                .hasMessageStartingWith("document.too_many_pages");
    }

    private HiddenText hidden(HiddenKind kind) {
        return plan.hiddenText().stream()
                .filter(h -> h.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + plan.hiddenText() + "\n" + plan.text()));
    }
}
