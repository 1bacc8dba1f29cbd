package io.planscreen.ml.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How well a rule for the operating threshold carries over to broker agencies it was not chosen on, from
 * out-of-fold probabilities ({@link AgencyCrossValidation}), without the test split. Every draw plays the
 * real splits' roles: {@code validationAgencies} held-out agencies (with own-voice plans in the pool's
 * proportion) choose the threshold by the rule; {@code testAgencies} others (with other own-voice plans)
 * check it against the targets, precision ≥ 0.90 at recall ≥ 0.80. All agency combinations are drawn, each
 * with its own seeded deal of the own-voice plans.
 */
final class ThresholdRuleCheck {

    static final double TARGET_PRECISION = 0.90;

    static final double TARGET_RECALL = 0.80;

    /** One rule's record over the draws: shares of draws meeting each target, and the mean figures. */
    record Outcome(
            double z,
            int draws,
            double precisionMet,
            double recallMet,
            double bothMet,
            double meanPrecision,
            double meanRecall) {

        String describe() {
            return "z %.2f: precision ≥ 0.90 in %.1f%% of %d draws, recall ≥ 0.80 in %.1f%%, both in %.1f%% (mean precision %.3f, recall %.3f)"
                    .formatted(z, 100 * precisionMet, draws, 100 * recallMet, 100 * bothMet, meanPrecision, meanRecall);
        }
    }

    private ThresholdRuleCheck() {}

    /**
     * @param agencyOf each row's agency, null for an own-voice plan
     * @param zs the Wilson z of each rule compared ({@link Metrics#thresholdForPrecision(double[], int[],
     *     double, double)}); 0 is the plain rule
     */
    static List<Outcome> run(
            List<String> agencyOf,
            double[] probability,
            double[] zs,
            int validationAgencies,
            int testAgencies,
            long seed) {
        List<String> agencies =
                agencyOf.stream().filter(a -> a != null).distinct().sorted().toList();
        if (agencies.size() < validationAgencies + testAgencies) {
            throw new IllegalArgumentException(
                    "need at least %d agencies, have %d".formatted(validationAgencies + testAgencies, agencies.size()));
        }
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < agencyOf.size(); i++) {
            if (agencyOf.get(i) == null) {
                own.add(i);
            }
        }
        double ownPerBroker = (double) own.size() / (agencyOf.size() - own.size());
        int[] met = new int[zs.length], recallMet = new int[zs.length], both = new int[zs.length];
        double[] sumPrecision = new double[zs.length], sumRecall = new double[zs.length];
        Random random = new Random(seed);
        int draws = 0;
        for (List<String> validation : combinations(agencies, validationAgencies)) {
            List<String> rest =
                    agencies.stream().filter(a -> !validation.contains(a)).toList();
            for (List<String> test : combinations(rest, testAgencies)) {
                List<Integer> validationRows = brokerRows(agencyOf, validation);
                List<Integer> testRows = brokerRows(agencyOf, test);
                List<Integer> shuffled = new ArrayList<>(own);
                Collections.shuffle(shuffled, random);
                int nValidation = (int) Math.round(validationRows.size() * ownPerBroker);
                int nTest = (int) Math.round(testRows.size() * ownPerBroker);
                double scale = Math.min(1, (double) own.size() / (nValidation + nTest));
                nValidation = (int) (nValidation * scale);
                nTest = (int) (nTest * scale);
                validationRows.addAll(shuffled.subList(0, nValidation));
                testRows.addAll(shuffled.subList(nValidation, nValidation + nTest));
                double[] vp = pick(probability, validationRows);
                int[] vy = labels(agencyOf, validationRows);
                double[] tp = pick(probability, testRows);
                int[] ty = labels(agencyOf, testRows);
                for (int r = 0; r < zs.length; r++) {
                    double threshold = Metrics.thresholdForPrecision(vp, vy, TARGET_PRECISION, zs[r]);
                    Metrics.AtThreshold at = Metrics.at(tp, ty, threshold);
                    boolean precisionOk = at.precision() >= TARGET_PRECISION;
                    boolean recallOk = at.recall() >= TARGET_RECALL;
                    met[r] += precisionOk ? 1 : 0;
                    recallMet[r] += recallOk ? 1 : 0;
                    both[r] += precisionOk && recallOk ? 1 : 0;
                    sumPrecision[r] += at.precision();
                    sumRecall[r] += at.recall();
                }
                draws++;
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int r = 0; r < zs.length; r++) {
            outcomes.add(new Outcome(
                    zs[r],
                    draws,
                    (double) met[r] / draws,
                    (double) recallMet[r] / draws,
                    (double) both[r] / draws,
                    sumPrecision[r] / draws,
                    sumRecall[r] / draws));
        }
        return outcomes;
    }

    /** The rule meeting both targets in the most draws; the smaller z on a tie. */
    static Outcome best(List<Outcome> outcomes) {
        Outcome best = outcomes.get(0);
        for (Outcome o : outcomes) {
            if (o.bothMet() > best.bothMet() + 1e-12
                    || (Math.abs(o.bothMet() - best.bothMet()) <= 1e-12 && o.z() < best.z())) {
                best = o;
            }
        }
        return best;
    }

    private static List<Integer> brokerRows(List<String> agencyOf, List<String> agencies) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < agencyOf.size(); i++) {
            if (agencyOf.get(i) != null && agencies.contains(agencyOf.get(i))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static double[] pick(double[] values, List<Integer> rows) {
        return rows.stream().mapToDouble(i -> values[i]).toArray();
    }

    private static int[] labels(List<String> agencyOf, List<Integer> rows) {
        return rows.stream().mapToInt(i -> agencyOf.get(i) == null ? 0 : 1).toArray();
    }

    /** Every k-element subset of the items, in lexicographic order of positions. */
    static List<List<String>> combinations(List<String> items, int k) {
        List<List<String>> out = new ArrayList<>();
        combine(items, k, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<String> items, int k, int from, List<String> chosen, List<List<String>> out) {
        if (chosen.size() == k) {
            out.add(List.copyOf(chosen));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            chosen.add(items.get(i));
            combine(items, k, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }
}
