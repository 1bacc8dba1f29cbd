package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import io.planscreen.ml.broker.ModelSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders MODEL_CARD.md from the schema and the measured metrics, so the card never disagrees with them. */
final class ModelCard {

    private ModelCard() {}

    /** Mean absolute occlusion effect per feature over (up to 300) test plans. */
    static Map<String, Double> topFeatures(BrokerDetector detector, List<BrokerDataset.Row> rows) {
        Map<String, Double> sum = new LinkedHashMap<>();
        List<BrokerDataset.Row> sample = rows.subList(0, Math.min(300, rows.size()));
        for (BrokerDataset.Row r : sample) {
            for (BrokerDetector.Contribution c : detector.predict(r.features()).contributions()) {
                sum.merge(c.feature().name(), Math.abs(c.effect()) / sample.size(), Double::sum);
            }
        }
        Map<String, Double> top = new LinkedHashMap<>();
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(10)
                .forEach(e -> top.put(e.getKey(), BrokerEvaluation.round(e.getValue())));
        return top;
    }

    @SuppressWarnings("unchecked")
    static String render(ModelSchema schema, Map<String, Object> metrics) {
        // corpora by generator report their once-only set as "final" instead of a split named "test"
        boolean byGenerator = !metrics.containsKey("test");
        Map<String, Object> test =
                (Map<String, Object>) metrics.getOrDefault(byGenerator ? "final" : "test", metrics.get("validation"));
        Map<String, Object> validation = (Map<String, Object>) metrics.get("validation");
        StringBuilder s = new StringBuilder();
        s.append("# Model card: broker-detector ").append(schema.version()).append("\n\n");
        s.append("Flags business plans that look written by a paid broker agency so that an evaluator looks closer. ")
                .append("It never rejects anything: a flag only routes an application to human review.\n\n");
        s.append("## Intended use\n- Screening aid for evaluators of Korean SME grant programs (PSST, SMTECH plans), ")
                .append("together with the reused passages the similarity module shows side by side.\n")
                .append("- Auditors reproduce every score from the stored feature vector and this version's hash.\n\n");
        s.append("## Out of scope\n- Any automatic rejection, ranking or funding decision.\n")
                .append("- Showing the score to applicants, or judging plan quality, honesty or the company.\n")
                .append(
                        "- Plans in other languages or templates than the corpus covers; documents that are not plans.\n\n");
        s.append("## Model\n- MLP (DJL 0.36.0, PyTorch engine) on ")
                .append(schema.features().size())
                .append(" features, hidden layers ")
                .append(Arrays.toString(schema.hidden()))
                .append(", one logit; seed ")
                .append(schema.seed())
                .append(".\n")
                .append(
                        "- Features (`io.planscreen.ml.features.PlanFeatures`, the same code in training and serving): ")
                .append("stylometry, structure against the template, specificity (figures, amounts, years, names), ")
                .append(
                        "consistency of the text with the extracted fields, and reuse (`io.planscreen.ml.reuse`: MinHash ")
                .append(
                        "similarity to other companies' paragraphs, template text learnt from how many companies repeat it). ")
                .append("No phrase list: what separates the classes is learnt.\n")
                .append("- Platt scaling fitted on the validation split: p = σ(")
                .append(fmt(schema.plattA()))
                .append("·logit + ")
                .append(fmt(schema.plattB()))
                .append(").\n")
                .append("- Operating threshold ")
                .append(fmt(schema.threshold()))
                .append(": the ")
                .append(metrics.getOrDefault("threshold_rule", "lowest validation threshold with precision ≥ 0.90"))
                .append(". Band HIGH at or above it, MEDIUM from ")
                .append(fmt(schema.mediumFrom()))
                .append(", LOW below.\n\n");
        s.append("## Data\nSynthetic corpus ")
                .append(metrics.get("corpus"))
                .append(
                        " from `io.planscreen.ml.corpus` (see its DATASET.md): train / validation / test with the test ")
                .append("split's broker agencies never seen in training, plus a drift set (a new year's templates). ")
                .append(
                        "Reuse signals are computed over all corpus plans of the same template, the plan's own company ")
                .append(
                        "excluded, as the service compares an upload with every stored application; they use no labels.\n\n");
        s.append(
                byGenerator
                        ? "## Metrics (final corpora, read once: unseen agencies)\n\n| metric | target | final | selection |\n|---|---|---|---|\n"
                        : "## Metrics (test split: unseen agencies)\n\n| metric | target | test | validation |\n|---|---|---|---|\n");
        row(s, "ROC-AUC", "≥ 0.95", test, validation, "roc_auc");
        row(s, "PR-AUC", "", test, validation, "pr_auc");
        row(s, "precision at threshold", "≥ 0.90", test, validation, "precision");
        row(s, "recall at threshold", "≥ 0.80", test, validation, "recall");
        row(s, "ECE (10 bins)", "≤ 0.05", test, validation, "ece_10_bins");
        row(
                s,
                "own-voice flag rate, non-capital / capital",
                "0.8–1.25",
                test,
                validation,
                "own_voice_flag_rate_ratio_non_capital_to_capital");
        s.append("\nTargets met on test: ").append(targets(test)).append("\n\n");
        if (metrics.containsKey("drift")) {
            Map<String, Object> drift = (Map<String, Object>) metrics.get("drift");
            s.append("Drift set (new templates): ROC-AUC ")
                    .append(drift.get("roc_auc"))
                    .append(", precision ")
                    .append(drift.get("precision"))
                    .append(", recall ")
                    .append(drift.get("recall"))
                    .append(", ECE ")
                    .append(drift.get("ece_10_bins"))
                    .append(".\n\n");
        }
        s.append("## By region, size and industry (test)\n\n");
        for (String group : List.of("by_area", "by_region", "by_size", "by_industry", "by_language")) {
            s.append("### ")
                    .append(group.substring(3))
                    .append(
                            "\n\n| group | plans | broker | flag rate | own-voice flag rate | precision | recall |\n|---|---|---|---|---|---|---|\n");
            ((Map<String, Object>) test.get(group)).forEach((k, v) -> {
                Map<String, Object> g = (Map<String, Object>) v;
                s.append("| ")
                        .append(k)
                        .append(" | ")
                        .append(g.get("plans"))
                        .append(" | ")
                        .append(g.get("broker_plans"))
                        .append(" | ")
                        .append(g.get("flag_rate"))
                        .append(" | ")
                        .append(g.get("own_voice_flag_rate"))
                        .append(" | ")
                        .append(g.get("precision"))
                        .append(" | ")
                        .append(g.get("recall"))
                        .append(" |\n");
            });
            s.append("\n");
        }
        s.append("## Most influential features (mean |occlusion effect| on test)\n\n");
        ((Map<String, Object>) metrics.get("top_features_test"))
                .forEach((k, v) ->
                        s.append("- ").append(k).append(": ").append(v).append("\n"));
        s.append(
                        "\n## Fairness\nThe own-voice flag rate (false alarms) is compared between capital-area (서울·인천·경기) and ")
                .append("other companies; per 시·도 figures above rest on few plans each and are noisy. Region is not a ")
                .append(
                        "feature; `region_in_text` only measures whether the plan mentions the company's own region.\n\n");
        s.append("## Limitations\n- Trained and measured on synthetic plans only: real broker behaviour may differ; ")
                .append("measure on real documents with the evaluation harness before relying on the figures.\n")
                .append(
                        "- Reuse features need other applications on file: the first plans of a new program get weaker signals.\n")
                .append(
                        "- A broker who writes every client's plan from scratch is only caught by style, which is weaker.\n")
                .append(
                        "- Calibration was fitted on validation agencies; new agencies may shift it (see test ECE).\n\n");
        s.append(
                        "## How to retrain\n`scripts/train-broker-model [--seed 42] [--corpus-seed N] [--size N] [--version v2]` ")
                .append(
                        "writes `ml-models/models/broker-detector/<version>/` (weights, feature-schema.json, metrics.json, ")
                .append("this card, SHA256SUMS). Same seeds → same weights and metrics. Never tune on the test split; ")
                .append("a new version is a new folder, and the service registers every version it finds.\n");
        return s.toString();
    }

    private static void row(
            StringBuilder s,
            String name,
            String target,
            Map<String, Object> test,
            Map<String, Object> val,
            String key) {
        s.append("| ")
                .append(name)
                .append(" | ")
                .append(target)
                .append(" | ")
                .append(test.get(key))
                .append(" | ")
                .append(val.get(key))
                .append(" |\n");
    }

    private static String targets(Map<String, Object> t) {
        List<String> out = new ArrayList<>();
        out.add(check("ROC-AUC ≥ 0.95", num(t, "roc_auc") >= 0.95));
        out.add(check("precision ≥ 0.90", num(t, "precision") >= 0.90));
        out.add(check("recall ≥ 0.80", num(t, "recall") >= 0.80));
        out.add(check("ECE ≤ 0.05", num(t, "ece_10_bins") <= 0.05));
        double ratio = num(t, "own_voice_flag_rate_ratio_non_capital_to_capital");
        out.add(check("flag-rate ratio within 0.8–1.25", ratio >= 0.8 && ratio <= 1.25));
        return String.join("; ", out);
    }

    private static String check(String what, boolean met) {
        return what + (met ? " — met" : " — MISSED");
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
