package io.planscreen.evaluation;

import io.planscreen.evaluation.BinaryMetrics.Confusion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's broker-detection section: per scorer ROC/PR AUC, the operating point, calibration, and fairness
 * by region, size and industry among own-voice plans, with the plots.
 */
final class BrokerSection {

    private BrokerSection() {}

    static void write(ReportDraft d, Path out, List<Evaluator.ItemResult> results, List<BrokerScores.Scorer> scorers)
            throws IOException {
        d.md.append("## Broker detection\n\n");
        List<Evaluator.ItemResult> labelled =
                results.stream().filter(r -> r.item().label() != null).toList();
        if (labelled.isEmpty() || scorers.isEmpty()) {
            d.md.append("broker detection: not measured (no labels or no scores).\n\n");
            d.notAvailable.add("broker detection (no labels or no scores)");
            return;
        }
        List<String> names = new ArrayList<>();
        List<double[][]> rocs = new ArrayList<>();
        List<double[][]> prs = new ArrayList<>();
        List<double[][]> reliability = new ArrayList<>();
        Map<String, ReportMetrics.Scorer> m = new LinkedHashMap<>();
        d.md.append(
                "| scorer | plans | ROC-AUC | PR-AUC | threshold | precision | recall | ECE (10 bins) | TP | FP | FN | TN |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BrokerScores.Scorer scorer : scorers) {
            List<Evaluator.ItemResult> scored = labelled.stream()
                    .filter(r -> scorer.probabilities().containsKey(r.item().id()))
                    .toList();
            if (scored.isEmpty()) {
                d.notAvailable.add("broker scorer " + scorer.name() + ": no scores for the evaluated ids");
                continue;
            }
            double[] p = scored.stream()
                    .mapToDouble(r -> scorer.probabilities().get(r.item().id()))
                    .toArray();
            int[] y = scored.stream().mapToInt(r -> r.item().label()).toArray();
            double roc = BinaryMetrics.rocAuc(p, y);
            double pr = BinaryMetrics.prAuc(p, y);
            Confusion c = BinaryMetrics.confusion(p, y, scorer.threshold());
            double ece = Calibration.ece(p, y, 10);
            ReportMetrics.Scorer metrics = new ReportMetrics.Scorer(
                    scorer.description(),
                    scored.size(),
                    roc,
                    pr,
                    scorer.threshold(),
                    c.precision(),
                    c.recall(),
                    ece,
                    c,
                    fairness(d, out, scorer, scored, p));
            m.put(scorer.name(), metrics);
            d.md.append(row(scorer, metrics));
            String prefix = "broker." + scorer.name() + ".";
            d.flat.put(prefix + "roc_auc", roc);
            d.flat.put(prefix + "pr_auc", pr);
            d.flat.put(prefix + "precision", c.precision());
            d.flat.put(prefix + "recall", c.recall());
            d.flat.put(prefix + "ece", ece);
            names.add(scorer.name());
            rocs.add(BinaryMetrics.rocCurve(p, y));
            prs.add(BinaryMetrics.prCurve(p, y));
            Calibration.Bin[] bins = Calibration.bins(p, y, 10);
            List<double[]> points = Arrays.stream(bins)
                    .filter(b -> b.count() > 0)
                    .map(b -> new double[] {b.meanPredicted(), b.observedRate()})
                    .toList();
            reliability.add(new double[][] {
                points.stream().mapToDouble(a -> a[0]).toArray(),
                points.stream().mapToDouble(a -> a[1]).toArray()
            });
        }
        d.md.append("\n");
        scorers.forEach(s -> d.md.append("- **")
                .append(s.name())
                .append("**: ")
                .append(s.description())
                .append('\n'));
        d.md.append("\n![ROC](roc.png) ![PR](pr.png) ![calibration](calibration.png)\n\n");
        for (BrokerScores.Scorer scorer : scorers) {
            ReportMetrics.Scorer s = m.get(scorer.name());
            if (s != null) {
                d.md.append(fairnessMarkdown(scorer.name(), s.fairness()));
            }
        }
        Plots.curve(out.resolve("roc.png"), "ROC", "false positive rate", "true positive rate", names, rocs, true);
        Plots.curve(out.resolve("pr.png"), "Precision-recall", "recall", "precision", names, prs, false);
        Plots.curve(
                out.resolve("calibration.png"),
                "Calibration (reliability)",
                "mean predicted",
                "observed broker rate",
                names,
                reliability,
                true);
        d.sections.put("broker", m);
    }

