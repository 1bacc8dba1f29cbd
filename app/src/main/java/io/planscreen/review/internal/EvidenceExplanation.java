package io.planscreen.review.internal;

import io.planscreen.ml.features.Feature;
import io.planscreen.ml.features.PlanFeatures;
import io.planscreen.review.Reviews;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.WriterEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The evaluator's explanation, in Korean and English, built from the evidence the evaluator sees: the reuse
 * figures (N of M paragraphs, K companies, the longest shared run, the closest application they may open), the
 * writer cluster and shared file author, another applicant's identifiers left in the plan (or this company's in
 * another applicant's plan; from programs the viewer may not read only a count), and the model's reasons that
 * raised and lowered the likelihood. When
 * the likelihood is low beside near-verbatim copies, a line says why and what to do. Numbers come from the
 * report filtered for the viewer, so nothing here names an application the viewer may not read.
 */
final class EvidenceExplanation {

    /** A paragraph this similar to another company's is a near-verbatim copy. */
    static final double VERBATIM = 0.90;

    /** Model reasons below this effect (0.1 percentage point) say nothing and are left out. */
    static final double NEGLIGIBLE = 0.001;

    private static final Map<String, Feature> FEATURES =
            PlanFeatures.SCHEMA.stream().collect(Collectors.toMap(Feature::name, Function.identity()));

    private final MessageSource messages;

    private final EvidenceExplanationIdentifiers identifiers;

    EvidenceExplanation(MessageSource messages) {
        this.messages = messages;
        this.identifiers = new EvidenceExplanationIdentifiers(messages);
    }

    List<Reviews.ExplanationLine> explain(
            @Nullable BrokerAssessment broker,
            @Nullable ReuseReport shown,
            int withheld,
            WriterEvidence.@Nullable Cluster cluster) {
        List<Reviews.ExplanationLine> lines = new ArrayList<>();
        int verbatim = 0;
        if (shown != null && shown.paragraphsReused() > 0) {
            verbatim = (int) shown.clusters().stream()
                    .filter(c -> c.members().stream().anyMatch(m -> m.similarity() >= VERBATIM))
                    .count();
            lines.add(line(
                    Reviews.ExplanationLine.Kind.RAISES,
                    "evidence.reuse.share",
                    shown.paragraphsReused(),
                    shown.paragraphsChecked(),
                    shown.otherCompanies(),
                    shown.longestSharedRun()));
            ReuseReport.ReusedPassage closest = shown.passages().stream()
                    .max(Comparator.comparingDouble(ReuseReport.ReusedPassage::similarity))
                    .orElse(null);
            if (closest != null) {
                lines.add(line(
                        Reviews.ExplanationLine.Kind.RAISES,
                        "evidence.reuse.closest",
                        closest.otherApplication().value().toString(),
                        percent(closest.similarity()),
                        closest.paragraph() + 1));
            }
            if (verbatim > 0) {
                lines.add(line(Reviews.ExplanationLine.Kind.RAISES, "evidence.reuse.verbatim", verbatim));
            }
        } else if (shown != null) {
            lines.add(line(Reviews.ExplanationLine.Kind.LOWERS, "evidence.reuse.none", shown.paragraphsChecked()));
        }
        if (withheld > 0) {
            lines.add(line(Reviews.ExplanationLine.Kind.FACT, "evidence.withheld", withheld));
        }
        if (cluster != null) {
            lines.add(new Reviews.ExplanationLine(
                    cluster.flagged() ? Reviews.ExplanationLine.Kind.RAISES : Reviews.ExplanationLine.Kind.FACT,
                    text(
                            "evidence.cluster",
                            Locale.KOREAN,
                            cluster.applications(),
                            cluster.companies(),
                            shared(cluster, Locale.KOREAN)),
                    text(
                            "evidence.cluster",
                            Locale.ENGLISH,
                            cluster.applications(),
                            cluster.companies(),
                            shared(cluster, Locale.ENGLISH))));
            if (cluster.author() != null) {
                lines.add(line(
                        Reviews.ExplanationLine.Kind.RAISES,
                        "evidence.author",
                        cluster.author(),
                        cluster.authorCompanies()));
            }
            lines.addAll(identifiers.explain(cluster));
        }
        if (broker != null) {
            List<BrokerAssessment.Reason> raising = new ArrayList<>();
            List<BrokerAssessment.Reason> lowering = new ArrayList<>();
            for (BrokerAssessment.Reason reason : broker.reasons()) {
                if (Math.abs(reason.contribution()) < NEGLIGIBLE || !FEATURES.containsKey(reason.feature())) {
                    continue;
                }
                (reason.contribution() > 0 ? raising : lowering).add(reason);
            }
            raising.forEach(r -> lines.add(model(Reviews.ExplanationLine.Kind.RAISES, "evidence.model.raised", r)));
            lowering.forEach(r -> lines.add(model(Reviews.ExplanationLine.Kind.LOWERS, "evidence.model.lowered", r)));
            boolean copied = verbatim > 0 || (cluster != null && cluster.flagged());
            if (!broker.flagged() && copied) {
                String why = lowering.isEmpty() ? null : lowering.get(0).feature();
                lines.add(whyLow(broker, verbatim, why));
            }
        }
        return lines;
    }

    private Reviews.ExplanationLine whyLow(BrokerAssessment broker, int verbatim, @Nullable String feature) {
        String pct = String.format(Locale.ROOT, "%.1f", broker.probability() * 100);
        String threshold = percent(broker.threshold());
        if (feature == null) {
            return line(Reviews.ExplanationLine.Kind.NOTE, "evidence.whyLow.style", pct, threshold, verbatim);
        }
        Feature f = FEATURES.get(feature);
        return new Reviews.ExplanationLine(
                Reviews.ExplanationLine.Kind.NOTE,
                text("evidence.whyLow", Locale.KOREAN, pct, threshold, verbatim, f.ko()),
                text("evidence.whyLow", Locale.ENGLISH, pct, threshold, verbatim, f.en()));
    }

    private Reviews.ExplanationLine model(Reviews.ExplanationLine.Kind kind, String key, BrokerAssessment.Reason r) {
        Feature f = FEATURES.get(r.feature());
        String points = String.format(Locale.ROOT, "%.1f", Math.abs(r.contribution()) * 100);
        return new Reviews.ExplanationLine(
                kind, text(key, Locale.KOREAN, f.ko(), points), text(key, Locale.ENGLISH, capitalised(f.en()), points));
    }

    private Reviews.ExplanationLine line(Reviews.ExplanationLine.Kind kind, String key, Object... args) {
        return new Reviews.ExplanationLine(kind, text(key, Locale.KOREAN, args), text(key, Locale.ENGLISH, args));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String shared(WriterEvidence.Cluster cluster, Locale locale) {
        return cluster.shared().stream()
                .map(code -> text("evidence.shared." + code, locale))
                .collect(Collectors.joining(", "));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f", share * 100);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
