package io.planscreen.extraction.internal;

import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.SectionKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Korean and English plans label each canonical field, and where in the templates it usually sits.
 * Longer labels win over the shorter ones they contain ("민간부담금(현금)" over "민간부담금").
 */
final class FieldLabels {

    /** Pseudo-key for a period label whose value holds both {@code dev_start} and {@code dev_end}. */
    static final String DEV_PERIOD = "dev_period";

    static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put(
                FieldKeys.COMPANY_NAME,
                List.of("기업명", "회사명", "업체명", "상호명", "상호", "법인명", "기업 명", "Company name", "Name of company", "Company"));
        LABELS.put(
                FieldKeys.BRN,
                List.of(
                        "사업자등록번호",
                        "사업자 등록번호",
                        "사업자번호",
                        "Business registration number",
                        "Business registration no.",
                        "Business registration No",
                        "BRN"));
        LABELS.put(
                FieldKeys.REPRESENTATIVE,
                List.of("대표자명", "대표자 성명", "대표자", "대표이사", "대표 성명", "Representative", "CEO", "Chief executive"));
        LABELS.put(
                FieldKeys.FOUNDED_ON,
                List.of(
                        "설립일자",
                        "설립일",
                        "설립연월일",
                        "설립 일자",
                        "개업일자",
                        "개업연월일",
                        "개업일",
                        "창업일",
                        "법인설립일",
                        "Date founded",
                        "Date of establishment",
                        "Established on",
                        "Established",
                        "Founded on",
                        "Founded"));
        LABELS.put(
                FieldKeys.REGION,
                List.of(
                        "본사 소재지",
                        "사업장 소재지",
                        "본점 소재지",
                        "소재지",
                        "사업장 주소",
                        "본사 주소",
                        "주소",
                        "Headquarters address",
                        "Head office",
                        "Headquarters",
                        "Address",
                        "Location"));
        LABELS.put(
                FieldKeys.INDUSTRY_KSIC,
                List.of("표준산업분류", "주업종", "업종코드", "업종", "업태", "KSIC", "Industry classification", "Industry"));
        LABELS.put(
                FieldKeys.EMPLOYEES,
                List.of(
                        "상시근로자수",
                        "상시근로자 수",
                        "상시 근로자 수",
                        "상시 근로자수",
                        "상시근로자",
                        "상시종업원수",
                        "종업원수",
                        "종업원 수",
                        "직원수",
                        "직원 수",
                        "Number of full-time employees",
                        "Full-time employees",
                        "Number of employees",
                        "Employees",
                        "Headcount"));
        LABELS.put(
                FieldKeys.REVENUE_KRW,
                List.of(
                        "전년도 매출액",
                        "직전년도 매출액",
                        "최근 매출액",
                        "연간 매출액",
                        "연 매출액",
                        "매출액",
                        "연매출",
                        "Annual revenue",
                        "Last year's revenue",
                        "Revenue",
                        "Sales"));
        LABELS.put(
                FieldKeys.PROJECT_TITLE,
                List.of(
                        "창업아이템명",
                        "창업 아이템명",
                        "아이템명",
                        "과제명",
                        "연구개발과제명",
                        "개발과제명",
                        "사업명",
                        "Project title",
                        "Item name",
                        "Project name",
                        "Title of the project"));
        LABELS.put(
                FieldKeys.TECH_AREA,
                List.of(
                        "기술분야",
                        "기술 분야",
                        "적용분야",
                        "Technology area",
                        "Technology field",
                        "Tech area",
                        "Field of technology"));
        LABELS.put(
                DEV_PERIOD,
                List.of(
                        "총 개발기간",
                        "개발기간",
                        "개발 기간",
                        "협약기간",
                        "협약 기간",
                        "사업기간",
                        "사업 기간",
                        "수행기간",
                        "수행 기간",
                        "연구기간",
                        "Development period",
                        "Project period",
                        "Agreement period",
                        "Period"));
        LABELS.put(FieldKeys.DEV_START, List.of("개발 시작일", "개발시작일", "사업 시작일", "Start date"));
        LABELS.put(FieldKeys.DEV_END, List.of("개발 종료일", "개발종료일", "사업 종료일", "End date"));
        LABELS.put(
                FieldKeys.TOTAL_BUDGET_KRW,
                List.of(
                        "총사업비",
                        "총 사업비",
                        "총 소요예산",
                        "사업비 총액",
                        "사업비 합계",
                        "Total project cost",
                        "Total budget",
                        "Total cost"));
        LABELS.put(
                FieldKeys.GOV_GRANT_KRW,
                List.of(
                        "정부출연금",
                        "정부 출연금",
                        "정부지원사업비",
                        "정부지원금",
                        "정부 지원금",
                        "정부지원 사업비",
                        "정부지원",
                        "Government grant",
                        "Government contribution",
                        "Government funding",
                        "Government support"));
        LABELS.put(
                FieldKeys.PRIVATE_CASH_KRW,
                List.of(
                        "민간부담금(현금)",
                        "민간부담금 (현금)",
                        "민간부담금 현금",
                        "민간부담 현금",
                        "자기부담사업비(현금)",
                        "자기부담사업비 (현금)",
                        "자기부담금(현금)",
                        "자기부담 현금",
                        "대응자금(현금)",
                        "Private share (cash)",
                        "Private contribution (cash)",
                        "Company share (cash)",
                        "Cash contribution"));
        LABELS.put(
                FieldKeys.PRIVATE_IN_KIND_KRW,
                List.of(
                        "민간부담금(현물)",
                        "민간부담금 (현물)",
                        "민간부담금 현물",
                        "민간부담 현물",
                        "자기부담사업비(현물)",
                        "자기부담사업비 (현물)",
                        "자기부담금(현물)",
                        "자기부담 현물",
                        "대응자금(현물)",
                        "Private share (in-kind)",
                        "Private share (in kind)",
                        "Private contribution (in-kind)",
                        "Company share (in kind)",
                        "Company share (in-kind)",
                        "In-kind contribution"));
        LABELS.put(
                FieldKeys.PRINCIPAL_INVESTIGATOR,
                List.of("연구책임자", "과제책임자", "연구 책임자", "Principal investigator", "Project leader", "Research lead"));
        LABELS.put(FieldKeys.CONTACT_EMAIL, List.of("담당자 이메일", "전자우편", "이메일", "E-mail", "Email"));
        LABELS.put(
                FieldKeys.CONTACT_PHONE,
                List.of("담당자 연락처", "담당자 전화", "전화번호", "연락처", "휴대폰", "전화", "Telephone", "Phone", "Tel"));

