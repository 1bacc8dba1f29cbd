package io.planscreen.ml.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a plan's paragraphs with candidate paragraphs of other companies. The in-memory index
 * (training) and the database (serving) only differ in how candidates are found; the comparison and
 * its threshold are this one class.
 */
public final class ReuseMatcher {

    /** MinHash similarity from which two paragraphs count as the same passage (light edits stay above). */
    public static final double THRESHOLD = 0.40;

    private ReuseMatcher() {}

    /**
     * @param template per query paragraph: true when it is program template text (never reported)
     * @return every pair at or above {@link #THRESHOLD}, the query's own company excluded
     */
    public static List<ParagraphMatch> match(
            List<MinHashSignature> query,
            boolean[] template,
            Collection<StoredParagraph> candidates,
            String ownCompany) {
        List<ParagraphMatch> out = new ArrayList<>();
        for (int i = 0; i < query.size(); i++) {
            if (template[i]) {
                continue;
            }
            MinHashSignature q = query.get(i);
            for (StoredParagraph c : candidates) {
                if (c.company().equals(ownCompany)) {
                    continue;
                }
                double s = q.similarity(c.signature());
                if (s >= THRESHOLD) {
                    out.add(new ParagraphMatch(i, c.plan(), c.company(), c.ordinal(), s));
                }
            }
        }
        return out;
    }

    /**
     * As {@link #match}, but each query paragraph is compared only with the candidates that share at least
     * one LSH band key with it, as the in-memory index ({@link ReuseIndex#find}) finds candidates per
     * paragraph. A pair at the threshold (MinHash similarity 0.4) shares a band with probability
     * 1-(1-0.4²)³² = 0.996. Comparing every paragraph of a long plan with every candidate of the whole plan
     * instead costs paragraphs × candidates comparisons, which grows with every stored plan that repeats
     * a passage.
     */
    public static List<ParagraphMatch> matchByBands(
            List<MinHashSignature> query,
            boolean[] template,
            Collection<StoredParagraph> candidates,
            String ownCompany) {
        // the query's band keys, indexed once: a lookup against a plan repeated by many stored plans has far
        // more candidates than the query has paragraphs
        Map<Long, int[]> queryByBand = new HashMap<>();
        for (int i = 0; i < query.size(); i++) {
            if (template[i]) {
                continue;
            }
            for (long key : query.get(i).bandKeys()) {
                int[] before = queryByBand.get(key);
                if (before == null) {
                    queryByBand.put(key, new int[] {i});
                } else if (before[before.length - 1] != i) {
                    int[] grown = Arrays.copyOf(before, before.length + 1);
                    grown[before.length] = i;
                    queryByBand.put(key, grown);
                }
            }
        }
        List<ParagraphMatch> out = new ArrayList<>();
        Set<Integer> compared = new HashSet<>();
        for (StoredParagraph c : candidates) {
            if (c.company().equals(ownCompany)) {
                continue;
            }
            compared.clear();
            for (long key : c.signature().bandKeys()) {
                int[] sharing = queryByBand.get(key);
                if (sharing == null) {
                    continue;
                }
                for (int i : sharing) {
                    if (!compared.add(i)) {
                        continue;
                    }
                    double s = query.get(i).similarity(c.signature());
                    if (s >= THRESHOLD) {
                        out.add(new ParagraphMatch(i, c.plan(), c.company(), c.ordinal(), s));
                    }
                }
            }
        }
        return out;
    }

    /** Paragraphs too short to be evidence are neither checked nor reported. */
    public static boolean checkable(String paragraph) {
        return Shingles.normalize(paragraph).length() >= MinHashSignature.MIN_CHARS;
    }
}