    private static String row(BrokerScores.Scorer scorer, ReportMetrics.Scorer s) {
        Confusion c = s.confusion();
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %d | %d | %d | %d |%n",
                scorer.name(),
                s.plans(),
                s.rocAuc(),
                s.prAuc(),
                s.threshold(),
                s.precision(),
                s.recall(),
                scorer.calibrated()
                        ? String.format(Locale.ROOT, "%.3f", s.ece())
                        : String.format(Locale.ROOT, "(%.3f, not a probability)", s.ece()),
                c.tp(),
                c.fp(),
                c.fn(),
                c.tn());
    }

    private static ReportMetrics.Fairness fairness(
            ReportDraft d, Path out, BrokerScores.Scorer scorer, List<Evaluator.ItemResult> scored, double[] p)
            throws IOException {
        List<GroupRates.Observation> capital = new ArrayList<>();
        List<GroupRates.Observation> region = new ArrayList<>();
        List<GroupRates.Observation> size = new ArrayList<>();
        List<GroupRates.Observation> industry = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            EvalItem item = scored.get(i).item();
            boolean flagged = p[i] >= scorer.threshold();
            int label = item.label();
            if (item.region() != null) {
                capital.add(new GroupRates.Observation(
                        item.region().capitalArea() ? "capital area" : "other regions", flagged, label));
                region.add(new GroupRates.Observation(item.region().name(), flagged, label));
            }
            if (item.size() != null) {
                size.add(new GroupRates.Observation(item.size(), flagged, label));
            }
            if (item.industry() != null) {
                industry.add(new GroupRates.Observation(item.industry(), flagged, label));
            }
        }
        if (capital.isEmpty()) {
            d.notAvailable.add("fairness by region/size/industry (no company attributes in this data set)");
            return ReportMetrics.Fairness.NONE;
        }
        List<GroupRates.Group> byCapital = GroupRates.compute(capital, "capital area");
        double capitalRate = byCapital.stream()
                .filter(g -> g.name().equals("capital area"))
                .findFirst()
                .map(GroupRates.Group::ownFlagRate)
                .orElse(Double.NaN);
        List<GroupRates.Group> byRegion = GroupRates.compute(region, capitalRate);
        byCapital.stream()
                .filter(g -> g.name().equals("other regions"))
                .findFirst()
                .ifPresent(g -> d.flat.put(
                        "fairness." + scorer.name() + ".other_vs_capital_own_flag_ratio", g.ratioToReference()));
        Plots.bars(
                out.resolve("fairness-" + scorer.name() + ".png"),
                "Flag rate among own-voice plans by region (" + scorer.name() + ")",
                "rate",
                byRegion.stream().map(GroupRates.Group::name).toList(),
                List.of("own-voice flag rate", "precision"),
                List.of(
                        byRegion.stream().map(GroupRates.Group::ownFlagRate).toList(),
                        byRegion.stream().map(GroupRates.Group::precision).toList()));
        return new ReportMetrics.Fairness(
                byCapital,
                byRegion,
                GroupRates.compute(size, GroupRates.ownFlagRate(size)),
                GroupRates.compute(industry, GroupRates.ownFlagRate(industry)));
    }

    private static String fairnessMarkdown(String scorer, ReportMetrics.Fairness f) {
        if (f.capitalVsOther() == null) {
            return "";
        }
        Map<String, List<GroupRates.Group>> dimensions = new LinkedHashMap<>();
        dimensions.put("capital_vs_other", f.capitalVsOther());
        dimensions.put("region", f.region());
        dimensions.put("size", f.size());
        dimensions.put("industry", f.industry());
        StringBuilder out = new StringBuilder("### Fairness — ").append(scorer).append("\n\n");
        out.append(
                "Own-voice flag rate = share of plans the company wrote itself that were flagged (the harm); ratio against the capital area for regions, against all plans for size and industry; four-fifths = ratio within 0.8–1.25.\n\n");
        for (String dimension : dimensions.keySet()) {
            out.append("| ")
                    .append(dimension)
                    .append(
                            " | plans | flag rate | precision | own-voice flag rate | ratio | four-fifths |\n|---|---:|---:|---:|---:|---:|---|\n");
            for (GroupRates.Group g : dimensions.get(dimension)) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.3f | %.3f | %.3f | %.2f | %s |%n",
                        g.name(),
                        g.plans(),
                        g.flagRate(),
                        g.precision(),
                        g.ownFlagRate(),
                        g.ratioToReference(),
                        g.withinFourFifths() ? "yes" : "**no**"));
            }
            out.append('\n');
        }
        out.append("![fairness](fairness-").append(scorer).append(".png)\n\n");
        return out.toString();
    }
}
