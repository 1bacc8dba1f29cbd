package io.planscreen.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.review.Reviews;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.KoreanParticles;
import io.planscreen.similarity.WriterEvidence;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The identifier lines read as each language writes them: particles after the last kind, "and" in English. */
class EvidenceExplanationIdentifiersTests {

    static final ApplicationId OTHER =
            new ApplicationId(java.util.UUID.fromString("00000000-0000-0000-0000-00000000000a"));

    /** The service's Korean messages leave the message source with their particles chosen; so do these. */
    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource() {
        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return resolve(super.resolveCodeWithoutArguments(code, locale), locale);
        }

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            return resolve(super.getMessageInternal(code, args, locale), locale);
        }

        private String resolve(String message, Locale locale) {
            return message == null || !locale.getLanguage().equals("ko") ? message : KoreanParticles.resolve(message);
        }
    };

    static {
        MESSAGES.setBasenames("i18n/evidence");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static List<Reviews.ExplanationLine> explain(
            String company, int withheld, WriterEvidence.Identifier... identifiers) {
        WriterEvidence.Member member =
                new WriterEvidence.Member(OTHER, List.of("IDENTIFIER"), 0, false, company, List.of(identifiers));
        return new EvidenceExplanationIdentifiers(MESSAGES)
                .explain(new WriterEvidence.Cluster(
                        2, 2, List.of(member), withheld, List.of("IDENTIFIER"), null, 0, false, withheld));
    }

    @Test
    void one_kind_takes_its_own_particle() {
        Reviews.ExplanationLine line = explain("해담스튜디오", 0, new WriterEvidence.Identifier("BRN", "220-81-62517", true))
                .get(0);
        assertThat(line.kind()).isEqualTo(Reviews.ExplanationLine.Kind.RAISES);
        assertThat(line.textKo())
                .isEqualTo("이 계획서에 다른 신청 기업(해담스튜디오)의 사업자등록번호가 남아 있습니다: 220-81-62517 (신청 " + OTHER.value() + ").");
        assertThat(line.textEn())
                .isEqualTo(
                        "This plan still holds the business registration number of another applicant, 해담스튜디오: 220-81-62517"
                                + " (application " + OTHER.value() + ").");
    }

    @Test
    void several_kinds_are_listed_and_the_particle_follows_the_last() {
        Reviews.ExplanationLine line = explain(
                        "해담스튜디오",
                        0,
                        new WriterEvidence.Identifier("PHONE", "02-1234-5678", true),
                        new WriterEvidence.Identifier("REPRESENTATIVE", "김해담", true),
                        new WriterEvidence.Identifier("ADDRESS", "테헤란로 123", true))
                .get(0);
        assertThat(line.textKo()).contains("의 전화번호, 대표자 이름과 주소가 남아 있습니다: 02-1234-5678, 김해담, 테헤란로 123");
        assertThat(line.textEn())
                .contains("holds the phone number, representative's name and address of another applicant");
        assertThat(line.textKo()).doesNotContain("(와)").doesNotContain("(가)");
    }

    @Test
    void the_other_way_round_is_a_fact_and_a_withheld_one_a_count_without_text() {
        List<Reviews.ExplanationLine> lines =
                explain(null, 1, new WriterEvidence.Identifier("COMPANY_NAME", "(주)우리회사", false));
        assertThat(lines.get(0).kind()).isEqualTo(Reviews.ExplanationLine.Kind.FACT);
        assertThat(lines.get(0).textKo()).isEqualTo("다른 신청(" + OTHER.value() + ")의 계획서에 이 기업의 기업명이 남아 있습니다: (주)우리회사.");
        assertThat(lines.get(1).textKo())
                .isEqualTo("배정되지 않은 사업의 신청 1건과도 계획서에 남은 기업 식별정보로 이어져 있습니다 (건수만 표시하고 내용은 보여 주지 않습니다).");
        assertThat(lines.get(1).textEn()).startsWith("1 application in a program you are not assigned to is");
    }
}
