package io.planscreen.ml.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory paragraph index over one program's plans (LSH buckets on band keys), used to compute
 * reuse signals across a training corpus exactly as the service computes them over stored
 * applications: template text learnt by {@link TemplateRule}, the plan's own company excluded,
 * comparison by {@link ReuseMatcher}; and the whole plans in a {@link PlanIndex}.
 */
public final class ReuseIndex {

    private final TemplateRule rule;

    private final Map<Long, List<StoredParagraph>> buckets = new HashMap<>();

    private final Map<Long, Set<String>> templateKeyCompanies = new HashMap<>();

    private final Set<String> companies = new HashSet<>();

    private final PlanIndex plans = new PlanIndex();

    public ReuseIndex(TemplateRule rule) {
        this.rule = rule;
    }

    public void add(String plan, String company, List<String> paragraphs) {
        companies.add(company);
        plans.add(plan, company, PlanSignature.of(paragraphs));
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!ReuseMatcher.checkable(paragraphs.get(i))) {
                continue;
            }
            MinHashSignature signature = MinHashSignature.of(paragraphs.get(i));
            StoredParagraph stored = new StoredParagraph(plan, company, i, signature);
            for (long key : signature.bandKeys()) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(stored);
            }
            for (long key : signature.templateKeys()) {
                templateKeyCompanies.computeIfAbsent(key, k -> new HashSet<>()).add(company);
            }
        }
    }

    public boolean isTemplate(MinHashSignature signature) {
        for (long key : signature.templateKeys()) {
            Set<String> with = templateKeyCompanies.get(key);
            if (with != null && rule.isTemplate(with.size(), companies.size())) {
                return true;
            }
        }
        return false;
    }

    /** Reuse of the plan's paragraphs in other companies' plans of this index. */
    public List<ParagraphMatch> find(List<String> paragraphs, String ownCompany) {
        List<ParagraphMatch> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!ReuseMatcher.checkable(paragraphs.get(i))) {
                continue;
            }
            MinHashSignature signature = MinHashSignature.of(paragraphs.get(i));
            if (isTemplate(signature)) {
                continue;
            }
            Map<String, StoredParagraph> candidates = new LinkedHashMap<>();
            for (long key : signature.bandKeys()) {
                for (StoredParagraph c : buckets.getOrDefault(key, List.of())) {
                    candidates.putIfAbsent(c.plan() + "#" + c.ordinal(), c);
                }
            }
            for (ParagraphMatch m :
                    ReuseMatcher.match(List.of(signature), new boolean[1], candidates.values(), ownCompany)) {
                out.add(new ParagraphMatch(i, m.otherPlan(), m.otherCompany(), m.otherParagraph(), m.similarity()));
            }
        }
        return out;
    }

    public ReuseSignals signals(List<String> paragraphs, String ownCompany) {
        int checked = 0;
        for (String p : paragraphs) {
            if (ReuseMatcher.checkable(p) && !isTemplate(MinHashSignature.of(p))) {
                checked++;
            }
        }
        PlanSignature signature = PlanSignature.of(paragraphs);
        return ReuseSignals.of(checked, find(paragraphs, ownCompany))
                .withPlans(plans.find(signature, ownCompany))
                .withNeighbourhood(plans.neighbourhood(signature, ownCompany));
    }
}
