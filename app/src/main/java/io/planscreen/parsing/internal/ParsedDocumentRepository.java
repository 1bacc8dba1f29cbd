package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParseSummary;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** The columns stored beside each document (hidden spans, needs OCR): the documents themselves stay unread. */
    Map<ApplicationId, ParseSummary> summaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, ParseSummary> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select application_id, hidden_spans, needs_ocr from parsed_document
                        where application_id = any(cast(string_to_array(?, ',') as uuid[]))""")
                .param(idList(applications))
                .query((rs, n) -> Map.entry(
                        new ApplicationId(rs.getObject(1, UUID.class)),
                        new ParseSummary(rs.getInt(2), rs.getBoolean(3))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The ids as one comma-separated parameter: one statement however many ids (no IN-list expansion). */
    private static String idList(Collection<ApplicationId> applications) {
        return applications.stream().map(a -> a.value().toString()).distinct().collect(Collectors.joining(","));
    }
}
