package io.planscreen.ml.writers;

import io.planscreen.ml.plan.SectionKind;
import java.util.List;
import java.util.Map;

/** Section headings as writers number them, and the form's sub-items for writers who split sections. */
final class Titles {

    private static final Map<Sentences.Topic, String> NAMES = Map.of(
            Sentences.Topic.OVERVIEW, "창업아이템 개요",
            Sentences.Topic.PROBLEM, "문제 인식",
            Sentences.Topic.SOLUTION, "실현 가능성",
            Sentences.Topic.SCALEUP, "성장전략",
            Sentences.Topic.TEAM, "팀 구성");

    private static final Map<Sentences.Topic, String> ENGLISH = Map.of(
            Sentences.Topic.OVERVIEW, "Summary",
            Sentences.Topic.PROBLEM, "Problem",
            Sentences.Topic.SOLUTION, "Solution",
            Sentences.Topic.SCALEUP, "Scale-up",
            Sentences.Topic.TEAM, "Team");

    static final Map<Sentences.Topic, List<String>> SUB_ITEMS = Map.of(
            Sentences.Topic.OVERVIEW, List.of("아이템 개요", "사업화 로드맵"),
            Sentences.Topic.PROBLEM, List.of("개발 동기(필요성) 및 현황"),
            Sentences.Topic.SOLUTION, List.of("목표시장(고객) 분석", "사업화 추진 성과"),
            Sentences.Topic.SCALEUP, List.of("사업화 추진 전략", "자금 운용 계획"),
            Sentences.Topic.TEAM, List.of("대표자 역량", "전문인력 및 인프라 활용 계획"));

    private static final String[] ROMAN = {"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"};

    private Titles() {}

    static SectionKind kind(Sentences.Topic topic) {
        return switch (topic) {
            case OVERVIEW -> SectionKind.PSST_OVERVIEW;
            case PROBLEM -> SectionKind.PSST_PROBLEM;
            case SOLUTION -> SectionKind.PSST_SOLUTION;
            case SCALEUP -> SectionKind.PSST_SCALEUP;
            case TEAM -> SectionKind.PSST_TEAM;
        };
    }

    /** @param number 1-based position among the numbered sections */
    static String heading(Sentences.Topic topic, int number, HouseLook.Numbering numbering) {
        String name = NAMES.get(topic);
        String english = ENGLISH.get(topic);
        return switch (numbering) {
            case ARABIC -> number + ". " + name + " (" + english + ")";
            case ROMAN -> ROMAN[Math.min(number, ROMAN.length) - 1] + ". " + name.replace(" ", "");
            case CHAPTER -> "제" + number + "장 " + name;
            case SQUARE -> "□ " + number + ". " + name.replace(" ", "") + "(" + english + ")";
            case BRACKET -> "【" + number + "】 " + name;
            case PLAIN -> name;
        };
    }

    /** Numbered the ways the service's section detector reads as a sub-heading ("1-1.", "1)", "(1)", "가."). */
    static String subheading(int section, int sub, String item, HouseLook.Numbering numbering) {
        return switch (numbering) {
            case ROMAN, BRACKET -> "%d) %s".formatted(sub, item);
            case CHAPTER -> "(%d) %s".formatted(sub, item);
            case PLAIN -> "%s. %s".formatted("가나다라".charAt(sub - 1), item);
            default -> "%d-%d. %s".formatted(section, sub, item);
        };
    }

    static String generalHeading(HouseLook.Numbering numbering) {
        return numbering == HouseLook.Numbering.PLAIN ? "일반현황" : "□ 신청 및 일반현황";
    }
}
