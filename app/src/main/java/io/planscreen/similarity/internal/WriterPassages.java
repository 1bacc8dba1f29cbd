package io.planscreen.similarity.internal;

import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.WriterEvidence;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Which shared paragraphs speak for a shared writer. Own-voice plans of one call share text too: the form's ※
 * guidance left in, the form's table headers and rows of figures (the matcher drops digits, so two budget tables
 * read alike), a published sample's sentences. Those never make a passage link; only prose written by someone
 * does, and enough of it that a few borrowed sentences do not tie two companies together (second generator,
 * seed 21: 12 of 30 own-voice plans were flagged through guidance lines, table rows and a sample before this).
 */
final class WriterPassages {

    /** Letters (Hangul syllables or Latin) a shared paragraph needs to count: a sentence, not a table row. */
    static final int MIN_LETTERS = 30;

    /** Share of the plan's checked paragraphs a passage link needs besides {@link WriterEvidence#MIN_SHARED}. */
    static final double MIN_SHARE = 0.10;

    private WriterPassages() {}

    /** Paragraph ordinals of the plan shared with each other application at link similarity. */
    static Map<UUID, Set<Integer>> shared(ReuseReport report) {
        Map<UUID, Set<Integer>> shared = new TreeMap<>();
        for (ReuseReport.ReuseCluster cluster : report.clusters()) {
            if (!written(cluster.text())) {
                continue;
            }
            for (ReuseReport.Member member : cluster.members()) {
                if (member.similarity() >= WriterEvidence.LINK_SIMILARITY && written(member.text())) {
                    shared.computeIfAbsent(member.application().value(), k -> new TreeSet<>())
                            .add(cluster.span().paragraph());
                }
            }
        }
        return shared;
    }

    /** Paragraphs shared with one other application that make a passage link, for a plan of this many. */
    static boolean links(int sharedParagraphs, int paragraphsChecked) {
        return sharedParagraphs >= WriterEvidence.MIN_SHARED
                && sharedParagraphs >= Math.ceil(MIN_SHARE * paragraphsChecked);
    }

    /** Prose someone wrote: not the form's ※ guidance, not a table row or heading of few letters. */
    static boolean written(String text) {
        String t = text.strip();
        if (t.contains("※")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((c >= '가' && c <= '힣') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letters++;
            }
        }
        return letters >= MIN_LETTERS;
    }
}
