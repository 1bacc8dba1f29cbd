package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifierMatcherTests {

    static final UUID OWN = UUID.randomUUID();

    static final UUID A = UUID.randomUUID();

    static final UUID A_PLAN = UUID.randomUUID();

    private static IdentifierMatcher.Stored a(IdentifierKind kind, String value) {
        return new IdentifierMatcher.Stored(A_PLAN, A, kind, value, value);
    }

    private static List<IdentifierMatcher.Hit> match(String text, IdentifierMatcher.Stored... stored) {
        return IdentifierMatcher.match(PlanIdentifierScan.of(text), List.of(stored), OWN, Set.of());
    }

    @Test
    void the_scan_finds_identifiers_in_running_text_with_particles_and_markers() {
        PlanIdentifierScan scan = PlanIdentifierScan.of("해담스튜디오는 2019년 설립되었으며 사업자등록번호: 220-81-62517, 연락처 02-1234-5678,"
                + " CEO@Haedam.co.kr. 본사는 테헤란로 123에 있다. (주)미래와 협력하고 미래 성장을 준비한다."
                + " 코리아 R&D 파트너스의 지원을 받았다.");
        assertThat(scan.values())
                .containsKeys("해담스튜디오", "2208162517", "0212345678", "ceo@haedam.co.kr", "테헤란로123", "미래", "코리아rd파트너스");
        assertThat(scan.occurrence("2208162517").orElseThrow().found()).isEqualTo("220-81-62517");
        assertThat(scan.occurrence("해담스튜디오").orElseThrow().found()).isEqualTo("해담스튜디오");
        assertThat(scan.occurrence("코리아rd파트너스").orElseThrow().found()).isEqualTo("코리아 R&D 파트너스");
        assertThat(scan.occurrence("미래").orElseThrow().marked()).isTrue();
        assertThat(scan.occurrence("해담스튜디오").orElseThrow().marked()).isFalse();
        assertThat(PlanIdentifierScan.of("미래 성장을 준비한다.")
                        .occurrence("미래")
                        .orElseThrow()
                        .marked())
                .isFalse();
    }

    @Test
    void a_brn_of_another_applicant_names_it_and_ties_the_plan_to_its_writer() {
        List<IdentifierMatcher.Hit> hits = match("사업자등록번호 220-81-62517", a(IdentifierKind.BRN, "2208162517"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.application()).isEqualTo(A_PLAN);
            assertThat(h.ties()).isTrue();
            assertThat(h.kinds()).containsOnlyKeys(IdentifierKind.BRN);
        });
    }

    @Test
    void a_distinctive_name_alone_links_without_tying_and_an_ordinary_one_not_at_all() {
        assertThat(match("해담스튜디오는 2019년 설립", a(IdentifierKind.COMPANY_NAME, "해담스튜디오")))
                .singleElement()
                .satisfies(h -> assertThat(h.ties()).isFalse());
        assertThat(match("스마트솔루션을 공급한다", a(IdentifierKind.COMPANY_NAME, "스마트솔루션")))
                .isEmpty();
        assertThat(match("(주)미래와 협력한다", a(IdentifierKind.COMPANY_NAME, "미래"))).isEmpty();
    }

    @Test
    void a_person_or_an_address_counts_only_with_another_identifier_of_the_same_company() {
        assertThat(match("대표 김민준은 10년 경력", a(IdentifierKind.REPRESENTATIVE, "김민준")))
                .isEmpty();
        assertThat(match("본사는 테헤란로 123", a(IdentifierKind.ADDRESS, "테헤란로123"))).isEmpty();
        // an ordinary word written without (주) is not the company's name, so the person stays alone
        assertThat(match(
                        "미래 성장을 위해 김민준 대표가",
                        a(IdentifierKind.COMPANY_NAME, "미래"),
                        a(IdentifierKind.REPRESENTATIVE, "김민준")))
                .isEmpty();
        // representative and investigator are often one person: one class
        assertThat(match(
                        "김민준 대표와 김민준 책임연구원",
                        a(IdentifierKind.REPRESENTATIVE, "김민준"),
                        a(IdentifierKind.INVESTIGATOR, "김민준")))
                .isEmpty();
        assertThat(match(
                        "(주)미래의 김민준 대표", a(IdentifierKind.COMPANY_NAME, "미래"), a(IdentifierKind.REPRESENTATIVE, "김민준")))
                .singleElement()
                .satisfies(h -> assertThat(h.ties()).isTrue());
        assertThat(match(
                        "대표 김민준, 본사 테헤란로 123",
                        a(IdentifierKind.REPRESENTATIVE, "김민준"),
                        a(IdentifierKind.ADDRESS, "테헤란로123")))
                .singleElement()
                .satisfies(h ->
                        assertThat(h.kinds()).containsOnlyKeys(IdentifierKind.REPRESENTATIVE, IdentifierKind.ADDRESS));
    }

    @Test
    void the_plans_own_identifiers_and_values_shared_by_many_companies_never_count() {
        String text = "문의 02-1234-5678, 220-81-62517";
        assertThat(IdentifierMatcher.match(
                        PlanIdentifierScan.of(text), List.of(a(IdentifierKind.BRN, "2208162517")), A, Set.of()))
                .isEmpty();
        assertThat(IdentifierMatcher.match(
                        PlanIdentifierScan.of(text),
                        List.of(a(IdentifierKind.PHONE, "0212345678")),
                        OWN,
                        Set.of("0212345678")))
                .isEmpty();
        List<IdentifierMatcher.Stored> switchboard = new java.util.ArrayList<>();
        for (int i = 0; i <= IdentifierMatcher.MAX_HOLDERS; i++) {
            switchboard.add(new IdentifierMatcher.Stored(
                    UUID.randomUUID(), UUID.randomUUID(), IdentifierKind.PHONE, "0212345678", "02-1234-5678"));
        }
        assertThat(IdentifierMatcher.match(PlanIdentifierScan.of(text), switchboard, OWN, Set.of()))
                .isEmpty();
    }
}
