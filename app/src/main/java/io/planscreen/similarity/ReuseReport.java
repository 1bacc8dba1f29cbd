package io.planscreen.similarity;

import io.planscreen.shared.ApplicationId;
import java.util.List;

/**
 * Passages this plan shares with other companies' applications (program template text excluded).
 *
 * @param maxSimilarity the highest paragraph similarity found, 0..1
 */
public record ReuseReport(
        double maxSimilarity, int paragraphsChecked, int paragraphsReused, List<ReusedPassage> passages) {

    public ReuseReport {
        passages = List.copyOf(passages);
    }

    /** One of this plan's paragraphs beside the most similar paragraph of another company's application. */
    public record ReusedPassage(
            int paragraph,
            String text,
            ApplicationId otherApplication,
            int otherParagraph,
            String otherText,
            double similarity) {}
}
