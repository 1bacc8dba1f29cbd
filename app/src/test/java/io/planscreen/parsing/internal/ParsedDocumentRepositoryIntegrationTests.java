package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pipeline's stages read the same stored document one after another: the repository keeps the last
 * ones read, but only while the stored row is the one it read (re-parse and deletion are always seen).
 */
@SpringBootTest
class ParsedDocumentRepositoryIntegrationTests {

    @Autowired
    ParsedDocumentRepository repository;

    @Autowired
    DocumentParsing parsing;

    @Autowired
    JdbcClient jdbc;

    private ParsedDocument parse(String sentence) {
        PlanText plan = new PlanText(
                "ko",
                "SMTECH",
                List.of(new PlanText.Section("1. 기술개발 개요", "SMTECH_OVERVIEW", List.of(sentence))),
                List.of());
        return parsing.parse(PlanRenderers.render(plan, RenderOptions.plain(Format.DOCX)), DocumentType.DOCX);
    }

    @Test
    void a_document_read_again_is_the_one_kept_until_the_row_changes() {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        ParsedDocument first = parse("반도체 후공정 검사 장비의 불량 판정 정확도를 높인다.");
        repository.upsert(id, "a".repeat(64), first);

        ParsedDocument read = repository.find(id).orElseThrow();
        assertThat(read).isEqualTo(first);
        assertThat(repository.find(id).orElseThrow()).isSameAs(read);

        // re-parsed (here or by another instance): the new document, not the kept one
        ParsedDocument second = parse("불량 검출률 99.5% 이상을 달성한다.");
        repository.upsert(id, "b".repeat(64), second);
        ParsedDocument reread = repository.find(id).orElseThrow();
        assertThat(reread).isEqualTo(second).isNotEqualTo(first);

        // changed behind the repository's back, with a new parsed_at
        jdbc.sql("update parsed_document set document = cast(? as jsonb), parsed_at = parsed_at + interval '1 second'"
                        + " where application_id = ?")
                .params(
                        jdbc.sql("select document::text from parsed_document where application_id = ?")
                                .param(id.value())
                                .query(String.class)
                                .single()
                                .replace("99.5%", "98.0%"),
                        id.value())
                .update();
        assertThat(repository.find(id).orElseThrow().text()).contains("98.0%").doesNotContain("99.5%");

        jdbc.sql("delete from parsed_document where application_id = ?")
                .param(id.value())
                .update();
        assertThat(repository.find(id)).isEmpty();
    }

    @Test
    void only_a_bounded_number_of_documents_is_kept() {
        ParsedDocument document = parse("정부출연금은 3억 원이다.");
        ApplicationId oldest = new ApplicationId(UUID.randomUUID());
        repository.upsert(oldest, "c".repeat(64), document);
        ParsedDocument kept = repository.find(oldest).orElseThrow();
        for (int i = 0; i < ParsedDocumentRepository.RECENT_DOCUMENTS; i++) {
            ApplicationId other = new ApplicationId(UUID.randomUUID());
            repository.upsert(other, "d".repeat(64), document);
            repository.find(other).orElseThrow();
        }
        // pushed out by newer reads: read from the database again, equal but not the kept instance
        ParsedDocument again = repository.find(oldest).orElseThrow();
        assertThat(again).isEqualTo(kept).isNotSameAs(kept);
    }
}
