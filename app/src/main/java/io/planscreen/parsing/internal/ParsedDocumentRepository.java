package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ParsedDocumentRepository {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    ParsedDocumentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void upsert(ApplicationId application, String inputSha256, ParsedDocument document) {
        jdbc.sql("""
                        insert into parsed_document (application_id, parser_version, input_sha256, needs_ocr,
                                                     hidden_spans, document, parsed_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), now())
                        on conflict (application_id) do update set
                            parser_version = excluded.parser_version,
                            input_sha256 = excluded.input_sha256,
                            needs_ocr = excluded.needs_ocr,
                            hidden_spans = excluded.hidden_spans,
                            document = excluded.document,
                            parsed_at = excluded.parsed_at
                        """)
                .params(
                        application.value(),
                        document.parserVersion(),
                        inputSha256,
                        document.needsOcr(),
                        document.hiddenText().size(),
                        json.writeValueAsString(document))
                .update();
    }

    Optional<ParsedDocument> find(ApplicationId application) {
        return jdbc.sql("select document::text from parsed_document where application_id = ?")
                .param(application.value())
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, ParsedDocument.class));
    }
}
