package io.planscreen.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.shared.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import kr.dogfoot.hwplib.writer.HWPWriter;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Type by content for every allowed format, as their own libraries write them; look-alikes refused. */
class DocumentInspectorTests {

    private final DocumentInspector inspector = new DocumentInspector(new IntakeProperties(
            DataSize.ofMegabytes(20), 300, 1000, DataSize.ofMegabytes(200), 3, Duration.ofSeconds(20)));

    @Test
    void detects_hwp5_hwpx_docx_and_pdf_whatever_the_name() throws Exception {
        ByteArrayOutputStream hwp = new ByteArrayOutputStream();
        HWPWriter.toStream(kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker.make(), hwp);
        byte[] hwpx = HWPXWriter.toBytes(kr.dogfoot.hwpxlib.tool.blankfilemaker.BlankFileMaker.make());
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("사업계획서");
            document.write(docx);
        }

        assertThat(inspector.inspect(hwp.toByteArray(), "plan.hwp")).isEqualTo(DocumentType.HWP);
        assertThat(inspector.inspect(hwpx, "plan")).isEqualTo(DocumentType.HWPX);
        assertThat(inspector.inspect(docx.toByteArray(), "plan.bin")).isEqualTo(DocumentType.DOCX);
        assertThat(inspector.inspect(DocumentFixtures.longPlanPdf(1), "계획서.PDF"))
                .isEqualTo(DocumentType.PDF);
    }

    @Test
    void an_ole2_file_that_is_not_hwp_is_unsupported() throws Exception {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(doc);
        }
        assertThatThrownBy(() -> inspector.inspect(doc.toByteArray(), "plan.doc"))
                .isInstanceOf(IntakeProblems.Refusal.class)
                .hasMessageStartingWith("document.unsupported_type");
    }

    @Test
    void a_plain_zip_is_neither_hwpx_nor_docx() {
        byte[] zip = DocumentFixtures.zip(
                java.util.List.of(new DocumentFixtures.ZipItem("readme.txt", "hello".getBytes(), 0, false)));
        assertThatThrownBy(() -> inspector.inspect(zip, "plan.zip"))
                .isInstanceOf(IntakeProblems.Refusal.class)
                .hasMessageStartingWith("document.unsupported_type");
    }
}
