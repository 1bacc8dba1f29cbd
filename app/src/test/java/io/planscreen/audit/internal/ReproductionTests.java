package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.Applications;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.shared.PlanScreenException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import tools.jackson.databind.json.JsonMapper;

class ReproductionTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StaticListableBeanFactory nothing = new StaticListableBeanFactory();

    private final Reproduction reproduction = new Reproduction(
            null,
            nothing.getBeanProvider(Applications.class),
            nothing.getBeanProvider(DocumentParsing.class),
            nothing.getBeanProvider(FieldExtraction.class),
            nothing.getBeanProvider(BrokerScoring.class),
            JSON);

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
    void a_missing_module_is_a_clear_problem_naming_it() {
        assertThatThrownBy(() -> reproduction.reproduce(record("extraction.fields", "offline-1")))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> {
                    assertThat(e.problem()).isEqualTo(AuditProblems.REPRODUCTION_UNAVAILABLE);
                    assertThat(e.arguments()).containsExactly("intake (Applications)");
                });
        assertThatThrownBy(() -> reproduction.reproduce(record("scoring.broker", "v1")))
                .isInstanceOfSatisfying(PlanScreenException.class, e -> assertThat(e.arguments())
                        .containsExactly("scoring (BrokerScoring)"));
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
