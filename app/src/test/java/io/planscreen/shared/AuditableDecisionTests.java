package io.planscreen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditableDecisionTests {

    private static final ApplicationId APPLICATION = ApplicationId.random();

    @Test
    void each_kind_of_decider_is_recorded_by_its_actor_prefix() {
        assertThat(AuditableDecision.human("kim").actor()).isEqualTo("user:kim");
        assertThat(AuditableDecision.model("broker-detector", "v9").actor()).isEqualTo("model:broker-detector");
        assertThat(AuditableDecision.rule("writer-links", "1").actor()).isEqualTo("rule:writer-links");
        assertThat(AuditableDecision.system("screening").actor()).isEqualTo("system:screening");
    }

    @Test
    void a_decision_names_only_the_provenance_it_was_given() {
        AuditableDecision human = AuditableDecision.human("kim").decided(null, "intake.accepted", "in", "{}", null);
        assertThat(human.modelVersion()).isNull();
        assertThat(human.modelSha256()).isNull();
        assertThat(human.promptPath()).isNull();
        assertThat(human.promptSha256()).isNull();

        Instant received = Instant.parse("2026-03-01T09:00:00Z");
        AuditableDecision model = AuditableDecision.model("extraction-llm", "offline-3+qwen")
                .decided(APPLICATION, "extraction.fields", "in", "{\"a\":1}", "why")
                .withWeights("ab")
                .withPrompt("prompts/extraction/v2", "cd")
                .at(received);
        assertThat(model)
                .isEqualTo(new AuditableDecision(
                        APPLICATION,
                        "extraction.fields",
                        "model:extraction-llm",
                        "offline-3+qwen",
                        "ab",
                        "prompts/extraction/v2",
                        "cd",
                        "in",
                        "{\"a\":1}",
                        "why",
                        received));
        assertThat(human.withModel("v9", "ef"))
                .extracting(AuditableDecision::modelVersion, AuditableDecision::modelSha256)
                .containsExactly("v9", "ef");
    }
}
