package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.SectionKind;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Section headings as the official templates write them, as decorated copies, and in writers' own words. */
final class Headings {

    private static final String[] ROMAN = {"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ", "Ⅴ", "Ⅵ"};

    private static final Map<SectionKind, String> DRIFT_KO = Map.ofEntries(
            Map.entry(SectionKind.PSST_GENERAL, "□ 신청 현황"),
            Map.entry(SectionKind.PSST_OVERVIEW, "□ 아이템 요약"),
            Map.entry(SectionKind.PSST_PROBLEM, "1. 문제인식 및 필요성 (Problem)"),
            Map.entry(SectionKind.PSST_SOLUTION, "2. 실현가능성 및 차별성 (Solution)"),
            Map.entry(SectionKind.PSST_SCALEUP, "3. 성장전략 및 사업화 (Scale-up)"),
            Map.entry(SectionKind.PSST_TEAM, "4. 기업 구성 및 역량 (Team)"),
            Map.entry(SectionKind.SMTECH_OVERVIEW, "1. 개발기술의 개요 및 필요성"),
            Map.entry(SectionKind.SMTECH_GOAL, "2. 기술개발 최종 목표"),
            Map.entry(SectionKind.SMTECH_KPI, "3. 정량적 성능목표"),
            Map.entry(SectionKind.SMTECH_CONTENT, "4. 기술개발 내용 및 추진방법"),
            Map.entry(SectionKind.SMTECH_COMMERCIALIZATION, "5. 사업화 목표 및 전략"),
            Map.entry(SectionKind.SMTECH_BUDGET, "6. 연구개발비 편성"));

    private static final Map<SectionKind, String[]> OWN_KO = Map.ofEntries(
            Map.entry(SectionKind.PSST_GENERAL, new String[] {"회사 개요", "기업 현황", "일반 현황"}),
            Map.entry(SectionKind.PSST_OVERVIEW, new String[] {"아이템 요약", "제품 개요"}),
            Map.entry(SectionKind.PSST_PROBLEM, new String[] {"문제인식", "왜 이 제품이 필요한가", "해결하려는 문제", "배경 및 필요성"}),
            Map.entry(SectionKind.PSST_SOLUTION, new String[] {"해결 방안", "제품 및 개발 계획", "실현가능성"}),
            Map.entry(SectionKind.PSST_SCALEUP, new String[] {"사업화 전략", "시장 진출 계획", "성장 전략 및 목표"}),
            Map.entry(SectionKind.PSST_TEAM, new String[] {"팀 소개", "대표자 및 팀원", "조직 및 인력"}),
            Map.entry(SectionKind.SMTECH_OVERVIEW, new String[] {"개요", "과제 개요", "기술개발의 필요성"}),
            Map.entry(SectionKind.SMTECH_GOAL, new String[] {"목표", "개발 목표"}),
            Map.entry(SectionKind.SMTECH_KPI, new String[] {"성능 목표", "정량 목표"}),
            Map.entry(SectionKind.SMTECH_CONTENT, new String[] {"개발 내용 및 방법", "기술개발 내용"}),
            Map.entry(SectionKind.SMTECH_COMMERCIALIZATION, new String[] {"사업화 방안", "사업화"}),
            Map.entry(SectionKind.SMTECH_BUDGET, new String[] {"예산", "사업비 구성", "소요 예산"}));

    private Headings() {}

    static String heading(SectionKind kind, int style, PlanWriter.Assignment assignment, Random random) {
        boolean ko = assignment.language().equals("ko");
        boolean psst = kind.template().equals("PSST");
        int number = numberOf(kind);
        if (style == 0 && assignment.year() >= 2026 && ko) {
            return DRIFT_KO.get(kind);
        }
        String title = ko ? kind.koreanTitle() : kind.englishTitle();
        if (!ko && assignment.year() >= 2026) {
            title = title + (psst ? " and strategy" : " (revised)");
        }
        boolean box = kind == SectionKind.PSST_GENERAL || kind == SectionKind.PSST_OVERVIEW;
        String official;
        if (box) {
            official = "□ " + title + (kind == SectionKind.PSST_OVERVIEW && ko ? "(요약)" : "");
        } else if (psst && ko) {
            official = number + ". " + title + " (" + kind.englishTitle() + ")";
        } else {
            official = number + ". " + title;
        }
        return switch (style) {
            case 0 -> official;
            case 1 -> (number > 0 ? ROMAN[number - 1] + ". " : "") + title;
            case 2 -> "[" + title + "]";
            case 3 -> "■ " + title + (psst && ko && !box ? "(" + kind.englishTitle() + ")" : "");
            default -> {
                if (!ko) {
                    yield random.nextBoolean() ? title : title.toUpperCase(Locale.ROOT);
                }
                String[] own = OWN_KO.get(kind);
                String t = own[random.nextInt(own.length)];
                yield random.nextBoolean() ? t : (number > 0 ? number + ") " : "") + t;
            }
        };
    }

    private static int numberOf(SectionKind kind) {
        return switch (kind) {
            case PSST_PROBLEM, SMTECH_OVERVIEW -> 1;
            case PSST_SOLUTION, SMTECH_GOAL -> 2;
            case PSST_SCALEUP, SMTECH_KPI -> 3;
            case PSST_TEAM, SMTECH_CONTENT -> 4;
            case SMTECH_COMMERCIALIZATION -> 5;
            case SMTECH_BUDGET -> 6;
            default -> 0;
        };
    }
}
