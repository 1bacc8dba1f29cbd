package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.text.TextPositionComparator;
import org.apache.pdfbox.util.IterativeMergeSort;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The PDF parser sorts glyphs and drops overlapping duplicates itself (cheaper than PDFTextStripper's own
 * sort and tree maps); the result must be what PDFBox's sorted stripper reads, glyph for glyph.
 */
class PdfReadingOrderTests {

    private static final ParsingProperties PROPERTIES =
            ParsingProperties.defaults().withOcr(false);

    private final PdfParser parser = new PdfParser(new TesseractOcr(PROPERTIES), PROPERTIES);

    @Test
    void shuffled_columns_fake_bold_and_actual_text_read_as_pdfbox_sorted_reads_them() throws IOException {
        byte[] pdf = shuffledPlan();
        ParsedDocument parsed = parser.parse(pdf, PROPERTIES.limits());
        String expected;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            expected = stripper.getText(document);
        }
        // layout (line and paragraph breaks, spaces) is planscreen's own; the glyphs and their order are PDFBox's
        assertThat(withoutWhitespace(parsed.text())).isEqualTo(withoutWhitespace(expected));
        assertThat(parsed.text()).contains("굵은 제목 하나").doesNotContain("굵굵").contains("실제 텍스트");
        assertThat(parsed.text().indexOf("왼쪽 1행")).isLessThan(parsed.text().indexOf("오른쪽 1행"));
        assertThat(parsed.text().indexOf("오른쪽 1행")).isLessThan(parsed.text().indexOf("왼쪽 2행"));
    }

    @Test
    void sorts_like_pdfbox_comparator_including_rows_that_overlap_and_ties() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            List<TextPosition> glyphs = new ArrayList<>();
            int n = 1 + random.nextInt(120);
            for (int i = 0; i < n; i++) {
                // few distinct rows and columns so that ties and overlapping rows are common
                float x = 50 + random.nextInt(12) * 7.5f;
                float y = 700 - random.nextInt(8) * 6.5f + (random.nextBoolean() ? 0 : random.nextFloat() * 3);
                glyphs.add(glyph("가나다라마바사".substring(i % 7, i % 7 + 1), x, y, 8 + random.nextInt(5)));
            }
            List<TextPosition> expected = new ArrayList<>(glyphs);
            try {
                Collections.sort(expected, new TextPositionComparator());
            } catch (IllegalArgumentException notTransitive) {
                IterativeMergeSort.sort(expected, new TextPositionComparator());
            }
            List<TextPosition> actual = new ArrayList<>(glyphs);
            assertThat(new ReadingOrder().sort(actual)).isTrue();
            assertThat(actual).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void drops_a_space_inside_the_glyph_before_it_and_keeps_other_spaces() {
        TextPosition wide = glyph("W", 100, 700, 12, 20);
        TextPosition inside = glyph(" ", 104, 700, 12, 3);
        TextPosition letter = glyph("a", 121, 700, 12, 6);
        TextPosition after = glyph(" ", 127, 700, 12, 3);
        List<TextPosition> glyphs = new ArrayList<>(List.of(wide, inside, letter, after));
        assertThat(new ReadingOrder().sort(glyphs)).isTrue();
        assertThat(glyphs).containsExactly(wide, letter, after);
    }

    @Test
    void leaves_rotated_text_to_pdfbox() {
        TextPosition upright = glyph("가", 100, 700, 10);
        TextPosition rotated = new TextPosition(
                0,
                595,
                842,
                Matrix.getRotateInstance(Math.PI / 2, 100, 600),
                100,
                610,
                10,
                10,
                3,
                "나",
                new int[] {2},
                null,
                10,
                10);
        List<TextPosition> glyphs = new ArrayList<>(List.of(rotated, upright));
        assertThat(new ReadingOrder().sort(glyphs)).isFalse();
        assertThat(glyphs).containsExactly(rotated, upright);
    }

    @Test
    void overlapping_glyphs_are_the_same_text_within_a_third_of_a_glyph() {
        OverlappingGlyphs shown = new OverlappingGlyphs();
        assertThat(shown.isDuplicate("가", 100, 700, 9)).isFalse();
        assertThat(shown.isDuplicate("가", 102.9f, 702.9f, 9)).isTrue(); // within 3 units both ways
        assertThat(shown.isDuplicate("가", 97f, 700, 9)).isFalse(); // x range [94, 100): the upper bound is exclusive
        assertThat(shown.isDuplicate("나", 100, 700, 9)).isFalse(); // other text at the same place
        assertThat(shown.isDuplicate("가", 100, 706, 9)).isFalse(); // next line
        shown.clear();
        assertThat(shown.isDuplicate("가", 100, 700, 9)).isFalse(); // a new page starts empty
    }

    private static TextPosition glyph(String text, float x, float y, float size) {
        return glyph(text, x, y, size, size * 0.9f);
    }

    /** A glyph on an upright A4 page: baseline at y from the bottom, as PDFBox's text matrix gives it. */
    private static TextPosition glyph(String text, float x, float y, float size, float width) {
        Matrix matrix = new Matrix(size, 0, 0, size, x, y);
        return new TextPosition(
                0, 595, 842, matrix, x + width, y, size * 0.7f, width, size * 0.3f, text, new int[] {1}, null, 1, (int)
                        size);
    }

    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Two columns drawn in random order, fake bold (text drawn twice with an offset), ActualText spans. */
    private static byte[] shuffledPlan() throws IOException {
        Random random = new Random(5);
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, DocumentFixtures.NANUM);
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    List<Runnable> draws = new ArrayList<>();
                    for (int row = 1; row <= 30; row++) {
                        float y = 760 - row * 20;
                        String left = "왼쪽 " + row + "행 본문 내용";
                        String right = "오른쪽 " + row + "행 본문";
                        draws.add(() -> show(cs, font, 10, 56, y, left));
                        draws.add(() -> show(cs, font, 10, 320, y, right));
                    }
                    Collections.shuffle(draws, random);
                    draws.forEach(Runnable::run);
                    for (float offset : new float[] {0f, 0.4f, 1.2f}) {
                        show(cs, font, 14, 56 + offset, 790, "굵은 제목 하나");
                    }
                    COSDictionary actual = new COSDictionary();
                    actual.setString(COSName.ACTUAL_TEXT, "실제 텍스트");
                    for (int i = 0; i < 2; i++) {
                        cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(actual));
                        show(cs, font, 10, 56, 60, "대체 글자");
                        cs.endMarkedContent();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String text) {
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
