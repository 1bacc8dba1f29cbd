package io.planscreen.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.scoring.BrokerAssessment;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskRankingTests {

    @Test
    void a_flagged_broker_probability_outranks_moderate_reuse() {
        RiskRanking.Risk broker = RiskRanking.of(assessment(0.92, true), null, null, null);
        RiskRanking.Risk reuse = RiskRanking.of(assessment(0.1, false), reuse(0.8), null, null);

        assertThat(broker.score()).isGreaterThan(reuse.score());
        assertThat(broker.signals()).containsExactly("broker_flagged");
        assertThat(reuse.signals()).containsExactly("text_reuse");
    }

    @Test
    void hidden_text_needs_ocr_and_findings_raise_the_risk_and_say_so() {
        RiskRanking.Risk plain =
                RiskRanking.of(assessment(0.3, false), null, extraction(List.of()), parsed(false, false));
        RiskRanking.Risk signals = RiskRanking.of(
                assessment(0.3, false),
                null,
                extraction(List.of(new ExtractionResult.Finding(
                        "brn.checksum", ExtractionResult.Severity.ERROR, "BRN check digit wrong", List.of(), "123"))),
                parsed(true, true));

        assertThat(signals.score()).isGreaterThan(plain.score());
        assertThat(signals.signals()).containsExactly("validation_findings", "hidden_text", "needs_ocr");
        assertThat(plain.signals()).isEmpty();
    }

    @Test
    void each_part_says_what_it_added_and_the_parts_add_up_to_the_score() {
        RiskRanking.Risk risk = RiskRanking.of(
                assessment(0.4, false),
                reuse(0.8),
                extraction(List.of(new ExtractionResult.Finding(
                        "brn.checksum", ExtractionResult.Severity.ERROR, "BRN check digit wrong", List.of(), "123"))),
                parsed(true, false));

        assertThat(risk.parts())
                .extracting(io.planscreen.review.Reviews.RiskPart::code)
                .containsExactly("broker", "reuse", "findings", "hidden_text");
        assertThat(risk.parts().get(0).points()).isEqualTo(20);
        assertThat(risk.parts().get(0).args()).containsExactly(40L, 20L);
        assertThat(risk.parts().get(1).args()).containsExactly(80L, 20L);
        assertThat(risk.parts().stream()
                        .mapToLong(io.planscreen.review.Reviews.RiskPart::points)
                        .sum())
                .isEqualTo(Math.round(risk.score() * 100));
        assertThat(RiskRanking.of(null, null, null, null).parts()).isEmpty();
    }

    @Test
    void nothing_known_is_zero_and_the_score_never_exceeds_one() {
        assertThat(RiskRanking.of(null, null, null, null).score()).isZero();
        assertThat(RiskRanking.of(assessment(1.0, true), reuse(1.0), null, parsed(true, true))
                        .score())
                .isLessThanOrEqualTo(1.0);
    }

    static BrokerAssessment assessment(double p, boolean flagged) {
        return new BrokerAssessment(
                p,
                p > 0.7 ? BrokerAssessment.Band.HIGH : BrokerAssessment.Band.LOW,
                flagged,
                0.7,
                "v1",
                "0".repeat(64),
                List.of());
    }

    static ReuseReport reuse(double similarity) {
        return new ReuseReport(
                similarity,
                10,
                1,
                List.of(new ReuseReport.ReusedPassage(
                        2, "우리 회사는 혁신적인", new ApplicationId(UUID.randomUUID()), 4, "우리 회사는 혁신적인", similarity)));
    }

    static ExtractionResult extraction(List<ExtractionResult.Finding> findings) {
        return new ExtractionResult(
                new ProgramId("startup-psst"),
                List.of(),
                findings,
                new ExtractionResult.PaperworkReport(0, 0, 0, List.of()),
                "offline-1",
                null,
                null,
                null,
                0,
                List.of());
    }

    static ParsedDocument parsed(boolean hidden, boolean needsOcr) {
        return new ParsedDocument(
                DocumentType.PDF,
                "test",
                "본문",
                List.of(new ParsedDocument.Page(1, 595, 842, false, needsOcr)),
                List.of(),
                List.of(),
                List.of(),
                hidden
                        ? List.of(
                                new ParsedDocument.HiddenText(ParsedDocument.HiddenKind.TINY_FONT, 1, 0, 2, "본문", null))
                        : List.of(),
                List.of());
    }
}
