package io.planscreen.ml.plan;

import java.util.List;

/**
 * Canonical application field keys. Program definitions, the corpus's gold files, the extractors and
 * the features all use these names, and the normalised value formats below.
 */
public final class FieldKeys {

    /** 기업명 — text. */
    public static final String COMPANY_NAME = "company_name";
    /** 사업자등록번호 — "XXX-XX-XXXXX". */
    public static final String BRN = "business_registration_number";
    /** 대표자 — text. */
    public static final String REPRESENTATIVE = "representative";
    /** 설립일 — ISO date "YYYY-MM-DD" (day 01 when only the month is known). */
    public static final String FOUNDED_ON = "founded_on";
    /** 소재지 — {@link Region#name()}, e.g. "SEOUL". */
    public static final String REGION = "region";
    /** 업종 — KSIC section letter A..U. */
    public static final String INDUSTRY_KSIC = "industry_ksic";
    /** 상시근로자수 — integer. */
    public static final String EMPLOYEES = "employees";
    /** 매출액 (last fiscal year) — KRW integer. */
    public static final String REVENUE_KRW = "revenue_krw";
    /** 과제명 / 아이템명 — text. */
    public static final String PROJECT_TITLE = "project_title";
    /** 기술분야 — one of {@link #TECH_AREAS}. */
    public static final String TECH_AREA = "tech_area";
    /** 개발기간 start / end — ISO dates. */
    public static final String DEV_START = "dev_start";

    public static final String DEV_END = "dev_end";
    /** 총사업비 — KRW integer. */
    public static final String TOTAL_BUDGET_KRW = "total_budget_krw";
    /** 정부출연금 / 정부지원금 — KRW integer. */
    public static final String GOV_GRANT_KRW = "gov_grant_krw";
    /** 민간부담금 현금 — KRW integer. */
    public static final String PRIVATE_CASH_KRW = "private_cash_krw";
    /** 민간부담금 현물 — KRW integer. */
    public static final String PRIVATE_IN_KIND_KRW = "private_in_kind_krw";
    /** 연구책임자 — text. */
    public static final String PRINCIPAL_INVESTIGATOR = "principal_investigator";
    /** 담당자 e-mail. */
    public static final String CONTACT_EMAIL = "contact_email";
    /** 담당자 전화 — digits and hyphens, e.g. "02-1234-5678". */
    public static final String CONTACT_PHONE = "contact_phone";

    /** Normalised technology areas. */
    public static final List<String> TECH_AREAS = List.of(
            "AI",
            "SEMICONDUCTOR",
            "BIO",
            "CARBON_NEUTRAL",
            "MOBILITY",
            "ROBOTICS",
            "FINTECH",
            "CONTENT",
            "ENERGY",
            "MATERIALS",
            "SECURITY",
            "AGRITECH");

    public static final List<String> ALL = List.of(
            COMPANY_NAME,
            BRN,
            REPRESENTATIVE,
            FOUNDED_ON,
            REGION,
            INDUSTRY_KSIC,
            EMPLOYEES,
            REVENUE_KRW,
            PROJECT_TITLE,
            TECH_AREA,
            DEV_START,
            DEV_END,
            TOTAL_BUDGET_KRW,
            GOV_GRANT_KRW,
            PRIVATE_CASH_KRW,
            PRIVATE_IN_KIND_KRW,
            PRINCIPAL_INVESTIGATOR,
            CONTACT_EMAIL,
            CONTACT_PHONE);

    private FieldKeys() {}
}
