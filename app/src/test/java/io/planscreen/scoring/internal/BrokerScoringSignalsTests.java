package io.planscreen.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.ml.reuse.ParagraphMatch;
import io.planscreen.ml.reuse.ReuseSignals;
import io.planscreen.shared.ApplicationId;
import io.planscreen.similarity.ReuseReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BrokerScoringSignalsTests {

    private static final ApplicationId A = ApplicationId.of(UUID.randomUUID().toString());

    private static final ApplicationId B = ApplicationId.of(UUID.randomUUID().toString());

    private static final ApplicationId C = ApplicationId.of(UUID.randomUUID().toString());

    private static ReuseReport.ReuseCluster cluster(int paragraph, Object... membersAndSimilarities) {
        List<ReuseReport.Member> members = new ArrayList<>();
        for (int i = 0; i < membersAndSimilarities.length; i += 2) {
            members.add(new ReuseReport.Member(
                    (ApplicationId) membersAndSimilarities[i], new ReuseReport.Span(0, 0, 5), "text", (Double)
                            membersAndSimilarities[i + 1]));
        }
        return new ReuseReport.ReuseCluster(new ReuseReport.Span(paragraph, 0, 5), "text", members);
    }

    @Test
    void the_stored_report_gives_the_same_signals_as_the_training_index_for_the_same_matches() {
        // paragraph 0 in A and B, paragraph 1 in A (twice: two of its paragraphs), paragraph 2 in C; 4 checked
        ReuseReport report = new ReuseReport(
                0.9,
                4,
                3,
                List.of(),
                List.of(cluster(0, A, 0.9, B, 0.5), cluster(1, A, 0.6, A, 0.45), cluster(2, C, 0.7)),
                3,
                1);
        List<ParagraphMatch> matches = List.of(
                new ParagraphMatch(0, A.toString(), "ca", 3, 0.9),
                new ParagraphMatch(0, B.toString(), "cb", 1, 0.5),
                new ParagraphMatch(1, A.toString(), "ca", 5, 0.6),
                new ParagraphMatch(1, A.toString(), "ca", 6, 0.45),
                new ParagraphMatch(2, C.toString(), "cc", 2, 0.7));

        ReuseSignals served = BrokerScoringService.signals(report);
        ReuseSignals trained = ReuseSignals.of(4, matches);

        assertThat(served.sharedWith2Share()).isEqualTo(0.25);
        assertThat(served.sharedWith3Share()).isZero();
        assertThat(served.meanSharers()).isEqualTo(4 / 3.0);
        assertThat(served.meanReusedSimilarity()).isEqualTo((0.9 + 0.6 + 0.7) / 3);
        assertThat(served.topPlanShare()).isEqualTo(0.5); // A holds paragraphs 0 and 1
        assertThat(served.closePlans()).isEqualTo(1);
        assertThat(served).isEqualTo(trained);
    }

    @Test
    void a_vector_stored_before_a_versions_features_existed_names_what_it_lacks() {
        Map<String, Double> old = new LinkedHashMap<>();
        PlanFeatures.names().subList(0, 34).forEach(n -> old.put(n, 0.5));
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(old);

        assertThat(BrokerScoringService.missing(json, PlanFeatures.names().subList(0, 34)))
                .isEmpty();
        assertThat(BrokerScoringService.missing(json, PlanFeatures.names()))
                .containsExactlyElementsOf(
                        PlanFeatures.names().subList(34, PlanFeatures.names().size()));
        double[] back = BrokerScoringService.fromJson(json);
        assertThat(back).hasSize(PlanFeatures.names().size());
        assertThat(back[0]).isEqualTo(0.5);
    }
}
