package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.features.PlanFeatures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TrainBrokerModelArgumentsTests {

    @Test
    void v9s_card_command_parses_to_what_v9_was_trained_with() {
        Arguments a = TrainBrokerModel.parse(
                "--version",
                "v9",
                "--train-seeds",
                "5550001,7770001,9990001",
                "--train-seed-splits",
                "train,test",
                "--select",
                "roc",
                "--precision-z",
                "1.0");

        assertThat(a.version()).isEqualTo("v9");
        assertThat(a.network()).isEqualTo("v9");
        assertThat(a.out()).isEqualTo(Path.of("ml-models/models/broker-detector/v9"));
        assertThat(a.trainSeeds()).containsExactly(5550001L, 7770001L, 9990001L);
        assertThat(a.trainSeedSplits()).containsExactly("train", "test");
        assertThat(a.select()).isEqualTo(Arguments.Selection.ROC);
        assertThat(a.precisionZ()).isEqualTo(1.0);
        assertThat(a.mlpHidden()).containsExactly(8, 16);
        assertThat(a.mlpDecays()).containsExactly(0.01f);
        assertThat(a.featureSelection()).isTrue();
        assertThat(a.seed()).isEqualTo(42);
        assertThat(a.generatorMode()).isFalse();
        assertThat(a.commandLine()).startsWith("scripts/train-broker-model --version v9");
    }

    @Test
    void older_versions_defaults_and_flags_written_with_a_value_still_parse() {
        Arguments v4 = TrainBrokerModel.parse(
                "--version", "v4", "--selection", "false", "--validation-only", "true", "--agency-cv", "true");
        assertThat(v4.mlpHidden()).containsExactly(8);
        assertThat(v4.featureSelection()).isFalse();
        assertThat(v4.validationOnly()).isTrue();
        assertThat(v4.agencyCv()).isTrue();
        assertThat(v4.precisionZ()).isNull();
        assertThat(TrainBrokerModel.parse("--select", "agency-cv").select()).isEqualTo(Arguments.Selection.AGENCY_CV);
        assertThat(TrainBrokerModel.parse("--evaluate", "a/v7,a/v9", "--corpus-seeds", "1,2")
                        .evaluate())
                .containsExactly(Path.of("a/v7"), Path.of("a/v9"));
        assertThat(TrainBrokerModel.parse("--corpus-seed", "9").corpusSeeds()).containsExactly(9L);
    }

    @Test
    void generator_mode_reads_corpora_by_role_and_trains_on_every_first_generator_split_but_drift() {
        Arguments a = TrainBrokerModel.parse(
                "--version",
                "v10",
                "--train",
                "g1:5550001,g2:7101:120",
                "--select-on",
                "g2:7201:120",
                "--final",
                "g2:7301:120,g2:7302",
                "--feature-groups",
                "reuse",
                "--leave-one-generator-out");

        assertThat(a.generatorMode()).isTrue();
        assertThat(a.trainCorpora()).containsExactly(new CorpusRef("g1", 5550001, 0), new CorpusRef("g2", 7101, 120));
        assertThat(a.selectCorpora()).containsExactly(new CorpusRef("g2", 7201, 120));
        assertThat(a.finalCorpora()).extracting(CorpusRef::seed).containsExactly(7301L, 7302L);
        assertThat(a.trainSeedSplits()).containsExactly("train", "validation", "test");
        assertThat(a.leaveOneGeneratorOut()).isTrue();
        assertThat(TrainingData.pool(a))
                .isNotEmpty()
                .allMatch(n -> PlanFeatures.SCHEMA.stream()
                        .anyMatch(f -> f.name().equals(n) && f.group().equals("reuse")))
                .contains("reuse_share", "reuse_companies", "plan_similarity_max");
    }

    @Test
    void evaluate_reads_corpora_by_generator_in_arrival_order_when_asked() {
        Arguments a = TrainBrokerModel.parse(
                "--evaluate", "m/v9,m/v10", "--on", "g2:16201,g2:16202", "--arrival-order", "--report", "r.json");

        assertThat(a.evaluate()).containsExactly(Path.of("m/v9"), Path.of("m/v10"));
        assertThat(a.evaluateOn()).extracting(CorpusRef::toString).containsExactly("g2:16201", "g2:16202");
        assertThat(a.arrivalOrder()).isTrue();
        assertThat(a.generatorMode()).isFalse();
        assertThat(a.report()).isEqualTo(Path.of("r.json"));
    }

    @Test
    void a_corpus_named_in_two_roles_or_a_half_generator_run_is_refused() {
        assertThatThrownBy(() -> TrainBrokerModel.parse("--train", "g1:1", "--select-on", "g2:5", "--final", "g2:5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g2:5 is named twice");
        assertThatThrownBy(() -> TrainBrokerModel.parse("--train", "g1:1")).hasMessageContaining("--select-on");
        assertThatThrownBy(() -> TrainBrokerModel.parse("--train-seeds", "20251"))
                .hasMessageContaining("differ from the corpus seed");
        assertThatThrownBy(() -> CorpusRef.parse("g2-7101")).hasMessageContaining("GENERATOR:SEED");
        assertThatCode(() -> TrainBrokerModel.parse("--feature-groups", "vibes"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> TrainingData.pool(TrainBrokerModel.parse("--feature-groups", "vibes")))
                .hasMessageContaining("--feature-groups");
    }

    @Test
    void an_unknown_option_is_a_usage_error_not_a_silently_ignored_pair() {
        assertThat(TrainBrokerModel.run("--no-such-option", "3")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThatThrownBy(() -> TrainBrokerModel.parse("--select", "best")).isInstanceOf(Exception.class);
        assertThat(List.of(TrainBrokerModel.parse("--help").version())).containsExactly("v1");
    }
}
