package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.FileProvenance;
import io.planscreen.parsing.FileProvenanceReader;
import io.planscreen.shared.DocumentType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class FileProvenanceReaderTests {

    @Test
    void docx_core_and_app_properties_and_its_style_sheet() throws Exception {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("사업계획서");
            document.getProperties().getCoreProperties().setCreator("김대필");
            document.getProperties().getCoreProperties().setLastModifiedByUser("컨설팅 A팀");
            document.getProperties().getExtendedProperties().setCompany("한빛경영컨설팅");
            document.getProperties().getExtendedProperties().setTemplate("house-2025.dotx");
            document.write(out);
            docx = out.toByteArray();
        }
        FileProvenance read = FileProvenanceReader.read(DocumentType.DOCX, docx);
        assertThat(read.author()).isEqualTo("김대필");
        assertThat(read.lastSavedBy()).isEqualTo("컨설팅 A팀");
        assertThat(read.company()).isEqualTo("한빛경영컨설팅");
        assertThat(read.template()).isEqualTo("house-2025.dotx");
        assertThat(read.writerKey()).isEqualTo("김대필");
    }

    @Test
    void pdf_info_author_tool_and_first_page_fonts() throws Exception {
        byte[] pdf;
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor("Park Writer");
            info.setCreator("Hwp 2022");
            info.setProducer("Hancom PDF 1.3");
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(1_700_000_000_000L);
            info.setCreationDate(created);
            document.save(out);
            pdf = out.toByteArray();
        }
        FileProvenance read = FileProvenanceReader.read(DocumentType.PDF, pdf);
        assertThat(read.author()).isEqualTo("Park Writer");
        assertThat(read.creatorTool()).isEqualTo("Hwp 2022");
        assertThat(read.producer()).isEqualTo("Hancom PDF 1.3");
        assertThat(read.created()).isEqualTo("2023-11-14T22:13:20Z");
        assertThat(read.pageSetup()).isEqualTo("612x792");
        assertThat(read.templateFingerprint()).hasSize(16);
        assertThat(read.writerKey()).isEqualTo("park writer");
    }

    @Test
    void hwpx_package_metadata_styles_fonts_and_page() {
        String opf = "<opf:package><opf:metadata><opf:meta name=\"creator\" content=\"text\">이작성</opf:meta>"
                + "<opf:meta name=\"lastsaveby\" content=\"text\">이작성</opf:meta>"
                + "<opf:meta name=\"CreatedDate\" content=\"text\">2025-03-02T10:00:00Z</opf:meta></opf:metadata></opf:package>";
        String header = "<hh:head><hh:font id=\"0\" face=\"함초롬바탕\" type=\"TTF\"/><hh:font id=\"1\" face=\"맑은 고딕\"/>"
                + "<hh:style id=\"0\" type=\"PARA\" name=\"바탕글\" engName=\"Normal\"/><hh:style id=\"1\" type=\"PARA\" name=\"개요 1\"/></hh:head>";
        String section =
                "<hs:sec><hp:pagePr landscape=\"WIDELY\" width=\"59528\" height=\"84186\"></hp:pagePr></hs:sec>";
        byte[] hwpx = DocumentFixtures.zip(List.of(
                new DocumentFixtures.ZipItem("Contents/content.hpf", opf.getBytes(StandardCharsets.UTF_8), 0, false),
                new DocumentFixtures.ZipItem("Contents/header.xml", header.getBytes(StandardCharsets.UTF_8), 0, false),
                new DocumentFixtures.ZipItem(
                        "Contents/section0.xml", section.getBytes(StandardCharsets.UTF_8), 0, false)));
        FileProvenance read = FileProvenanceReader.read(DocumentType.HWPX, hwpx);
        assertThat(read.author()).isEqualTo("이작성");
        assertThat(read.created()).isEqualTo("2025-03-02T10:00:00Z");
        assertThat(read.styles()).containsExactly("개요 1", "바탕글");
        assertThat(read.fonts()).containsExactly("맑은 고딕", "함초롬바탕");
        assertThat(read.pageSetup()).isEqualTo("59528x84186");
    }

    @Test
    void every_rendered_format_gives_a_template_fingerprint_the_same_template_the_same_one() {
        for (Format format : Format.values()) {
            DocumentType type = DocumentType.valueOf(format.name());
            FileProvenance read = FileProvenanceReader.read(type, RenderedPlans.plain(format));
            assertThat(read.templateFingerprint()).as(format.name()).hasSize(16);
            assertThat(FileProvenanceReader.read(type, RenderedPlans.plain(format))
                            .templateFingerprint())
                    .isEqualTo(read.templateFingerprint());
            // the project's renderer signs as "planscreen": a program's name, not a writer
            assertThat(read.writerKey()).as(format.name()).isNull();
        }
        FileProvenance hwp = FileProvenanceReader.read(DocumentType.HWP, RenderedPlans.plain(Format.HWP));
        assertThat(hwp.styles()).isNotEmpty();
        assertThat(hwp.fonts()).isNotEmpty();
    }

    @Test
    void unreadable_files_have_no_provenance_and_never_throw() {
        assertThat(FileProvenanceReader.read(DocumentType.PDF, DocumentFixtures.truncatedPdf()))
                .isEqualTo(FileProvenance.NONE);
        assertThat(FileProvenanceReader.read(DocumentType.HWP, "not an ole2 file".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileProvenance.NONE);
        assertThat(FileProvenanceReader.read(DocumentType.DOCX, DocumentFixtures.hwpxBomb(64L << 20))
                        .writerKey())
                .isNull();
    }

    @Test
    void software_defaults_are_not_writers() {
        FileProvenance generic = new FileProvenance(
                "Windows 사용자",
                "Administrator",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                null,
                "");
        assertThat(generic.writerKey()).isNull();
    }
}
