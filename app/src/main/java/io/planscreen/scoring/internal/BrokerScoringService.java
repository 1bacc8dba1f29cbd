package io.planscreen.scoring.internal;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.PlanNeighbourhood;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.ReuseSignals;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.scoring.BrokerSummary;
import io.planscreen.scoring.ScoringProblems;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.Sha256;
import io.planscreen.similarity.ReuseReport;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@EnableConfigurationProperties(ScoringProperties.class)
class BrokerScoringService implements BrokerScoring {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BrokerModels models;

    private final AssessmentRepository assessments;

    private final ApplicationEventPublisher events;

    private final int reasons;

    BrokerScoringService(
            BrokerModels models,
            AssessmentRepository assessments,
            ApplicationEventPublisher events,
            ScoringProperties properties) {
        this.models = models;
        this.assessments = assessments;
        this.events = events;
        this.reasons = properties.reasons();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BrokerAssessment> assessment(ApplicationId application) {
        return assessments.find(application);
    }

    @Override
    public Map<ApplicationId, BrokerSummary> brokerSummaries(Collection<ApplicationId> applications) {
        return assessments.summaries(applications);
    }

    /** Scores from the stored feature vector: the same inputs, bit for bit, with any loaded version. */
    @Override
    @Transactional(readOnly = true)
    public BrokerAssessment rescore(ApplicationId application, String modelVersion) {
        String features = assessments
                .features(application)
                .orElseThrow(() -> new PlanScreenException(ScoringProblems.NOT_SCORED, application.toString()));
        BrokerDetector detector = models.version(modelVersion);
        List<String> missing = missing(features, detector.features());
        if (!missing.isEmpty()) {
            // stored before this version's features existed: scoring them as 0 would not be this model's answer
            throw new PlanScreenException(
                    ScoringProblems.FEATURES_MISSING, application.toString(), modelVersion, String.join(", ", missing));
        }
        return assess(detector, fromJson(features));
    }

    /** The SCORE stage: features from the plan, its fields and its reuse report; stored and audited. */
    @Transactional
    public BrokerAssessment score(
            ApplicationId application, PlanText plan, Map<String, String> fields, Optional<ReuseReport> reuse) {
        double[] features = PlanFeatures.compute(
                plan, fields, reuse.map(BrokerScoringService::signals).orElse(ReuseSignals.NONE));
        BrokerDetector detector = models.active();
        BrokerAssessment assessment = assess(detector, features);
        String featuresJson = toJson(features);
        String inputSha256 = sha256(featuresJson);
        assessments.save(application, assessment, featuresJson, inputSha256);
        events.publishEvent(AuditableDecision.model(BrokerModels.NAME, detector.version())
                .decided(
                        application,
                        "scoring.broker",
                        inputSha256,
                        JSON.writeValueAsString(Map.of(
                                "probability", assessment.probability(),
                                "band", assessment.band().name(),
                                "flagged", assessment.flagged(),
                                "threshold", assessment.threshold())),
                        assessment.reasons().stream()
                                .map(BrokerAssessment.Reason::textEn)
                                .collect(Collectors.joining(" ")))
                .withWeights(detector.weightsSha256()));
        return assessment;
    }

    private BrokerAssessment assess(BrokerDetector detector, double[] features) {
        BrokerDetector.Prediction prediction = detector.predict(features);
        List<BrokerAssessment.Reason> top = prediction.top(reasons).stream()
                .map(c -> new BrokerAssessment.Reason(
                        c.feature().name(), Math.round(c.effect() * 10000) / 10000.0, c.ko(), c.en()))
                .toList();
        return new BrokerAssessment(
                prediction.probability(),
                BrokerAssessment.Band.valueOf(prediction.band()),
                prediction.flagged(),
                detector.threshold(),
                detector.version(),
                detector.weightsSha256(),
                top);
    }

    /**
     * The reuse report seen the way the training corpus sees reuse ({@link ReuseSignals}): one reused
     * paragraph per cluster, with its best similarity and the distinct other applications holding it; and
     * the whole-plan figures the finder stored, computed by the same {@link PlanReuse} and {@link
     * PlanNeighbourhood} training uses.
     */
    static ReuseSignals signals(ReuseReport report) {
        List<ReuseSignals.ReusedParagraph> reused = report.clusters().stream()
                .map(c -> new ReuseSignals.ReusedParagraph(
                        c.members().stream()
                                .mapToDouble(ReuseReport.Member::similarity)
                                .max()
                                .orElse(0),
                        c.members().stream()
                                .map(m -> m.application().toString())
                                .collect(Collectors.toSet())))
                .toList();
        return ReuseSignals.of(report.paragraphsChecked(), report.otherCompanies(), report.largestCluster(), reused)
                .withPlans(new PlanReuse(
                        report.planSimilarity(),
                        report.similarPlan() == null
                                ? null
                                : report.similarPlan().toString(),
                        report.similarPlans(),
                        report.planTop3Mean()))
                .withNeighbourhood(new PlanNeighbourhood(
                        report.planNeighbour1(),
                        report.planNeighbours2to4(),
                        report.planNeighbours5to20(),
                        report.planNeighbours21to60()));
    }

    /** Canonical JSON: feature names in schema order, values as Java prints doubles (round-trips exactly). */
    static String toJson(double[] features) {
        Map<String, Double> named = new LinkedHashMap<>();
        List<String> names = PlanFeatures.names();
        for (int i = 0; i < features.length; i++) {
            named.put(names.get(i), features[i]);
        }
        return JSON.writeValueAsString(named);
    }

    /** Names the version reads that a stored feature vector does not hold. */
    static List<String> missing(String json, List<String> needed) {
        Map<?, ?> named = JSON.readValue(json, Map.class);
        return needed.stream().filter(n -> !(named.get(n) instanceof Number)).toList();
    }

    static double[] fromJson(String json) {
        Map<?, ?> named = JSON.readValue(json, Map.class);
        List<String> names = PlanFeatures.names();
        double[] out = new double[names.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = named.get(names.get(i));
            out[i] = v instanceof Number n ? n.doubleValue() : 0;
        }
        return out;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
