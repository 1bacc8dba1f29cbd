package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.planscreen.parsing.ParsedDocument;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing PDF found a 38 KB file whose damaged ToUnicode map (codes of 6 bytes in a bfrange) held PDFBox's CMap
 * parser for 11-15 s and made it log 20 million warnings. The input derives from our own fixture but carries a
 * mutated font program, so these tests build the same kind of map into a PDF of their own.
 */
class PdfToUnicodeGuardTests {

    private static final String HEAD = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            + "1 begincodespacerange <00> <FF> endcodespacerange\n";

    private static final String TAIL = "endcmap CMapName currentdict /CMap defineresource pop end end\n";

    @Test
    void maps_real_fonts_have_pass() {
        assertThat(PdfToUnicodeGuard.plausible(HEAD
                        + "3 beginbfrange\n<0001> <0001> <0020>\n<0009> <000A> <0028>\n<0000> <FFFF> [<0041> <0042>]\n"
                        + "endbfrange\n1 beginbfchar <0003> <AC00> endbfchar\n" + TAIL))
                .isTrue();
    }

    @Test
    void codes_longer_than_four_bytes_or_ranges_beyond_a_plane_are_implausible() {
        assertThat(PdfToUnicodeGuard.plausible(
                        HEAD + "1 beginbfrange\n<0097b7C5629> <9C16> <0041>\nendbfrange\n" + TAIL))
                .isFalse();
        assertThat(PdfToUnicodeGuard.plausible(
                        HEAD + "1 beginbfrange\n<00000000> <00020000> <0041>\nendbfrange\n" + TAIL))
                .isFalse();
        assertThat(PdfToUnicodeGuard.plausible(HEAD + "1 beginbfrange\n<0000> <FFFF> <0041>\n" /* cut */))
                .isTrue();
    }

    @Test
    void a_hostile_map_costs_no_more_than_its_length() {
        String sections = "beginbfrange <0000> <0001> [".repeat(150_000);
        String ranges = "1 beginbfrange\n" + "<0000> <00FF> <0041>\n".repeat(200_000) + "<0000> <0001> [<0041>";

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(PdfToUnicodeGuard.plausible(sections)).isTrue();
            assertThat(PdfToUnicodeGuard.plausible(ranges)).isTrue();
            assertThat(PdfToUnicodeGuard.plausible(ranges + "]\n<0000> <FFFFF> <0041>\nendbfrange"))
                    .isFalse();
        });
    }

    @Test
    void a_font_whose_map_has_a_range_of_six_byte_codes_is_read_at_once_without_its_map() throws Exception {
        byte[] pdf = pdfWithToUnicode(HEAD + "1 beginbfrange\n<0097b7C5629> <9C16> <0041>\nendbfrange\n" + TAIL);
        ParsingProperties noOcr = ParsingProperties.defaults().withOcr(false);

        ParsedDocument parsed = assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> new PdfParser(new TesseractOcr(noOcr), noOcr).parse(pdf, noOcr.limits()));

        assertThat(parsed.text()).contains("Business plan");
    }

    private static byte[] pdfWithToUnicode(String map) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.newLineAtOffset(72, 700);
                content.showText("Business plan");
                content.endText();
            }
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(map.getBytes(StandardCharsets.ISO_8859_1));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
