package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The 2025 창업도약패키지 form read as a form: its 신청 및 일반현황 table (label cells, choice cells marked with V or
 * left with one option, dates as YY.MM.DD, amounts in the form's 백만원 cells), its guidance and its placeholders.
 * The tables follow the official form's layout, typed here from the form's facts (the real file is not in the
 * repository).
 */
class FormExtractionTests {

    static List<List<String>> companyTable(String name, String opened, String type, String representative) {
        return List.of(
                List.of("기업명", name + "\n(법인등기부등본 및 사업자등록증 상의 ‘본사(점)’ 명칭과 동일하게 기입)", "개업연월일", opened),
                List.of("사업자 구분\n(모집마감일 기준)", type, "대표자 유형\n(모집마감일 기준)", representative));
    }

    static List<List<String>> itemTable(
            String title, String field, String tech, String successReturn, List<String> amounts) {
        return List.of(
                List.of("창업아이템명", title),
                List.of("지원 분야(택 1)", mark(field, "제조"), "제조", mark(field, "지식서비스"), "지식서비스", "", ""),
                List.of(
                        "전문기술분야 (택 1)",
                        mark(tech, "기계·소재"),
                        "기계·소재",
                        mark(tech, "전기·전자"),
                        "전기·전자",
                        mark(tech, "정보·통신"),
                        "정보·통신"),
                List.of(
                        "",
                        mark(tech, "화공·섬유"),
                        "화공·섬유",
                        mark(tech, "바이오·의료·생명"),
                        "바이오·의료·생명",
                        mark(tech, "에너지·자원"),
                        "에너지·자원"),
                List.of("", mark(tech, "공예·디자인"), "공예·디자인", "", "", "", ""),
                List.of(
                        "성공환원형\n신청 여부",
                        mark(successReturn, "신청 안함"),
                        "신청 안함",
                        mark(successReturn, "성공환원형 신청"),
                        "성공환원형 신청\n(기본 정부지원사업비의 50%로 추가 정부지원사업비 배정)"),
                List.of("총 사업비\n구성 계획", "정부지원사업비(A)\n총 사업비의 70% 이상", "자기부담사업비(B)\n총 사업비의 30% 이하", "총 사업비\n(C=A+B)"),
                List.of("", "기본", "추가\n(성공환원형 신청자만 작성)", "현금", "현물", ""),
                List.of("", amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3), amounts.get(4)));
    }

    private static String mark(String chosen, String option) {
        return option.equals(chosen) ? "V" : "";
    }

    static ParsedDocument filled() {
        return PlanDocuments.plan()
                .paragraph("※ 사업계획서 양식은 변경·삭제할 수 없으며, 추가설명을 위한 이미지(사진), 표 등은 삽입 가능")
                .section("□ 신청 및 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("※ 정부지원사업비는 총사업비의 70% 이하, 현금은 10% 이상, 현물은 20% 이하로 작성")
                .table(companyTable("주식회사 도약테크", "16.04.25", "법인사업자", "단독"))
                .table(itemTable(
                        "AI 기반 물류 경로 최적화 서비스",
                        "지식서비스",
                        "정보·통신",
                        "성공환원형 신청",
                        List.of("150백만원", "50백만원", "30백만원", "56백만원", "286백만원")))
                .section("4-1-1. 대표자역량", SectionKind.PSST_TEAM)
                .paragraph("※ 대표자 보유 역량(경영 능력, 경력·학력, 기술력, 노하우, 인적 네트워크 등) 기재")
                .paragraph("◦ 물류 소프트웨어 분야 12년 경력")
                .build();
    }

    @Test
    void a_filled_form_is_read_cell_by_cell() {
        Map<String, String> got = extracted(filled(), "startup-leap-2025");

        assertThat(got)
                .containsEntry("company_name", "주식회사 도약테크")
                .containsEntry("founded_on", "2016-04-25")
                .containsEntry("business_type", "법인사업자")
                .containsEntry("representative_type", "단독")
                .containsEntry("project_title", "AI 기반 물류 경로 최적화 서비스")
                .containsEntry("support_field", "지식서비스")
                .containsEntry("tech_field", "정보·통신")
                .containsEntry("success_return", "성공환원형 신청")
                .containsEntry("gov_grant_base_krw", "150000000")
                .containsEntry("gov_grant_extra_krw", "50000000")
                .containsEntry("private_cash_krw", "30000000")
                .containsEntry("private_in_kind_krw", "56000000");
    }

    @Test
    void the_blank_form_yields_nothing_filled() {
        ParsedDocument blank = PlanDocuments.plan()
                .section("□ 신청 및 일반현황", SectionKind.PSST_GENERAL)
                .table(companyTable("OOOOO", "OO.OO.OO", "개인사업자 / 법인사업자", "단독 / 공동 / 각자대표"))
                .table(itemTable(
                        "OO기술이 적용된 OO기능의 (혜택을 제공하는) OO제품·서비스 등",
                        "",
                        "",
                        "",
                        List.of("00백만원", "00백만원", "00백만원", "00백만원", "00백만원")))
                .build();

        assertThat(extracted(blank, "startup-leap-2025")).isEmpty();
    }

    @Test
    void two_marked_options_or_none_leave_the_choice_to_the_company() {
        assertThat(Choices.chosen("V 제조 V 지식서비스", List.of("제조", "지식서비스"))).isEmpty();
        assertThat(Choices.chosen("□ 제조 □ 지식서비스", List.of("제조", "지식서비스"))).isEmpty();
        assertThat(Choices.chosen("■ 제조 □ 지식서비스", List.of("제조", "지식서비스")))
                .hasValueSatisfying(c -> assertThat(c.option()).isEqualTo("제조"));
        assertThat(Choices.chosen("제조(V) 지식서비스", List.of("제조", "지식서비스")))
                .hasValueSatisfying(c -> assertThat(c.option()).isEqualTo("제조"));
        assertThat(Choices.chosen("● 바이오 의료 생명", List.of("기계·소재", "바이오·의료·생명")))
                .hasValueSatisfying(c -> assertThat(c.option()).isEqualTo("바이오·의료·생명"));
    }

    @Test
    void a_heading_that_starts_with_a_label_is_not_a_value() {
        ParsedDocument document = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("기업명: 주식회사 한빛테크")
                .paragraph("사업자등록번호: 220-81-62517")
                .section("4-1-1. 대표자역량", SectionKind.PSST_TEAM)
                .paragraph("대표자역량 강화를 위해 교육을 이수함")
                .build();

        assertThat(extracted(document, "startup-psst")).doesNotContainKey("representative");
    }

    @Test
    void amounts_in_brackets_after_the_total_are_read_with_their_units() {
        ParsedDocument document = PlanDocuments.plan()
                .section("3. 성장전략", SectionKind.PSST_SCALEUP)
                .paragraph("총사업비: 350,000,000원 (정부지원금 214,000천원, 대응자금 136,000,000원)")
                .build();

        assertThat(extracted(document, "startup-psst"))
                .containsEntry("total_budget_krw", "350000000")
                .containsEntry("gov_grant_krw", "214000000")
                .containsEntry("private_share_krw", "136000000");
    }

    @Test
    void a_document_that_is_not_a_plan_yields_no_fields() {
        ParsedDocument ruling = PlanDocuments.plan()
                .paragraph("질의 법인은 위 표에 의하여 제조업으로 분류되는지 여부")
                .paragraph("회신: 대표자가 아니한 경우에도 해당 규정이 적용됨")
                .build();

        assertThat(extracted(ruling, "startup-psst")).isEmpty();
    }

    @Test
    void the_form_check_reports_guidance_and_placeholders_left_in() {
        ParsedDocument halfFilled = PlanDocuments.plan()
                .section("□ 신청 및 일반현황", SectionKind.PSST_GENERAL)
                .paragraph("※ 정부지원사업비는 총사업비의 70% 이하, 현금은 10% 이상, 현물은 20% 이하로 작성")
                .table(companyTable("주식회사 도약테크", "OO.OO.OO", "법인사업자", "단독"))
                .build();

        var result = TestServices.service(TestServices.noLlm(), TestServices.noRegistry())
                .extractOffline(halfFilled, Plans.program("startup-leap-2025"));

        assertThat(result.findings())
                .anyMatch(f ->
                        f.code().equals("form_guidance_left") && f.message().contains("1줄"))
                .anyMatch(f ->
                        f.code().equals("form_placeholder_left") && f.evidence().equals("OO.OO.OO"))
                .anyMatch(f ->
                        f.code().equals("required_missing") && f.fieldKeys().contains("founded_on"));
    }

    private static Map<String, String> extracted(ParsedDocument document, String program) {
        return OfflineExtractor.extract(document, Plans.program(program), InjectionDetector.scan(document)).stream()
                .collect(Collectors.toMap(ExtractedField::key, ExtractedField::normalized));
    }
}
