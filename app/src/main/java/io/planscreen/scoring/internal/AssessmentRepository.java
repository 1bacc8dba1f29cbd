package io.planscreen.scoring.internal;

import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerSummary;
import io.planscreen.shared.ApplicationId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class AssessmentRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    AssessmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(ApplicationId application, BrokerAssessment a, String featuresJson, String inputSha256) {
        jdbc.update(
                """
                insert into broker_assessment (application_id, probability, band, flagged, threshold, model_version,
                    model_sha256, reasons_json, features_json, input_sha256)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                on conflict (application_id) do update set probability = excluded.probability, band = excluded.band,
                    flagged = excluded.flagged, threshold = excluded.threshold, model_version = excluded.model_version,
                    model_sha256 = excluded.model_sha256, reasons_json = excluded.reasons_json,
                    features_json = excluded.features_json, input_sha256 = excluded.input_sha256, scored_at = now()
                """,
                application.value(),
                a.probability(),
                a.band().name(),
                a.flagged(),
                a.threshold(),
                a.modelVersion(),
                a.modelSha256(),
                JSON.writeValueAsString(a.reasons()),
                featuresJson,
                inputSha256);
    }

    Optional<BrokerAssessment> find(ApplicationId application) {
        return jdbc
                .query(
                        "select * from broker_assessment where application_id = ?",
                        (rs, i) -> new BrokerAssessment(
                                rs.getDouble("probability"),
                                BrokerAssessment.Band.valueOf(rs.getString("band")),
                                rs.getBoolean("flagged"),
                                rs.getDouble("threshold"),
                                rs.getString("model_version"),
                                rs.getString("model_sha256"),
                                JSON.readValue(
                                        rs.getString("reasons_json"),
                                        new TypeReference<List<BrokerAssessment.Reason>>() {})),
                        application.value())
                .stream()
                .findFirst();
    }

    Optional<String> features(ApplicationId application) {
        return jdbc
                .queryForList(
                        "select features_json from broker_assessment where application_id = ?",
                        String.class,
                        application.value())
                .stream()
                .findFirst();
    }

    /** Probability and flag only (reasons and the feature vector stay unread), in one statement. */
    Map<ApplicationId, BrokerSummary> summaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, BrokerSummary> out = new HashMap<>();
        if (applications.isEmpty()) {
            return out;
        }
        jdbc.query(
                """
                select application_id, probability, flagged from broker_assessment
                where application_id = any(cast(string_to_array(?, ',') as uuid[]))
                """,
                rs -> {
                    out.put(
                            new ApplicationId(rs.getObject(1, UUID.class)),
                            new BrokerSummary(rs.getDouble(2), rs.getBoolean(3)));
                },
                applications.stream().map(a -> a.value().toString()).distinct().collect(Collectors.joining(",")));
        return out;
    }
}
