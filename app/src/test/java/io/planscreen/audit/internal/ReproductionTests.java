package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.shared.PlanScreenException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ReproductionTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    // only the step and version are read before a collaborator would be: none is needed to refuse
    private final Reproduction reproduction = new Reproduction(null, null, null, null, null, JSON);

    private static AuditRecord record(String step, String modelVersion) {
        return new AuditRecord(
                1,
                Instant.now(),
                Instant.now(),
                step,
                "model:x",
                UUID.randomUUID(),
                modelVersion,
                null,
                null,
                null,
                "ab".repeat(32),
                "{}",
                null,
                AuditChain.GENESIS,
                "");
    }

    @Test
    void only_extraction_and_scoring_decisions_are_reproducible() {
        assertThatThrownBy(() -> reproduction.reproduce(record("scoring.broker", null)))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> assertThat(e.problem())
                        .isEqualTo(AuditProblems.NOT_REPRODUCIBLE));
        assertThatThrownBy(() -> reproduction.reproduce(record("review.decision", null)))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> assertThat(e.problem())
                        .isEqualTo(AuditProblems.NOT_REPRODUCIBLE));
    }

    @Test
    void the_diff_walks_the_recorded_fields_and_names_each_difference() {
        List<Reproduction.Difference> out = new ArrayList<>();
        Reproduction.diff(
                "",
                JSON.readTree("{\"a\":1.0,\"b\":[1,2],\"c\":{\"d\":\"x\"},\"e/f\":true}"),
                JSON.readTree("{\"a\":1,\"b\":[1,3,4],\"c\":{\"d\":\"y\"},\"extra\":0}"),
                out);

        assertThat(out).extracting(Reproduction.Difference::path).containsExactly("/b/1", "/b/2", "/c/d", "/e~1f");
    }
}
