package io.planscreen.similarity.internal;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.ml.reuse.MinHashSignature;
import io.planscreen.ml.reuse.NgramVector;
import io.planscreen.ml.reuse.ParagraphMatch;
import io.planscreen.ml.reuse.PlanNeighbourhood;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.ml.reuse.ReuseMatcher;
import io.planscreen.ml.reuse.Shingles;
import io.planscreen.ml.reuse.StoredParagraph;
import io.planscreen.ml.reuse.TemplateRule;
import io.planscreen.shared.ApplicationId;
import io.planscreen.similarity.ReuseReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Finds an upload's passages in other companies' stored applications: template paragraphs dropped
 * (section headings, and text a large share of the program's companies repeat), then candidate
 * paragraphs of other companies sharing an LSH band key with one of the upload's paragraphs (optionally
 * also the paragraphs of the nearest plans by HNSW over plan vectors), then MinHash comparison, by the
 * shared {@link ReuseMatcher}, of each paragraph with the candidates sharing an LSH band with it.
 * Independently, the whole plan's {@link PlanSignature} is compared with the stored plans of other
 * companies sharing one of its LSH band keys ({@link PlanReuse}, the comparison training uses), and with
 * every one of the program's most recently stored other companies' plans ({@link PlanNeighbourhood}).
 */
final class ReuseFinder {

    /**
     * @param neighbourhoodPool most recent plans of the program compared for the neighbourhood: {@link
     *     PlanNeighbourhood#POOL}, as training has it (smaller only in tests)
     */
    public record Settings(
            int candidatePlans, int efSearch, TemplateRule rule, int passagesShown, int neighbourhoodPool) {}

    /**
     * A plan ready to store or look up: checkable paragraphs with signatures and template flags, and the
     * whole plan's signature (over all its paragraphs, as training computes it).
     */
    public record Prepared(
            String program, List<ReuseStore.Paragraph> paragraphs, float[] vector, PlanSignature planSignature) {

        List<ReuseStore.Paragraph> evidence() {
            return paragraphs.stream().filter(p -> !p.template()).toList();
        }
    }

    private final ReuseStore store;

    private final PlanSignatureRows plans;

    private final Settings settings;

    public ReuseFinder(DataSource dataSource, Settings settings) {
        this.store = new ReuseStore(dataSource);
        this.plans = new PlanSignatureRows(dataSource);
        this.settings = settings;
    }

