package io.planscreen.ml.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The canonical sections of the two official plan templates. PSST: 예비/초기창업패키지; SMTECH: 중소기업
 * 기술개발. Titles are the official Korean headings and their usual English renderings.
 */
public enum SectionKind {
    PSST_GENERAL("PSST", "일반현황", "General status"),
    PSST_OVERVIEW("PSST", "창업 아이템 개요", "Item overview"),
    PSST_PROBLEM("PSST", "문제 인식", "Problem"),
    PSST_SOLUTION("PSST", "실현 가능성", "Solution"),
    PSST_SCALEUP("PSST", "성장전략", "Scale-up"),
    PSST_TEAM("PSST", "팀 구성", "Team"),
    SMTECH_OVERVIEW("SMTECH", "기술개발 개요", "Technology development overview"),
    SMTECH_GOAL("SMTECH", "최종목표", "Final goal"),
    SMTECH_KPI("SMTECH", "주요 성능지표", "Key performance indicators"),
    SMTECH_CONTENT("SMTECH", "개발내용", "Development content"),
    SMTECH_COMMERCIALIZATION("SMTECH", "사업화 계획", "Commercialization plan"),
    SMTECH_BUDGET("SMTECH", "사업비", "Budget"),
    OTHER("OTHER", "기타", "Other");

    private final String template;

    private final String koreanTitle;

    private final String englishTitle;

    SectionKind(String template, String koreanTitle, String englishTitle) {
        this.template = template;
        this.koreanTitle = koreanTitle;
        this.englishTitle = englishTitle;
    }

    public String template() {
        return template;
    }

    public String koreanTitle() {
        return koreanTitle;
    }

    public String englishTitle() {
        return englishTitle;
    }

    public static List<SectionKind> of(String template) {
        return Arrays.stream(values()).filter(k -> k.template.equals(template)).toList();
    }
}
