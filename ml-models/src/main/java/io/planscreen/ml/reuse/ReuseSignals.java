package io.planscreen.ml.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the classifier learns from reuse, computed the same way from the in-memory index (training)
 * and from the stored reuse report (serving): both reduce their matches to one {@link ReusedParagraph}
 * per reused paragraph and call {@link #of(int, int, int, List)}.
 *
 * @param reusedShare share of checked paragraphs found in other companies' plans
 * @param largestCluster most other companies sharing any one of this plan's paragraphs
 * @param sharedWith2Share share of checked paragraphs found in at least 2 other plans
 * @param sharedWith3Share share of checked paragraphs found in at least 3 other plans
 * @param meanSharers mean number of other plans holding a reused paragraph (0 when nothing is reused)
 * @param meanReusedSimilarity mean best similarity over the reused paragraphs only
 * @param topPlanShare the largest share of checked paragraphs that one single other plan shares (the
 *     plan-level overlap with its closest other plan)
 * @param closePlans other plans that share at least half of the checked paragraphs (and at least 2)
 * @param planMaxSimilarity v4: highest whole-plan similarity to another company's plan ({@link PlanReuse})
 * @param similarPlans v4: other companies' plans at or above {@link PlanReuse#SIMILAR_LEVEL} whole-plan similarity
 * @param planTop3Mean v4: mean whole-plan similarity of the 3 most similar other plans
 * @param neighbourhood v5: the whole-plan similarity at ranks 1, 2–4, 5–20, 21–60 of the program's other
 *     companies' plans ({@link PlanNeighbourhood})
 */
public record ReuseSignals(
        int paragraphsChecked,
        int paragraphsReused,
        double reusedShare,
        double maxSimilarity,
        double meanBestSimilarity,
        int otherCompanies,
        int largestCluster,
        double sharedWith2Share,
        double sharedWith3Share,
        double meanSharers,
        double meanReusedSimilarity,
        double topPlanShare,
        int closePlans,
        double planMaxSimilarity,
        int similarPlans,
        double planTop3Mean,
        PlanNeighbourhood neighbourhood) {

    public static final ReuseSignals NONE =
            new ReuseSignals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, PlanNeighbourhood.NONE);

    /** These signals with the whole-plan ones (training and serving both pass a {@link PlanReuse}). */
    public ReuseSignals withPlans(PlanReuse plans) {
        return withWholePlan(plans.maxSimilarity(), plans.similarPlans(), plans.top3Mean(), neighbourhood);
    }

    /** These signals with the plan's neighbourhood (training and serving both pass a {@link PlanNeighbourhood}). */
    public ReuseSignals withNeighbourhood(PlanNeighbourhood neighbourhood) {
        return withWholePlan(planMaxSimilarity, similarPlans, planTop3Mean, neighbourhood);
    }

    private ReuseSignals withWholePlan(
            double planMax, int similar, double top3Mean, PlanNeighbourhood planNeighbourhood) {
        return new ReuseSignals(
                paragraphsChecked,
                paragraphsReused,
                reusedShare,
                maxSimilarity,
                meanBestSimilarity,
                otherCompanies,
                largestCluster,
                sharedWith2Share,
                sharedWith3Share,
                meanSharers,
                meanReusedSimilarity,
                topPlanShare,
                closePlans,
                planMax,
                similar,
                top3Mean,
                planNeighbourhood);
    }

    /**
     * Matches kept per paragraph, strongest first: the service's reuse report reads at most this many
     * (similarity/internal ReuseFinder), so training counts sharers the same bounded way.
     */
    public static final int MEMBERS_PER_PARAGRAPH = 100;

    /**
     * One reused paragraph of the plan.
     *
     * @param bestSimilarity highest similarity to another company's paragraph
     * @param otherPlans distinct other plans (applications) holding it, among the strongest {@link
     *     #MEMBERS_PER_PARAGRAPH} matches
     */
    public record ReusedParagraph(double bestSimilarity, Set<String> otherPlans) {

        public ReusedParagraph {
            otherPlans = Set.copyOf(otherPlans);
        }

        public int sharers() {
            return otherPlans.size();
        }
    }

    /** Training: from the index's matches (own company already excluded). */
    public static ReuseSignals of(int paragraphsChecked, Collection<ParagraphMatch> matches) {
        Map<Integer, List<ParagraphMatch>> byParagraph = new LinkedHashMap<>();
        Map<Integer, Set<String>> companiesPerParagraph = new HashMap<>();
        Set<String> companies = new HashSet<>();
        for (ParagraphMatch m : matches) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
            companiesPerParagraph
                    .computeIfAbsent(m.paragraph(), k -> new HashSet<>())
                    .add(m.otherCompany());
            companies.add(m.otherCompany());
        }
        List<ReusedParagraph> reused = new ArrayList<>();
        for (List<ParagraphMatch> ms : byParagraph.values()) {
            List<ParagraphMatch> strongest = ms.stream()
                    .sorted(Comparator.comparingDouble(ParagraphMatch::similarity)
                            .reversed())
                    .limit(MEMBERS_PER_PARAGRAPH)
                    .toList();
            Set<String> others = new HashSet<>();
            strongest.forEach(m -> others.add(m.otherPlan()));
            reused.add(new ReusedParagraph(strongest.get(0).similarity(), others));
        }
        int largest = companiesPerParagraph.values().stream()
                .mapToInt(Set::size)
                .max()
                .orElse(0);
        return of(paragraphsChecked, companies.size(), largest, reused);
    }

    /**
     * The one place the plan-level signals are derived (training and serving).
     *
     * @param largestCluster most other companies sharing one paragraph, as the caller counts them
     */
    public static ReuseSignals of(
            int paragraphsChecked, int otherCompanies, int largestCluster, List<ReusedParagraph> reused) {
        double max = reused.stream()
                .mapToDouble(ReusedParagraph::bestSimilarity)
                .max()
                .orElse(0);
        double sumBest =
                reused.stream().mapToDouble(ReusedParagraph::bestSimilarity).sum();
        long with2 = reused.stream().filter(r -> r.sharers() >= 2).count();
        long with3 = reused.stream().filter(r -> r.sharers() >= 3).count();
        double sharers = reused.stream().mapToInt(ReusedParagraph::sharers).sum();
        int n = reused.size();
        Map<String, Integer> sharedPerPlan = new HashMap<>();
        for (ReusedParagraph r : reused) {
            r.otherPlans().forEach(plan -> sharedPerPlan.merge(plan, 1, Integer::sum));
        }
        int top = sharedPerPlan.values().stream().mapToInt(i -> i).max().orElse(0);
        long close = sharedPerPlan.values().stream()
                .filter(c -> c >= 2 && 2 * c >= paragraphsChecked)
                .count();
        return new ReuseSignals(
                paragraphsChecked,
                n,
                share(n, paragraphsChecked),
                max,
                paragraphsChecked == 0 ? 0 : sumBest / paragraphsChecked,
                otherCompanies,
                largestCluster,
                share(with2, paragraphsChecked),
                share(with3, paragraphsChecked),
                n == 0 ? 0 : sharers / n,
                n == 0 ? 0 : sumBest / n,
                share(top, paragraphsChecked),
                (int) close,
                0,
                0,
                0,
                PlanNeighbourhood.NONE);
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