    public Prepared prepare(PlanText plan, String program) {
        Set<String> headings = new HashSet<>();
        for (SectionKind kind : SectionKind.values()) {
            headings.add(Shingles.normalize(kind.koreanTitle()));
            headings.add(Shingles.normalize(kind.englishTitle()));
        }
        plan.sections().forEach(s -> headings.add(Shingles.normalize(s.heading())));
        List<ReuseStore.Paragraph> paragraphs = new ArrayList<>();
        List<long[]> keys = new ArrayList<>();
        int ordinal = 0;
        for (PlanText.Section section : plan.sections()) {
            for (String text : section.paragraphs()) {
                int index = ordinal++;
                if (!ReuseMatcher.checkable(text)) {
                    continue;
                }
                MinHashSignature signature = MinHashSignature.of(text);
                boolean heading = headings.contains(Shingles.normalize(text));
                paragraphs.add(new ReuseStore.Paragraph(index, section.kind(), text, signature, heading));
                keys.add(signature.templateKeys());
            }
        }
        long[] all = keys.stream().flatMapToLong(Arrays::stream).toArray();
        ReuseStore.TemplateCounts templateCounts = store.templateCounts(program, all);
        Map<Long, Integer> counts = templateCounts.companiesWithKey();
        int companies = templateCounts.companiesInProgram();
        List<ReuseStore.Paragraph> flagged = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ReuseStore.Paragraph p = paragraphs.get(i);
            boolean template = p.template();
            for (long key : keys.get(i)) {
                template |= settings.rule().isTemplate(counts.getOrDefault(key, 0), companies);
            }
            flagged.add(new ReuseStore.Paragraph(p.ordinal(), p.sectionKind(), p.text(), p.signature(), template));
        }
        List<String> evidence = flagged.stream()
                .filter(p -> !p.template())
                .map(ReuseStore.Paragraph::text)
                .toList();
        return new Prepared(program, flagged, NgramVector.of(evidence), planSignature(plan));
    }

    /**
     * The whole plan's signature as the similarity stage stores it: over all its paragraphs (template ones
     * too), as training computes it. The start-up backfill computes it here as well.
     */
    static PlanSignature planSignature(PlanText plan) {
        return PlanSignature.of(plan.paragraphs());
    }

    public ReuseReport find(Prepared plan, UUID company) {
        PlanReuse whole = PlanReuse.of(
                company.toString(),
                plan.planSignature(),
                plans.planCandidates(plan.planSignature().bandKeys(), company));
        PlanNeighbourhood neighbourhood = neighbourhood(plan, company);
        List<ReuseStore.Paragraph> evidence = plan.evidence();
        int templates = plan.paragraphs().size() - evidence.size();
        if (evidence.isEmpty()) {
            return withPlan(new ReuseReport(0, 0, 0, List.of(), List.of(), 0, templates), whole, neighbourhood);
        }
        long[] bands = evidence.stream()
                .flatMapToLong(p -> Arrays.stream(p.signature().bandKeys()))
                .distinct()
                .toArray();
        Map<String, ReuseStore.StoredText> byKey = new HashMap<>();
        for (ReuseStore.StoredText t : store.bandCandidates(bands, company)) {
            byKey.put(t.application() + "#" + t.ordinal(), t);
        }
        if (settings.candidatePlans() > 0) {
            List<ReuseStore.Candidate> candidates =
                    store.nearestPlans(plan.vector(), company, settings.candidatePlans(), settings.efSearch());
            for (ReuseStore.StoredText t : store.paragraphs(candidates)) {
                byKey.put(t.application() + "#" + t.ordinal(), t);
            }
        }
        List<StoredParagraph> asStored =
                byKey.values().stream().map(ReuseStore.StoredText::asStored).toList();
        List<MinHashSignature> query =
                evidence.stream().map(ReuseStore.Paragraph::signature).toList();
        List<ParagraphMatch> matches =
                ReuseMatcher.matchByBands(query, new boolean[query.size()], asStored, company.toString());
        // A plan sold to hundreds of companies matches every paragraph hundreds of times: count them all, but
        // read and report the texts of the strongest few per paragraph only, so the report stays bounded.
        int otherCompanies = (int)
                matches.stream().map(ParagraphMatch::otherCompany).distinct().count();
        matches = strongestPerParagraph(matches);
        List<ReuseStore.StoredText> textless = matches.stream()
                .map(m -> byKey.get(m.otherPlan() + "#" + m.otherParagraph()))
                .filter(t -> t.text().isEmpty())
                .distinct()
                .toList();
        store.texts(textless).forEach((key, text) -> {
            ReuseStore.StoredText t = byKey.get(key);
            byKey.put(key, new ReuseStore.StoredText(t.application(), t.company(), t.ordinal(), text, t.signature()));
        });
        return withPlan(report(evidence, matches, byKey, templates, otherCompanies), whole, neighbourhood);
    }

    /**
     * The plan among the program's most recently stored other companies' plans, each compared once, as
     * training's {@link io.planscreen.ml.reuse.PlanIndex#neighbourhood} does. None for a self-check without a
     * program: the neighbourhood is a program's, and only a screened application is scored.
     */
    PlanNeighbourhood neighbourhood(Prepared plan, UUID company) {
        if (ReuseStore.ANY_PROGRAM.equals(plan.program())
                || plan.planSignature().isEmpty()) {
            return PlanNeighbourhood.NONE;
        }
        return PlanNeighbourhood.of(
                company.toString(),
                plan.planSignature(),
                plans.recentPlans(plan.program(), company, settings.neighbourhoodPool()));
    }

    /**
     * The report with the whole-plan figures: exact values (k/128 and their means), not rounded, as training
     * has them.
     */
    private static ReuseReport withPlan(ReuseReport r, PlanReuse whole, PlanNeighbourhood neighbourhood) {
        return new ReuseReport(
                r.maxSimilarity(),
                r.paragraphsChecked(),
                r.paragraphsReused(),
                r.passages(),
                r.clusters(),
                r.otherCompanies(),
                r.templateParagraphs(),
                whole.maxSimilarity(),
                whole.bestPlan() == null ? null : ApplicationId.of(whole.bestPlan()),
                whole.similarPlans(),
                whole.top3Mean(),
                neighbourhood.nearest(),
                neighbourhood.ranks2to4(),
                neighbourhood.ranks5to20(),
                neighbourhood.ranks21to60());
    }

    static final int MEMBERS_PER_PASSAGE = 100;

    private static List<ParagraphMatch> strongestPerParagraph(List<ParagraphMatch> matches) {
        Map<Integer, List<ParagraphMatch>> byParagraph = new LinkedHashMap<>();
        for (ParagraphMatch m : matches) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
        List<ParagraphMatch> kept = new ArrayList<>();
        for (List<ParagraphMatch> ms : byParagraph.values()) {
            ms.sort(Comparator.comparingDouble(ParagraphMatch::similarity).reversed());
            kept.addAll(ms.subList(0, Math.min(ms.size(), MEMBERS_PER_PASSAGE)));
        }
        return kept;
    }

    private ReuseReport report(
            List<ReuseStore.Paragraph> evidence,
            List<ParagraphMatch> matches,
            Map<String, ReuseStore.StoredText> byKey,
            int templates,
            int otherCompanies) {
        Map<Integer, List<ParagraphMatch>> byParagraph = new LinkedHashMap<>();
        for (ParagraphMatch m : matches) {
            byParagraph.computeIfAbsent(m.paragraph(), k -> new ArrayList<>()).add(m);
        }
        List<ReuseReport.ReusedPassage> passages = new ArrayList<>();
        List<ReuseReport.ReuseCluster> clusters = new ArrayList<>();
        double max = 0;
        for (Map.Entry<Integer, List<ParagraphMatch>> e : byParagraph.entrySet()) {
            ReuseStore.Paragraph own = evidence.get(e.getKey());
            List<ParagraphMatch> ms = new ArrayList<>(e.getValue());
            ms.sort(Comparator.comparingDouble(ParagraphMatch::similarity).reversed());
            ParagraphMatch best = ms.get(0);
            ReuseStore.StoredText other = byKey.get(best.otherPlan() + "#" + best.otherParagraph());
            max = Math.max(max, best.similarity());
            passages.add(new ReuseReport.ReusedPassage(
                    own.ordinal(),
                    own.text(),
                    ApplicationId.of(best.otherPlan()),
                    best.otherParagraph(),
                    other.text(),
                    round(best.similarity())));
            List<ReuseReport.Member> members = new ArrayList<>();
            PassageSpans.Range ownRange = null;
            PassageSpans.Side ownSide = new PassageSpans.Side(own.text());
            for (ParagraphMatch m : ms) {
                ReuseStore.StoredText t = byKey.get(m.otherPlan() + "#" + m.otherParagraph());
                PassageSpans.Range[] ranges = PassageSpans.of(ownSide, new PassageSpans.Side(t.text()));
                ownRange = ownRange == null
                        ? ranges[0]
                        : new PassageSpans.Range(
                                Math.min(ownRange.start(), ranges[0].start()),
                                Math.max(ownRange.end(), ranges[0].end()));
                members.add(new ReuseReport.Member(
                        ApplicationId.of(m.otherPlan()),
                        new ReuseReport.Span(m.otherParagraph(), ranges[1].start(), ranges[1].end()),
                        t.text(),
                        round(m.similarity())));
            }
            clusters.add(new ReuseReport.ReuseCluster(
                    new ReuseReport.Span(own.ordinal(), ownRange.start(), ownRange.end()), own.text(), members));
        }
        passages.sort(Comparator.comparingDouble(ReuseReport.ReusedPassage::similarity)
                .reversed());
        return new ReuseReport(
                round(max),
                evidence.size(),
                byParagraph.size(),
                passages.subList(0, Math.min(passages.size(), settings.passagesShown())),
                clusters,
                otherCompanies,
                templates);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
