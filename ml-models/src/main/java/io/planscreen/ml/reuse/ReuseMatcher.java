package io.planscreen.ml.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** Paragraphs too short to be evidence are neither checked nor reported. */
    public static boolean checkable(String paragraph) {
        return Shingles.normalize(paragraph).length() >= MinHashSignature.MIN_CHARS;
    }
}
