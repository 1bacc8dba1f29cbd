package io.planscreen.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Flag rate and precision per group (region, size, industry), each compared with a reference group.
 * The four-fifths rule: a group's flag rate among own-voice plans within 0.8-1.25 of the reference.
 */
public final class GroupRates {

    /**
     * @param ownFlagRate share of the group's own-voice (label 0) plans that were flagged — the harm a
     *     fairness check cares about
     * @param ratioToReference ownFlagRate divided by the reference group's (NaN when the reference is 0)
     */
    public record Group(
            String name,
            long plans,
            long flagged,
            double flagRate,
            double precision,
            double ownFlagRate,
            double ratioToReference,
            boolean withinFourFifths) {}

    public record Observation(String group, boolean flagged, int label) {}

    private GroupRates() {}

    /** Ratios against the own-voice flag rate of the named group. */
    public static List<Group> compute(List<Observation> observations, String reference) {
        long own = observations.stream()
                .filter(o -> o.group().equals(reference) && o.label() == 0)
                .count();
        long ownFlagged = observations.stream()
                .filter(o -> o.group().equals(reference) && o.label() == 0 && o.flagged())
                .count();
        return compute(observations, own == 0 ? Double.NaN : (double) ownFlagged / own);
    }

    /** The own-voice flag rate of every plan: the reference when no group is the natural one. */
    public static double ownFlagRate(List<Observation> observations) {
        long own = observations.stream().filter(o -> o.label() == 0).count();
        long flagged =
                observations.stream().filter(o -> o.label() == 0 && o.flagged()).count();
        return own == 0 ? Double.NaN : (double) flagged / own;
    }

    /** Ratios against a given reference own-voice flag rate. */
    public static List<Group> compute(List<Observation> observations, double refRate) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Observation o : observations) {
            // plans, flagged, true positives, own plans, own flagged
            long[] c = counts.computeIfAbsent(o.group(), g -> new long[5]);
            c[0]++;
            if (o.flagged()) {
                c[1]++;
                if (o.label() == 1) {
                    c[2]++;
                }
            }
            if (o.label() == 0) {
                c[3]++;
                if (o.flagged()) {
                    c[4]++;
                }
            }
        }
        Map<String, Group> out = new LinkedHashMap<>();
        counts.forEach((name, c) -> {
            double own = c[3] == 0 ? Double.NaN : (double) c[4] / c[3];
            double ratio = Double.isNaN(refRate) || refRate == 0 ? Double.NaN : own / refRate;
            out.put(
                    name,
                    new Group(
                            name,
                            c[0],
                            c[1],
                            (double) c[1] / c[0],
                            c[1] == 0 ? Double.NaN : (double) c[2] / c[1],
                            own,
                            ratio,
                            fourFifths(own, refRate)));
        });
        return List.copyOf(out.values());
    }

    /** Both rates zero counts as equal; otherwise the ratio must lie within [0.8, 1.25]. */
    static boolean fourFifths(double rate, double reference) {
        if (Double.isNaN(rate) || Double.isNaN(reference)) {
            return true;
        }
        if (reference == 0) {
            return rate == 0;
        }
        double ratio = rate / reference;
        return ratio >= 0.8 - 1e-9 && ratio <= 1.25 + 1e-9;
    }
}
