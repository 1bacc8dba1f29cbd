package io.planscreen.ml.training;

import io.planscreen.ml.broker.BrokerDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

/** Metrics of a detector on one split, overall and by region, size and industry (the fairness view). */
public final class BrokerEvaluation {

    private BrokerEvaluation() {}

    /** The headline figures at the detector's threshold. */
    public static SplitMetrics summary(BrokerDetector detector, List<BrokerDataset.Row> rows) {
        return summary(rows, probabilities(detector, rows), detector.threshold());
    }

    static SplitMetrics summary(List<BrokerDataset.Row> rows, double[] p, double t) {
        int[] y = BrokerDataset.y(rows);
        Metrics.AtThreshold at = Metrics.at(p, y, t);
        double capital = ownVoiceFlagRate(rows, p, t, true);
        double other = ownVoiceFlagRate(rows, p, t, false);
        return new SplitMetrics(
                rows.size(),
                Arrays.stream(y).sum(),
                keep(Metrics.rocAuc(p, y)),
                keep(Metrics.prAuc(p, y)),
                keep(t),
                keep(at.precision()),
                keep(at.recall()),
                at.tp(),
                at.fp(),
                at.fn(),
                at.tn(),
                keep(Metrics.ece(p, y, 10)),
                keep(capital),
                keep(other),
                capital == 0 ? (other == 0 ? 1.0 : null) : round(other / capital));
    }

    /** Everything metrics.json stores for one split: the headline figures, the curves and the breakdowns. */
    public static Map<String, Object> evaluate(BrokerDetector detector, List<BrokerDataset.Row> rows) {
        double[] p = probabilities(detector, rows);
        int[] y = BrokerDataset.y(rows);
        double t = detector.threshold();
        SplitMetrics s = summary(rows, p, t);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plans", s.plans());
        m.put("broker_plans", s.brokerPlans());
        m.put("roc_auc", round(s.rocAuc()));
        m.put("pr_auc", round(s.prAuc()));
        m.put("threshold", round(s.threshold()));
        m.put("precision", round(s.precision()));
        m.put("recall", round(s.recall()));
        m.put("confusion", Map.of("tp", s.tp(), "fp", s.fp(), "fn", s.fn(), "tn", s.tn()));
        m.put("ece_10_bins", round(s.ece()));
        // the curves the auditor's model page draws: [fpr, tpr] and [mean predicted, observed] per bin
        m.put("roc_curve", rounded(Metrics.rocCurve(p, y, 101)));
        m.put("calibration", rounded(Metrics.reliability(p, y, 10)));
        m.put("own_voice_flag_rate_capital", round(s.ownVoiceCapital()));
        m.put("own_voice_flag_rate_non_capital", round(s.ownVoiceNonCapital()));
        m.put("own_voice_flag_rate_ratio_non_capital_to_capital", s.ownVoiceRatio());
        m.put("by_area", groups(rows, p, y, t, r -> r.plan().region().capitalArea() ? "capital" : "non-capital"));
        m.put("by_region", groups(rows, p, y, t, r -> r.plan().region().name()));
        m.put("by_size", groups(rows, p, y, t, r -> r.plan().size()));
        m.put("by_industry", groups(rows, p, y, t, r -> r.plan().industry()));
        m.put("by_language", groups(rows, p, y, t, r -> r.plan().plan().language()));
        return m;
    }

    public static double[] probabilities(BrokerDetector detector, List<BrokerDataset.Row> rows) {
        double[] logits = detector.logits(BrokerDataset.x(rows));
        double[] p = new double[logits.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = detector.schema().calibration().probability(logits[i]);
        }
        return p;
    }

    /**
     * Bootstrap percentile 95% interval of the own-voice flag-rate ratio (non-capital / capital): the own-voice
     * plans of each area resampled with replacement, seeded; resamples without a capital-area flag are skipped.
     */
    public static double[] ownVoiceRatioInterval(
            List<BrokerDataset.Row> rows, double[] p, double t, int resamples, long seed) {
        List<Boolean> capital = new ArrayList<>();
        List<Boolean> other = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BrokerDataset.Row r = rows.get(i);
            if (r.label() == 0) {
                (r.plan().region().capitalArea() ? capital : other).add(p[i] >= t);
            }
        }
        Random random = new Random(seed);
        List<Double> ratios = new ArrayList<>();
        for (int b = 0; b < resamples; b++) {
            double c = resampledRate(capital, random);
            double o = resampledRate(other, random);
            if (c > 0) {
                ratios.add(o / c);
            }
        }
        if (ratios.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Collections.sort(ratios);
        return new double[] {
            round(ratios.get((int) (0.025 * (ratios.size() - 1)))),
            round(ratios.get((int) Math.ceil(0.975 * (ratios.size() - 1))))
        };
    }

    private static double resampledRate(List<Boolean> flags, Random random) {
        if (flags.isEmpty()) {
            return 0;
        }
        int flagged = 0;
        for (int i = 0; i < flags.size(); i++) {
            flagged += flags.get(random.nextInt(flags.size())) ? 1 : 0;
        }
        return (double) flagged / flags.size();
    }

    private static double ownVoiceFlagRate(List<BrokerDataset.Row> rows, double[] p, double t, boolean capital) {
        int n = 0, flagged = 0;
        for (int i = 0; i < rows.size(); i++) {
            BrokerDataset.Row r = rows.get(i);
            if (r.label() == 0 && r.plan().region().capitalArea() == capital) {
                n++;
                if (p[i] >= t) {
                    flagged++;
                }
            }
        }
        return n == 0 ? 0 : (double) flagged / n;
    }

    static Map<String, Object> groups(
            List<BrokerDataset.Row> rows, double[] p, int[] y, double t, Function<BrokerDataset.Row, String> key) {
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            members.computeIfAbsent(key.apply(rows.get(i)), k -> new ArrayList<>())
                    .add(i);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        members.forEach((group, idx) -> {
            double[] gp = idx.stream().mapToDouble(i -> p[i]).toArray();
            int[] gy = idx.stream().mapToInt(i -> y[i]).toArray();
            Metrics.AtThreshold at = Metrics.at(gp, gy, t);
            long ownVoice = Arrays.stream(gy).filter(v -> v == 0).count();
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("plans", idx.size());
            g.put("broker_plans", Arrays.stream(gy).sum());
            g.put("flag_rate", round((double) (at.tp() + at.fp()) / idx.size()));
            g.put("own_voice_flag_rate", ownVoice == 0 ? null : round((double) at.fp() / ownVoice));
            g.put("precision", at.tp() + at.fp() == 0 ? null : round(at.precision()));
            g.put("recall", at.tp() + at.fn() == 0 ? null : round(at.recall()));
            out.put(group, g);
        });
        return out;
    }

    private static List<List<Double>> rounded(List<double[]> points) {
        return points.stream().map(q -> List.of(round(q[0]), round(q[1]))).toList();
    }

    /** Rounded as metrics.json stores figures, NaN kept (metrics.json writes it as null). */
    static double keep(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 10000) / 10000.0;
    }

    static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0;
    }
}