        // forms seen in the synthetic corpus's templates
        extend(FieldKeys.REPRESENTATIVE, "대표");
        extend(FieldKeys.FOUNDED_ON, "Founded in");
        extend(FieldKeys.REGION, "located at", "Located in");
        extend(FieldKeys.EMPLOYEES, "임직원 수", "임직원수");
        extend(FieldKeys.REVENUE_KRW, "매출액(전년도)", "Revenue (last fiscal year)", "revenue of");
        extend(FieldKeys.PROJECT_TITLE, "기술개발 과제명", "Project");
        extend(FieldKeys.TECH_AREA, "산업분야", "Field");
        extend(FieldKeys.TOTAL_BUDGET_KRW, "Total", "합계");
        extend(FieldKeys.GOV_GRANT_KRW, "정부지원연구개발비", "Grant", "government grant of");
        extend(
                FieldKeys.PRIVATE_CASH_KRW,
                "자부담 현금",
                "자부담(현금)",
                "기관부담 현금",
                "Own contribution (cash)",
                "Private cash",
                "Cash");
        extend(
                FieldKeys.PRIVATE_IN_KIND_KRW,
                "자부담 현물",
                "자부담(현물)",
                "기관부담 현물",
                "Own contribution (in kind)",
                "Private contribution (in kind)",
                "Private in-kind",
                "In kind");
        extend(FieldKeys.PRINCIPAL_INVESTIGATOR, "PI");
        extend(FieldKeys.CONTACT_PHONE, "Tel.");
    }

    /** Table-only short labels (too common to trust in prose). */
    static final Map<String, List<String>> TABLE_ONLY = Map.of(
            FieldKeys.PRIVATE_CASH_KRW, List.of("현금"),
            FieldKeys.PRIVATE_IN_KIND_KRW, List.of("현물"),
            FieldKeys.TOTAL_BUDGET_KRW, List.of("합계", "총계", "Total"),
            FieldKeys.GOV_GRANT_KRW, List.of("정부"));

    private static final Set<String> COMPANY = Set.of(
            FieldKeys.COMPANY_NAME,
            FieldKeys.BRN,
            FieldKeys.REPRESENTATIVE,
            FieldKeys.FOUNDED_ON,
            FieldKeys.REGION,
            FieldKeys.INDUSTRY_KSIC,
            FieldKeys.EMPLOYEES,
            FieldKeys.REVENUE_KRW,
            FieldKeys.CONTACT_EMAIL,
            FieldKeys.CONTACT_PHONE);

    private static final Set<String> BUDGET = Set.of(
            FieldKeys.TOTAL_BUDGET_KRW,
            FieldKeys.GOV_GRANT_KRW,
            FieldKeys.PRIVATE_CASH_KRW,
            FieldKeys.PRIVATE_IN_KIND_KRW);

    private FieldLabels() {}

    private static void extend(String key, String... more) {
        List<String> all = new java.util.ArrayList<>(LABELS.get(key));
        all.addAll(List.of(more));
        LABELS.put(key, List.copyOf(all));
    }

    /** The template sections a field is usually stated in (the LLM is sent these; offline prefers them). */
    static Set<SectionKind> sectionsFor(String key) {
        if (COMPANY.contains(key)) {
            return Set.of(SectionKind.PSST_GENERAL, SectionKind.SMTECH_OVERVIEW, SectionKind.OTHER);
        }
        if (BUDGET.contains(key)) {
            return Set.of(
                    SectionKind.SMTECH_BUDGET, SectionKind.PSST_SCALEUP, SectionKind.PSST_GENERAL, SectionKind.OTHER);
        }
        if (key.equals(FieldKeys.PRINCIPAL_INVESTIGATOR)) {
            return Set.of(SectionKind.PSST_TEAM, SectionKind.SMTECH_OVERVIEW, SectionKind.OTHER);
        }
        return Set.of(
                SectionKind.PSST_GENERAL,
                SectionKind.PSST_OVERVIEW,
                SectionKind.SMTECH_OVERVIEW,
                SectionKind.SMTECH_GOAL,
                SectionKind.OTHER);
    }

    /** The field's labels, the program's own Korean and English labels first. */
    static List<String> labels(String key) {
        return LABELS.getOrDefault(key, List.of());
    }
}
