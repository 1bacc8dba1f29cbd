package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.HostileDocuments;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 18: a PDF whose text holds U+0000 used to fail the parse stage five times ("\u0000 cannot be converted to text"). */
@SpringBootTest
class StorableTextIntegrationTests {

    @Autowired
    DocumentParsing parsing;

    @Autowired
    ParsedDocumentRepository repository;

    @Test
    void a_pdf_whose_text_holds_nul_is_parsed_and_stored_in_jsonb() throws Exception {
        byte[] pdf = HostileDocuments.pdfWithNulText();
        try (var document = Loader.loadPDF(pdf)) { // the fixture does what the real files did
            assertThat(new PDFTextStripper().getText(document)).contains("\u0000");
        }
        ParsedDocument parsed = parsing.parse(pdf, DocumentType.PDF);
        assertThat(parsed.text())
                .doesNotContain("\u0000")
                .doesNotContain("\u0001")
                .contains("A")
                .contains("B plan");

        ApplicationId id = new ApplicationId(UUID.randomUUID());
        repository.upsert(id, "c".repeat(64), parsed);
        assertThat(repository.find(id).orElseThrow().text()).isEqualTo(parsed.text());
    }
}
