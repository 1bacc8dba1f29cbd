package io.planscreen.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.ParseSummary;
import org.junit.jupiter.api.Test;

/** Issue 18: an application whose document was never read says so to the evaluator and ranks higher. */
class NotReadRiskTests {

    @Test
    void a_document_not_read_is_a_signal_and_raises_the_risk() {
        RiskRanking.Risk read = RiskRanking.ofSummaries(null, null, null, new ParseSummary(0, false, null));
        RiskRanking.Risk unread =
                RiskRanking.ofSummaries(null, null, null, new ParseSummary(0, true, "ocr_unavailable"));
        assertThat(unread.signals()).containsExactly("needs_ocr", "not_read_ocr_unavailable");
        assertThat(unread.score()).isGreaterThan(read.score() + 0.25);
        assertThat(read.signals()).isEmpty();
    }
}
