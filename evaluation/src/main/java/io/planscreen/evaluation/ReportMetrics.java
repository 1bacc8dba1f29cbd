package io.planscreen.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The sections of metrics.json as records: the names are the file's keys, in the file's order. */
final class ReportMetrics {

    private ReportMetrics() {}

    /** @param routes how many documents each route read ({@code file}, {@code plantext}) */
    record Dataset(int documents, long labelled, long broker, Map<String, Long> routes, long errors) {}

    /** One field's counts: gold = fields the gold states, extracted = fields the extractor gave. */
    record FieldAccuracy(double gold, double correct, double extracted, double accuracy, double precision) {}

    record Accuracy(@JsonProperty("overall_accuracy") double overallAccuracy, Map<String, FieldAccuracy> fields) {}

    /** @param llm absent when no LLM endpoint was configured (then no tokens were sent either) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Extraction(
            Accuracy offline,
            @Nullable Accuracy llm,
            @JsonProperty("tokens_sent_mean") @Nullable Double tokensSentMean,
            @JsonProperty("naive_tokens_mean") double naiveTokensMean) {}

    record Paperwork(
            int plans,
            @JsonProperty("required_mean") double requiredMean,
            @JsonProperty("satisfied_mean") double satisfiedMean,
            @JsonProperty("reduction_ratio") double reductionRatio) {}

    record Injection(
            int pairs,
            @JsonProperty("hidden_found") long hiddenFound,
            long leaked,
            @JsonProperty("fields_changed") long fieldsChanged,
            long errors) {}

    /** Empty (no groups at all) when the data set carries no company attributes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fairness(
            @JsonProperty("capital_vs_other") @Nullable List<GroupRates.Group> capitalVsOther,
            @Nullable List<GroupRates.Group> region,
            @Nullable List<GroupRates.Group> size,
            @Nullable List<GroupRates.Group> industry) {

        static final Fairness NONE = new Fairness(null, null, null, null);
    }

    record Scorer(
            String description,
            int plans,
            @JsonProperty("roc_auc") double rocAuc,
            @JsonProperty("pr_auc") double prAuc,
            double threshold,
            double precision,
            double recall,
            double ece,
            BinaryMetrics.Confusion confusion,
            Fairness fairness) {}
}
