package io.planscreen.ml.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whole-plan reuse: how closely the plan as a whole resembles other companies' plans. Candidates are the
 * plans sharing at least one LSH band key ({@link PlanSignature#bandKeys()}) with it — in memory for
 * training ({@link PlanIndex}), from the stored band keys in the service — and {@link #of(String, PlanSignature,
 * Collection)} is the one comparison both use, so equal candidates give equal signals.
 *
 * @param maxSimilarity highest whole-plan similarity to another company's plan (0 when none was found)
 * @param bestPlan that plan's id (application id in the service), null when none was found
 * @param similarPlans other companies' plans at or above {@link #SIMILAR_LEVEL}
 * @param top3Mean mean similarity of the 3 most similar other plans (missing ones count 0)
 */
public record PlanReuse(double maxSimilarity, String bestPlan, int similarPlans, double top3Mean) {

    public static final PlanReuse NONE = new PlanReuse(0, null, 0, 0);

    /** Whole-plan similarity from which another plan counts as "similar" (broker plans sit at 0.3–0.6). */
    public static final double SIMILAR_LEVEL = 0.30;

    /** A stored plan that can be compared: its id, its company and its signature. */
    public record Stored(String plan, String company, PlanSignature signature) {}

    /**
     * Compares the query with the candidates, the query's own company excluded; several candidate rows of
     * one plan count once.
     */
    public static PlanReuse of(String ownCompany, PlanSignature query, Collection<Stored> candidates) {
        if (query.isEmpty()) {
            return NONE;
        }
        Map<String, PlanMatch> byPlan = new TreeMap<>();
        for (Stored c : candidates) {
            if (c.company().equals(ownCompany) || byPlan.containsKey(c.plan())) {
                continue;
            }
            byPlan.put(c.plan(), new PlanMatch(c.plan(), c.company(), query.similarity(c.signature())));
        }
        return of(byPlan.values());
    }

    /** The signals of the matches (own company already excluded). */
    public static PlanReuse of(Collection<PlanMatch> matches) {
        List<PlanMatch> sorted = new ArrayList<>(matches);
        sorted.removeIf(m -> m.similarity() <= 0);
        sorted.sort(Comparator.comparingDouble(PlanMatch::similarity).reversed().thenComparing(PlanMatch::otherPlan));
        if (sorted.isEmpty()) {
            return NONE;
        }
        double top3 = 0;
        for (int i = 0; i < Math.min(3, sorted.size()); i++) {
            top3 += sorted.get(i).similarity();
        }
        int similar = (int)
                sorted.stream().filter(m -> m.similarity() >= SIMILAR_LEVEL).count();
        return new PlanReuse(sorted.get(0).similarity(), sorted.get(0).otherPlan(), similar, top3 / 3);
    }
}
