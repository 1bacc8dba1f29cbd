package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParseSummary;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.ApplicationId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ParsedDocumentRepository {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    /** Documents kept: a few per pipeline worker is enough for one job's stages. */
    static final int RECENT_DOCUMENTS = 16;

    private final Map<ApplicationId, Recent> recent = Collections.synchronizedMap(new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ApplicationId, Recent> eldest) {
            return size() > RECENT_DOCUMENTS;
        }
    });

    ParsedDocumentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void upsert(ApplicationId application, String inputSha256, ParsedDocument document) {
        ParseSummary summary = ParseSummary.of(document);
        jdbc.sql("""
                        insert into parsed_document (application_id, parser_version, input_sha256, needs_ocr,
                                                     hidden_spans, not_read, document, parsed_at)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), now())
                        on conflict (application_id) do update set
                            parser_version = excluded.parser_version,
                            input_sha256 = excluded.input_sha256,
                            needs_ocr = excluded.needs_ocr,
                            hidden_spans = excluded.hidden_spans,
                            not_read = excluded.not_read,
                            document = excluded.document,
                            parsed_at = excluded.parsed_at
                        """)
                .params(
                        application.value(),
                        document.parserVersion(),
                        inputSha256,
                        document.needsOcr(),
                        document.hiddenText().size(),
                        summary.notRead(),
                        json.writeValueAsString(document))
                .update();
    }

    /**
     * The stored document. The pipeline's extract, similarity and score stages each read their plan's
     * document: the documents read last are kept with the {@code parsed_at} they were stored with, and one
     * statement either confirms that the stored row is still that one (the document stays in the database)
     * or sends the new one. A re-parse, by this instance or another, or a deletion is always seen.
     */
    Optional<ParsedDocument> find(ApplicationId application) {
        Recent known = recent.get(application);
        Optional<StoredRow> row = jdbc.sql("""
                        select parsed_at,
                               case when parsed_at = cast(? as timestamptz) then null else document::text end
                        from parsed_document where application_id = ?""")
                .params(known == null ? null : known.parsedAt(), application.value())
                .query((rs, n) -> new StoredRow(rs.getObject(1, OffsetDateTime.class), rs.getString(2)))
                .optional();
        if (row.isEmpty()) {
            recent.remove(application);
            return Optional.empty();
        }
        if (row.get().document() == null && known != null) {
            return Optional.of(known.document());
        }
        ParsedDocument document = json.readValue(row.get().document(), ParsedDocument.class);
        recent.put(application, new Recent(row.get().parsedAt(), document));
        return Optional.of(document);
    }

    private record StoredRow(
            OffsetDateTime parsedAt, @Nullable String document) {}

    private record Recent(OffsetDateTime parsedAt, ParsedDocument document) {}

    /** The columns stored beside each document (hidden spans, needs OCR): the documents themselves stay unread. */
    Map<ApplicationId, ParseSummary> summaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, ParseSummary> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select application_id, hidden_spans, needs_ocr, not_read from parsed_document
                        where application_id = any(cast(string_to_array(?, ',') as uuid[]))""")
                .param(idList(applications))
                .query((rs, n) -> Map.entry(
                        new ApplicationId(rs.getObject(1, UUID.class)),
                        new ParseSummary(rs.getInt(2), rs.getBoolean(3), rs.getString(4))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The ids as one comma-separated parameter: one statement however many ids (no IN-list expansion). */
    private static String idList(Collection<ApplicationId> applications) {
        return applications.stream().map(a -> a.value().toString()).distinct().collect(Collectors.joining(","));
    }
}
