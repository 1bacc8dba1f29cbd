package io.planscreen.parsing.internal;

import io.planscreen.ml.plan.SectionKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which template section a heading's title names: Korean titles compared without whitespace ("문제 인식",
 * "문제인식"), English ones by word pattern ("Problem Recognition"). {@link SectionDetector} finds the headings.
 */
final class SectionTitles {

    private static final Map<SectionKind, List<String>> KOREAN = new LinkedHashMap<>();

    private static final Map<SectionKind, Pattern> ENGLISH = new LinkedHashMap<>();

    static {
        korean(SectionKind.PSST_OVERVIEW, "아이템개요", "아이템의개요");
        korean(SectionKind.PSST_GENERAL, "일반현황");
        korean(SectionKind.PSST_PROBLEM, "문제인식");
        korean(SectionKind.PSST_SOLUTION, "실현가능성");
        korean(SectionKind.PSST_SCALEUP, "성장전략");
        korean(SectionKind.PSST_TEAM, "팀구성");
        korean(SectionKind.SMTECH_OVERVIEW, "기술개발개요", "기술개발의개요", "개발개요");
        korean(SectionKind.SMTECH_GOAL, "최종목표");
        korean(SectionKind.SMTECH_KPI, "성능지표");
        korean(SectionKind.SMTECH_CONTENT, "개발내용");
        korean(SectionKind.SMTECH_COMMERCIALIZATION, "사업화계획", "사업화방안");
        korean(SectionKind.SMTECH_BUDGET, "사업비");
        english(SectionKind.PSST_OVERVIEW, "item overview|item summary");
        english(SectionKind.PSST_GENERAL, "general status|general information");
        english(SectionKind.PSST_PROBLEM, "problem");
        english(SectionKind.PSST_SOLUTION, "solution|feasibility");
        english(SectionKind.PSST_SCALEUP, "scale-?up|growth strategy");
        english(SectionKind.PSST_TEAM, "team");
        english(SectionKind.SMTECH_OVERVIEW, "(technology )?development overview");
        english(SectionKind.SMTECH_GOAL, "final (goal|objective)s?");
        english(SectionKind.SMTECH_KPI, "key performance indicators?|kpis?");
        english(SectionKind.SMTECH_CONTENT, "development (content|details)");
        english(SectionKind.SMTECH_COMMERCIALIZATION, "commerciali[sz]ation( plan)?");
        english(SectionKind.SMTECH_BUDGET, "budget");
    }

    private SectionTitles() {}

    /** The template section a heading names, {@link SectionKind#OTHER} when none. */
    static SectionKind kindOf(String title) {
        String compact = withoutWhitespace(title).toLowerCase(Locale.ROOT);
        for (Map.Entry<SectionKind, List<String>> keys : KOREAN.entrySet()) {
            for (String key : keys.getValue()) {
                if (compact.contains(key)) {
                    return keys.getKey();
                }
            }
        }
        String lower = title.toLowerCase(Locale.ROOT);
        if (!hasAsciiLetter(lower)) {
            return SectionKind.OTHER; // every English title pattern needs a Latin letter
        }
        String spaced = singleSpaced(lower);
        for (Map.Entry<SectionKind, Pattern> pattern : ENGLISH.entrySet()) {
            if (pattern.getValue().matcher(spaced).find()) {
                return pattern.getKey();
            }
        }
        return SectionKind.OTHER;
    }

    /** What regex {@code \\s} matches: ASCII space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String withoutWhitespace(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isRegexSpace(c)) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    private static String singleSpaced(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean inSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isRegexSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean hasAsciiLetter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static void korean(SectionKind kind, String... keys) {
        KOREAN.put(kind, List.of(keys));
    }

    private static void english(SectionKind kind, String regex) {
        ENGLISH.put(kind, Pattern.compile("\\b(" + regex + ")\\b"));
    }
}
