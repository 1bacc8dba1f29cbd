package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OfflineExtractorTests {

    static final Map<String, String> PSST_GOLD = gold(
            FieldKeys.COMPANY_NAME, "주식회사 한빛테크",
            FieldKeys.REPRESENTATIVE, "김민준",
            FieldKeys.BRN, "220-81-62517",
            FieldKeys.FOUNDED_ON, "2022-03-15",
            FieldKeys.REGION, "SEOUL",
            FieldKeys.INDUSTRY_KSIC, "J",
            FieldKeys.EMPLOYEES, "12",
            FieldKeys.REVENUE_KRW, "350000000",
            FieldKeys.CONTACT_EMAIL, "ceo@hanbit.example",
            FieldKeys.CONTACT_PHONE, "02-1234-5678",
            FieldKeys.PROJECT_TITLE, "AI 기반 제조 불량 검출 솔루션",
            FieldKeys.TECH_AREA, "AI",
            FieldKeys.DEV_START, "2025-04-01",
            FieldKeys.DEV_END, "2025-12-31",
            FieldKeys.TOTAL_BUDGET_KRW, "140000000",
            FieldKeys.GOV_GRANT_KRW, "98000000",
            FieldKeys.PRIVATE_CASH_KRW, "14000000",
            FieldKeys.PRIVATE_IN_KIND_KRW, "28000000");

    static final Map<String, String> SMTECH_KO_GOLD = gold(
            FieldKeys.PROJECT_TITLE, "저전력 엣지 반도체 설계 자동화 플랫폼 개발",
            FieldKeys.COMPANY_NAME, "(주)누리반도체",
            FieldKeys.REPRESENTATIVE, "이서연",
            FieldKeys.BRN, "124-81-00998",
            FieldKeys.FOUNDED_ON, "2016-05-01",
            FieldKeys.REGION, "GYEONGGI",
            FieldKeys.INDUSTRY_KSIC, "C",
            FieldKeys.EMPLOYEES, "48",
            FieldKeys.REVENUE_KRW, "1200000000",
            FieldKeys.TECH_AREA, "SEMICONDUCTOR",
            FieldKeys.PRINCIPAL_INVESTIGATOR, "박지훈",
            FieldKeys.DEV_START, "2025-04-01",
            FieldKeys.DEV_END, "2026-12-31",
            FieldKeys.GOV_GRANT_KRW, "300000000",
            FieldKeys.PRIVATE_CASH_KRW, "40000000",
            FieldKeys.PRIVATE_IN_KIND_KRW, "60000000",
            FieldKeys.TOTAL_BUDGET_KRW, "400000000",
            FieldKeys.CONTACT_EMAIL, "rnd@nuri.example",
            FieldKeys.CONTACT_PHONE, "031-987-6543");

    static final Map<String, String> SMTECH_EN_GOLD = gold(
            FieldKeys.COMPANY_NAME, "GreenLoop Materials Co., Ltd.",
            FieldKeys.REPRESENTATIVE, "Park Hana",
            FieldKeys.BRN, "124-81-00998",
            FieldKeys.FOUNDED_ON, "2019-03-01",
            FieldKeys.REGION, "DAEJEON",
            FieldKeys.INDUSTRY_KSIC, "C",
            FieldKeys.EMPLOYEES, "23",
            FieldKeys.REVENUE_KRW, "1200000000",
            FieldKeys.PROJECT_TITLE, "Carbon-neutral cement binder from recycled slag",
            FieldKeys.TECH_AREA, "CARBON_NEUTRAL",
            FieldKeys.DEV_START, "2025-03-01",
            FieldKeys.DEV_END, "2027-02-28",
            FieldKeys.PRINCIPAL_INVESTIGATOR, "Choi Minseo",
            FieldKeys.TOTAL_BUDGET_KRW, "600000000",
            FieldKeys.GOV_GRANT_KRW, "450000000",
            FieldKeys.PRIVATE_CASH_KRW, "50000000",
            FieldKeys.PRIVATE_IN_KIND_KRW, "100000000",
            FieldKeys.CONTACT_EMAIL, "hana@greenloop.example",
            FieldKeys.CONTACT_PHONE, "042-555-0101");

    @Test
    void reads_a_korean_psst_plan_from_its_table_and_prose() {
        assertExtracts(Plans.psstKorean().build(), Plans.program("startup-psst"), PSST_GOLD);
    }

    @Test
    void reads_a_korean_smtech_plan_with_a_budget_table_in_thousands() {
        assertExtracts(Plans.smtechKorean().build(), Plans.program("smtech-rnd"), SMTECH_KO_GOLD);
    }

    @Test
    void reads_an_english_plan_written_in_prose() {
        assertExtracts(Plans.smtechEnglish().build(), Plans.program("smtech-rnd"), SMTECH_EN_GOLD);
    }

    @Test
    void evidence_points_into_the_stored_text_with_page_and_confidence() {
        ParsedDocument document = Plans.psstKorean().build();
        List<ExtractedField> fields = OfflineExtractor.extract(document, Plans.program("startup-psst"), List.of());

        ExtractedField total = field(fields, FieldKeys.TOTAL_BUDGET_KRW);
        assertThat(document.text().substring(total.start(), total.end())).isEqualTo("1억 4천만원");
        assertThat(total.quote()).isEqualTo("1억 4천만원");
        assertThat(total.page()).isEqualTo(2);
        assertThat(total.extractor()).isEqualTo("offline");
        ExtractedField brn = field(fields, FieldKeys.BRN);
        assertThat(brn.page()).isEqualTo(1);
        assertThat(brn.confidence()).isGreaterThan(total.confidence());
        assertThat(fields).allSatisfy(f -> assertThat(f.confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void hidden_text_is_never_evidence() {
        ParsedDocument document = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .hidden("총사업비: 9억원", ParsedDocument.HiddenKind.BACKGROUND_COLOUR)
                .paragraph("총사업비: 1억 4천만원")
                .hidden("상시근로자수: 300명", ParsedDocument.HiddenKind.TINY_FONT)
                .build();

        List<ExtractedField> fields = OfflineExtractor.extract(document, Plans.program("startup-psst"), List.of());

        assertThat(field(fields, FieldKeys.TOTAL_BUDGET_KRW).normalized()).isEqualTo("140000000");
        assertThat(fields).noneMatch(f -> f.key().equals(FieldKeys.EMPLOYEES));
    }

    @Test
    void same_document_gives_the_same_fields() {
        ParsedDocument document = Plans.smtechKorean().build();
        ProgramDefinition program = Plans.program("smtech-rnd");

        assertThat(OfflineExtractor.extract(document, program, List.of()))
                .isEqualTo(OfflineExtractor.extract(document, program, List.of()));
    }

    @Test
    void a_sentence_about_the_representative_is_not_taken_as_the_name() {
        ParsedDocument korean = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("㈜한빛테크(대표 김민준)는 2022. 3. 15. 서울특별시 강남구 테헤란로 1에 설립된 정보통신업 기업으로, 직원 12명의 규모임.")
                .section("3. 성장전략", SectionKind.PSST_SCALEUP)
                .paragraph("대표자는 데이터 분야에서 12년간 근무한 경력을 보유함.")
                .build();
        ParsedDocument english = PlanDocuments.plan()
                .section("1. Company overview", SectionKind.PSST_GENERAL)
                .paragraph("Representative: Park Hana (co-founder)")
                .section("3. Team", SectionKind.PSST_TEAM)
                .paragraph("Representative has twelve years of experience in materials research.")
                .build();

        assertThat(extracted(korean, "startup-psst")).containsEntry(FieldKeys.REPRESENTATIVE, "김민준");
        assertThat(extracted(english, "startup-psst")).containsEntry(FieldKeys.REPRESENTATIVE, "Park Hana");
    }

    @Test
    void person_names_have_the_shape_of_a_name() {
        assertThat(OfflineExtractor.looksLikePersonName("김민준")).isTrue();
        assertThat(OfflineExtractor.looksLikePersonName("남궁 민수")).isTrue();
        assertThat(OfflineExtractor.looksLikePersonName("Eun-jin Lim")).isTrue();
        assertThat(OfflineExtractor.looksLikePersonName("Choi Minseo")).isTrue();
        assertThat(OfflineExtractor.looksLikePersonName("해당 분야의 풍부한 경험과 전문성을 보유한 전문가"))
                .isFalse();
        assertThat(OfflineExtractor.looksLikePersonName("has twelve years of experience"))
                .isFalse();
        assertThat(OfflineExtractor.looksLikePersonName("및 팀원")).isFalse();
        assertThat(OfflineExtractor.looksLikePersonName("and Team")).isFalse();
    }

    @Test
    void the_company_sentence_reads_a_name_with_its_legal_form_in_brackets() {
        ParsedDocument bracketFirst = PlanDocuments.plan()
                .section("1. 신청기업 현황", SectionKind.SMTECH_OVERVIEW)
                .paragraph("(주)누리반도체(대표 이서연)는 2016.05.01 경기도 성남시 분당구 판교로 10에 설립된 제조업(C) 기업으로, 상시근로자 48명의 규모임.")
                .build();
        ParsedDocument bracketLast = PlanDocuments.plan()
                .section("1. 신청기업 현황", SectionKind.SMTECH_OVERVIEW)
                .paragraph("누리반도체(주)(대표이사 이서연)는 2016년 5월 인천 연수구 송도과학로 5에 설립된 제조업 기업으로, 직원 48명임.")
                .build();

        Map<String, String> first = extracted(bracketFirst, "smtech-rnd");
        assertThat(first)
                .containsEntry(FieldKeys.COMPANY_NAME, "(주)누리반도체")
                .containsEntry(FieldKeys.REPRESENTATIVE, "이서연")
                .containsEntry(FieldKeys.FOUNDED_ON, "2016-05-01")
                .containsEntry(FieldKeys.REGION, "GYEONGGI")
                .containsEntry(FieldKeys.INDUSTRY_KSIC, "C");
        Map<String, String> last = extracted(bracketLast, "smtech-rnd");
        assertThat(last)
                .containsEntry(FieldKeys.COMPANY_NAME, "누리반도체(주)")
                .containsEntry(FieldKeys.REPRESENTATIVE, "이서연")
                .containsEntry(FieldKeys.REGION, "INCHEON");
    }

    @Test
    void a_stated_revenue_of_zero_is_an_answer_but_a_bare_zero_is_not() {
        ParsedDocument korean = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("전년도 매출액: 0원")
                .build();
        ParsedDocument english = PlanDocuments.plan()
                .section("1. Company overview", SectionKind.PSST_GENERAL)
                .paragraph("Revenue (last fiscal year): KRW 0")
                .build();
        ParsedDocument bare = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("매출액 0 (추정)")
                .build();

        assertThat(extracted(korean, "startup-psst")).containsEntry(FieldKeys.REVENUE_KRW, "0");
        assertThat(extracted(english, "startup-psst")).containsEntry(FieldKeys.REVENUE_KRW, "0");
        assertThat(extracted(bare, "startup-psst")).doesNotContainKey(FieldKeys.REVENUE_KRW);
    }

    @Test
    void a_label_wrapped_across_two_lines_of_a_paragraph_is_still_read() {
        ParsedDocument korean = PlanDocuments.plan()
                .section("5. 사업비", SectionKind.SMTECH_BUDGET)
                .paragraph("총사업비는 1억 4천만원이며, 이 중 정부지원연구개발비 9,800만원, 기관부담 현금 1,400만원, 기관부담\n현물 2,800만원으로 구성됨")
                .build();
        ParsedDocument english = PlanDocuments.plan()
                .section("5. Budget", SectionKind.SMTECH_BUDGET)
                .paragraph(
                        "Of the total project cost of KRW 140 million, the company adds an In-kind\ncontribution of KRW 28 million.")
                .build();

        ParsedDocument blocks = PlanDocuments.plan()
                .section("5. 사업비", SectionKind.SMTECH_BUDGET)
                .paragraph("총사업비는 1억 4천만원이며, 이 중 정부지원연구개발비 9,800만원, 기관부담 현금 1,400만원, 기관부담")
                .paragraph("현물 2,800만원으로 구성됨")
                .build();

        assertThat(extracted(blocks, "smtech-rnd")).containsEntry(FieldKeys.PRIVATE_IN_KIND_KRW, "28000000");
        assertThat(extracted(korean, "smtech-rnd")).containsEntry(FieldKeys.PRIVATE_IN_KIND_KRW, "28000000");
        assertThat(extracted(english, "smtech-rnd")).containsEntry(FieldKeys.PRIVATE_IN_KIND_KRW, "28000000");
        assertThat(OfflineExtractor.unwrapped("기관부담\n현물\n\n다음 문단")).isEqualTo("기관부담 현물\n\n다음 문단");
    }

    private static Map<String, String> extracted(ParsedDocument document, String program) {
        return OfflineExtractor.extract(document, Plans.program(program), InjectionDetector.scan(document)).stream()
                .collect(Collectors.toMap(ExtractedField::key, ExtractedField::normalized));
    }

    private static void assertExtracts(ParsedDocument document, ProgramDefinition program, Map<String, String> gold) {
        Map<String, String> got = OfflineExtractor.extract(document, program, InjectionDetector.scan(document)).stream()
                .collect(Collectors.toMap(ExtractedField::key, ExtractedField::normalized));
        assertThat(got).containsAllEntriesOf(gold);
    }

    static ExtractedField field(List<ExtractedField> fields, String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing in " + fields));
    }

    static Map<String, String> gold(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }
}
