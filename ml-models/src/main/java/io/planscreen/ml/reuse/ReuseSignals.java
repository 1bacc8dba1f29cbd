package io.planscreen.ml.reuse;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the classifier learns from reuse, computed the same way from the in-memory index (training)
 * and from the stored reuse report (serving).
 *
 * @param reusedShare share of checked paragraphs found in other companies' plans
 * @param largestCluster most other companies sharing any one of this plan's paragraphs
 */
public record ReuseSignals(
        int paragraphsChecked,
        int paragraphsReused,
        double reusedShare,
        double maxSimilarity,
        double meanBestSimilarity,
        int otherCompanies,
        int largestCluster) {

    public static final ReuseSignals NONE = new ReuseSignals(0, 0, 0, 0, 0, 0, 0);

    public static ReuseSignals of(int paragraphsChecked, Collection<ParagraphMatch> matches) {
        Map<Integer, Double> best = new HashMap<>();
        Map<Integer, Set<String>> companiesPerParagraph = new HashMap<>();
        Set<String> companies = new HashSet<>();
        for (ParagraphMatch m : matches) {
            best.merge(m.paragraph(), m.similarity(), Math::max);
            companiesPerParagraph
                    .computeIfAbsent(m.paragraph(), k -> new HashSet<>())
                    .add(m.otherCompany());
            companies.add(m.otherCompany());
        }
        double max = best.values().stream().mapToDouble(d -> d).max().orElse(0);
        double mean = paragraphsChecked == 0
                ? 0
                : best.values().stream().mapToDouble(d -> d).sum() / paragraphsChecked;
        int largest = companiesPerParagraph.values().stream()
                .mapToInt(Set::size)
                .max()
                .orElse(0);
        return new ReuseSignals(
                paragraphsChecked,
                best.size(),
                paragraphsChecked == 0 ? 0 : (double) best.size() / paragraphsChecked,
                max,
                mean,
                companies.size(),
                largest);
    }
}
