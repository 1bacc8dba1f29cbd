package io.planscreen.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.ml.reuse.ParagraphMatch;
import io.planscreen.ml.reuse.PlanIndex;
import io.planscreen.ml.reuse.PlanNeighbourhood;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
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
    void
            whole_plan_signals_and_the_neighbourhood_from_the_stored_report_equal_the_training_index_and_survive_the_json() {
        List<String> source = List.of(
                "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 절감합니다.",
                "국내 스마트공장 시장은 연평균 성장하고 있으며 당사는 초기 고객 세 곳을 확보하였습니다.",
                "개발 인력 다섯 명과 생산 협력사 두 곳으로 사업화를 추진할 계획입니다.");
        List<String> copy = List.of(
                "당사는 인공지능 기반 불량 검사 솔루션을 개발해 중소 제조기업의 품질 관리 비용을 줄입니다.",
                "국내 스마트공장 시장은 매년 성장하고 있으며 당사는 초기 고객 세 곳을 확보하였습니다.",
                "개발 인력 다섯 명과 생산 협력사 두 곳으로 사업화를 추진할 예정입니다.");
        List<String> other = List.of("친환경 포장재를 생산하는 당사는 지역 농가와 협력하여 유통 구조를 개선합니다.");
        List<String> half = List.of(source.get(0), source.get(1), "지역 대학과 공동 연구로 검출 정확도를 높일 계획입니다.");
        PlanIndex index = new PlanIndex();
        index.add(A.toString(), "ca", PlanSignature.of(source));
        index.add(B.toString(), "cb", PlanSignature.of(other));
        index.add(C.toString(), "cq", PlanSignature.of(source)); // the query's own company: never counted
        for (int i = 0; i < 5; i++) {
            index.add(UUID.randomUUID().toString(), "ch" + i, PlanSignature.of(half));
        }
        PlanReuse trained = index.find(PlanSignature.of(copy), "cq");
        PlanNeighbourhood neighbourhood = index.neighbourhood(PlanSignature.of(copy), "cq");
        assertThat(trained.bestPlan()).isEqualTo(A.toString());
        assertThat(trained.maxSimilarity()).isGreaterThan(PlanReuse.SIMILAR_LEVEL);
        assertThat(neighbourhood.nearest()).isEqualTo(trained.maxSimilarity());
        assertThat(neighbourhood.ranks5to20()).isPositive();

        ReuseReport report = new ReuseReport(
                0,
                3,
                0,
                List.of(),
                List.of(),
                0,
                0,
                trained.maxSimilarity(),
                ApplicationId.of(trained.bestPlan()),
                trained.similarPlans(),
                trained.top3Mean(),
                neighbourhood.nearest(),
                neighbourhood.ranks2to4(),
                neighbourhood.ranks5to20(),
                neighbourhood.ranks21to60());
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        ReuseReport stored = json.readValue(json.writeValueAsString(report), ReuseReport.class);

        ReuseSignals served = BrokerScoringService.signals(stored);
        ReuseSignals expected = ReuseSignals.of(3, List.of()).withPlans(trained).withNeighbourhood(neighbourhood);
        assertThat(served).isEqualTo(expected);
        assertThat(served.neighbourhood()).isEqualTo(neighbourhood);
        assertThat(served.planMaxSimilarity()).isEqualTo(trained.maxSimilarity());
        assertThat(served.planTop3Mean()).isEqualTo(trained.top3Mean());
        assertThat(served.similarPlans()).isEqualTo(trained.similarPlans());

        // a report stored before whole-plan figures existed reads as none found
        String old = "{\"maxSimilarity\":0.5,\"paragraphsChecked\":2,\"paragraphsReused\":0,\"passages\":[],"
                + "\"clusters\":[],\"otherCompanies\":0,\"templateParagraphs\":0}";
        assertThat(BrokerScoringService.signals(json.readValue(old, ReuseReport.class)))
                .isEqualTo(ReuseSignals.of(2, List.of()).withPlans(PlanReuse.NONE));
        // and one stored before the neighbourhood existed (v4) reads it as none
        String v4 = "{\"maxSimilarity\":0.5,\"paragraphsChecked\":2,\"paragraphsReused\":0,\"passages\":[],"
                + "\"clusters\":[],\"otherCompanies\":0,\"templateParagraphs\":0,\"planSimilarity\":0.5,"
                + "\"similarPlan\":null,\"similarPlans\":1,\"planTop3Mean\":0.25}";
        ReuseSignals fromV4 = BrokerScoringService.signals(json.readValue(v4, ReuseReport.class));
        assertThat(fromV4.neighbourhood()).isEqualTo(PlanNeighbourhood.NONE);
        assertThat(fromV4.planMaxSimilarity()).isEqualTo(0.5);
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
        // a v3-era vector (40 features) lacks exactly v4's whole-plan features
        Map<String, Double> v3 = new LinkedHashMap<>();
        PlanFeatures.names().subList(0, 40).forEach(n -> v3.put(n, 0.5));
        String v3Json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(v3);
        assertThat(BrokerScoringService.missing(v3Json, PlanFeatures.names().subList(0, 43)))
                .containsExactly("plan_similarity_max", "plan_similar_count", "plan_similarity_top3");
        // a v4-era vector (43 features) lacks exactly v5's neighbourhood
        Map<String, Double> v4 = new LinkedHashMap<>();
        PlanFeatures.names().subList(0, 43).forEach(n -> v4.put(n, 0.5));
        String v4Json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(v4);
        assertThat(BrokerScoringService.missing(v4Json, PlanFeatures.names()))
                .containsExactly(
                        "plan_neighbour_1", "plan_neighbours_2_4", "plan_neighbours_5_20", "plan_neighbours_21_60");
        double[] back = BrokerScoringService.fromJson(json);
        assertThat(back).hasSize(PlanFeatures.names().size());
        assertThat(back[0]).isEqualTo(0.5);
    }
}
