package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.FindingCounts;
import io.planscreen.shared.ApplicationId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored extraction results (one per application, upserted) and the applicants' corrections beside them. */
@Repository
class ExtractionRepository {

    private final JdbcClient jdbc;

    ExtractionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The result as extracted, with each field's latest correction filled in. */
    record Stored(ExtractionResult result, int programVersion, String inputSha256) {}

    void upsert(ApplicationId application, int programVersion, ExtractionResult result, String inputSha256) {
        jdbc.sql("""
                        insert into extraction_result
                            (application_id, program_id, program_version, extractor_version, input_sha256, result)
                        values (?, ?, ?, ?, ?, cast(? as jsonb))
                        on conflict (application_id) do update set
                            program_id = excluded.program_id,
                            program_version = excluded.program_version,
                            extractor_version = excluded.extractor_version,
                            input_sha256 = excluded.input_sha256,
                            result = excluded.result,
                            extracted_at = now()""")
                .params(
                        application.value(),
                        result.program().value(),
                        programVersion,
                        result.extractorVersion(),
                        inputSha256,
                        ProgramSchema.CANONICAL.writeValueAsString(result))
                .update();
    }

    Optional<Stored> find(ApplicationId application) {
        return jdbc.sql(
                        "select result::text, program_version, input_sha256 from extraction_result where application_id = ?")
                .param(application.value())
                .query((rs, n) -> new Stored(
                        ProgramSchema.CANONICAL.readValue(rs.getString(1), ExtractionResult.class),
                        rs.getInt(2),
                        rs.getString(3)))
                .optional()
                .map(stored -> new Stored(
                        withCorrections(application, stored.result()), stored.programVersion(), stored.inputSha256()));
    }

    void correct(ApplicationId application, String key, String value, String username) {
        jdbc.sql("insert into field_correction (application_id, field_key, value, corrected_by) values (?, ?, ?, ?)")
                .params(application.value(), key, value, username)
                .update();
    }

    private ExtractionResult withCorrections(ApplicationId application, ExtractionResult result) {
        Map<String, String> latest = new LinkedHashMap<>();
        jdbc.sql("select field_key, value from field_correction where application_id = ? order by id")
                .param(application.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> latest.put(e.getKey(), e.getValue()));
        if (latest.isEmpty()) {
            return result;
        }
        List<ExtractedField> fields = new ArrayList<>();
        for (ExtractedField f : result.fields()) {
            String corrected = latest.remove(f.key());
            fields.add(
                    corrected == null
                            ? f
                            : new ExtractedField(
                                    f.key(),
                                    f.value(),
                                    f.normalized(),
                                    f.page(),
                                    f.quote(),
                                    f.start(),
                                    f.end(),
                                    f.confidence(),
                                    f.extractor(),
                                    corrected));
        }
        // values the plan did not state and the applicant supplied
        latest.forEach((key, value) -> fields.add(new ExtractedField(key, "", "", 0, "", 0, 0, 0.0, "company", value)));
        return new ExtractionResult(
                result.program(),
                fields,
                result.findings(),
                result.paperwork(),
                result.extractorVersion(),
                result.llmModel(),
                result.promptPath(),
                result.promptSha256(),
                result.llmTokensSent(),
                result.flags());
    }

    /**
     * Findings by severity, counted in the database from the stored results (corrections never change
     * findings, so these are the counts of {@link #find}): fields, quotes and paperwork stay unread.
     */
    Map<ApplicationId, FindingCounts> findingCounts(Collection<ApplicationId> applications) {
        Map<ApplicationId, FindingCounts> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        select r.application_id,
                               count(f.finding) filter (where f.finding ->> 'severity' = 'ERROR'),
                               count(f.finding) filter (where f.finding ->> 'severity' = 'WARNING'),
                               count(f.finding)
                        from extraction_result r
                        left join lateral jsonb_array_elements(
                            case when jsonb_typeof(r.result -> 'findings') = 'array' then r.result -> 'findings'
                                 else '[]'::jsonb end) as f(finding) on true
                        where r.application_id = any(cast(string_to_array(?, ',') as uuid[]))
                        group by r.application_id""")
                .param(applications.stream()
                        .map(a -> a.value().toString())
                        .distinct()
                        .collect(Collectors.joining(",")))
                .query((rs, n) -> Map.entry(
                        new ApplicationId(rs.getObject(1, UUID.class)),
                        new FindingCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
