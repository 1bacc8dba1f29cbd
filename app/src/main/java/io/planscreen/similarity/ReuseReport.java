package io.planscreen.similarity;

import io.planscreen.shared.ApplicationId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Passages this plan shares with other companies' applications (program template text excluded).
 *
 * @param maxSimilarity the highest paragraph similarity found, 0..1
 * @param planSimilarity the highest whole-plan similarity (MinHash over the plan's character 5-grams) to another
 *     company's application, 0..1 (0 when none was found, or in reports stored before it existed)
 * @param similarPlan that other application: evidence for evaluators (applicants never see other companies)
 * @param similarPlans other companies' applications at or above the "similar as a whole" level (0.30)
 * @param planTop3Mean mean whole-plan similarity of the 3 most similar other applications
 * @param planNeighbour1 the plan's neighbourhood in its program: whole-plan similarity to the most similar of
 *     the most recently stored other companies' applications of the program (2,000 at most), 0..1
 * @param planNeighbours2to4 mean whole-plan similarity of the 2nd to 4th most similar of them
 * @param planNeighbours5to20 mean of the 5th to 20th (many alike plans: one plan sold to many companies)
 * @param planNeighbours21to60 mean of the 21st to 60th (the four: 0 in reports stored before they existed, and
 *     for a self-check without a program)
 */
public record ReuseReport(
        double maxSimilarity,
        int paragraphsChecked,
        int paragraphsReused,
        List<ReusedPassage> passages,
        List<ReuseCluster> clusters,
        int otherCompanies,
        int templateParagraphs,
        Double planSimilarity,
        @Nullable ApplicationId similarPlan,
        Integer similarPlans,
        Double planTop3Mean,
        Double planNeighbour1,
        Double planNeighbours2to4,
        Double planNeighbours5to20,
        Double planNeighbours21to60) {

    /**
     * Boxed so that reports stored before the whole-plan figures or the neighbourhood existed still read (as 0:
     * none found).
     */
    public ReuseReport {
        passages = List.copyOf(passages);
        clusters = List.copyOf(clusters);
        planSimilarity = planSimilarity == null ? 0.0 : planSimilarity;
        similarPlans = similarPlans == null ? 0 : similarPlans;
        planTop3Mean = planTop3Mean == null ? 0.0 : planTop3Mean;
        planNeighbour1 = planNeighbour1 == null ? 0.0 : planNeighbour1;
        planNeighbours2to4 = planNeighbours2to4 == null ? 0.0 : planNeighbours2to4;
        planNeighbours5to20 = planNeighbours5to20 == null ? 0.0 : planNeighbours5to20;
        planNeighbours21to60 = planNeighbours21to60 == null ? 0.0 : planNeighbours21to60;
    }

    /** A report without whole-plan figures. */
    public ReuseReport(
            double maxSimilarity,
            int paragraphsChecked,
            int paragraphsReused,
            List<ReusedPassage> passages,
            List<ReuseCluster> clusters,
            int otherCompanies,
            int templateParagraphs) {
        this(
                maxSimilarity,
                paragraphsChecked,
                paragraphsReused,
                passages,
                clusters,
                otherCompanies,
                templateParagraphs,
                0.0,
                null,
                0,
                0.0,
                0.0,
                0.0,
                0.0,
                0.0);
    }

    public ReuseReport(
            double maxSimilarity, int paragraphsChecked, int paragraphsReused, List<ReusedPassage> passages) {
        this(maxSimilarity, paragraphsChecked, paragraphsReused, passages, List.of(), 0, 0);
    }

    /**
     * This report as a viewer may see it: passages, cluster members and the closest plan of applications the
     * viewer may not read (another program, another tenant) are left out, text and id alike; the counts
     * (paragraphs reused, other companies, similar plans, neighbourhood figures) stay, they name no one.
     */
    public ReuseReport visibleTo(Predicate<ApplicationId> readable) {
        List<ReusedPassage> shownPassages = passages.stream()
                .filter(p -> readable.test(p.otherApplication()))
                .toList();
        List<ReuseCluster> shownClusters = clusters.stream()
                .map(c -> new ReuseCluster(
                        c.span(),
                        c.text(),
                        c.members().stream()
                                .filter(m -> readable.test(m.application()))
                                .toList()))
                .toList();
        ApplicationId closest = similarPlan != null && readable.test(similarPlan) ? similarPlan : null;
        return new ReuseReport(
                maxSimilarity,
                paragraphsChecked,
                paragraphsReused,
                shownPassages,
                shownClusters,
                otherCompanies,
                templateParagraphs,
                planSimilarity,
                closest,
                similarPlans,
                planTop3Mean,
                planNeighbour1,
                planNeighbours2to4,
                planNeighbours5to20,
                planNeighbours21to60);
    }

    /** Every other application this report names (passages, cluster members, the closest plan). */
    public Set<ApplicationId> namedApplications() {
        Set<ApplicationId> named = new LinkedHashSet<>();
        passages.forEach(p -> named.add(p.otherApplication()));
        clusters.forEach(c -> c.members().forEach(m -> named.add(m.application())));
        if (similarPlan != null) {
            named.add(similarPlan);
        }
        return named;
    }

    /** The longest run of consecutive paragraphs of this plan each found in another company's plan. */
    public int longestSharedRun() {
        TreeSet<Integer> shared = new TreeSet<>();
        clusters.forEach(c -> shared.add(c.span().paragraph()));
        passages.forEach(p -> shared.add(p.paragraph()));
        int best = 0;
        int run = 0;
        Integer previous = null;
        for (int paragraph : shared) {
            run = previous != null && paragraph == previous + 1 ? run + 1 : 1;
            best = Math.max(best, run);
            previous = paragraph;
        }
        return best;
    }

    /** The largest number of other applications sharing one of this plan's paragraphs. */
    public int largestCluster() {
        return clusters.stream().mapToInt(c -> c.members().size()).max().orElse(0);
    }

    /**
     * One of this plan's paragraphs and every other company's application holding it.
     *
     * @param span where the passage sits in this plan: paragraph ordinal and character range in it
     */
    public record ReuseCluster(Span span, String text, List<Member> members) {

        public ReuseCluster {
            members = List.copyOf(members);
        }
    }

    /** A reused passage in another application, with its span on that side. */
    public record Member(ApplicationId application, Span span, String text, double similarity) {}

    /** Paragraph ordinal within the plan's paragraphs and the character range of the shared passage. */
    public record Span(int paragraph, int start, int end) {}

    /** One of this plan's paragraphs beside the most similar paragraph of another company's application. */
    public record ReusedPassage(
            int paragraph,
            String text,
            ApplicationId otherApplication,
            int otherParagraph,
            String otherText,
            double similarity) {}
}
