package io.planscreen.parsing.internal;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.parsing.ParsedDocument.Table;
import io.planscreen.parsing.ParsedDocument.TextBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds headings line by line: numbered ("□ 일반현황", "1. 문제 인식 (Problem)", "1-1.", "Ⅱ.", "가.",
 * "(1)") and un-numbered known template titles ("팀 구성", "Final goal"), plus headings a format marks by
 * style. Each maps to a {@link SectionKind}; a sub-heading that names no template section inherits its
 * parent's kind, so "1-1. 창업 배경" under "1. 문제 인식" still counts as the problem section.
 */
final class SectionDetector {

    record Hint(int start, int level) {}

    private record Candidate(
            int lineStart, int lineEnd, @Nullable String number, String title, int level, boolean digits) {}

    private static final int MAX_TITLE = 60;

    private static final Pattern SYMBOL = Pattern.compile("^([□■◆◇▣◼])\\s*(\\S.*)$");

    private static final Pattern ROMAN = Pattern.compile("^([ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\\.?|[IVX]{1,4}\\.)\\s*(\\S.*)$");

    private static final Pattern SUB = Pattern.compile("^(\\d{1,2}[-.]\\d{1,2}\\.?)\\s+(\\S.*)$");

    private static final Pattern TOP = Pattern.compile("^(\\d{1,2}\\.)\\s*(\\S.*)$");

    private static final Pattern THIRD = Pattern.compile("^([가-하]\\.|\\(\\d{1,2}\\)|\\d{1,2}\\))\\s*(\\S.*)$");

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

    private SectionDetector() {}

    static List<Section> detect(String text, List<TextBlock> blocks, List<Table> tables, List<Hint> hints) {
        List<Candidate> candidates = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (!insideTable(lineStart, tables)) {
                Candidate candidate = candidate(text, lineStart, lineEnd, hintAt(hints, lineStart));
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
            lineStart = lineEnd + 1;
        }
        // A plan following a template numbers its sections "1." .. "4."; other "1." lines are list items.
        boolean templated = candidates.stream()
                        .filter(c -> c.digits() && kindOf(c.title()) != SectionKind.OTHER)
                        .count()
                >= 2;
        List<Candidate> headings = candidates.stream()
                .filter(c -> !templated || !c.digits() || kindOf(c.title()) != SectionKind.OTHER)
                .toList();
        return sections(text, blocks, headings);
    }

    /** The template section a heading names, {@link SectionKind#OTHER} when none. */
    static SectionKind kindOf(String title) {
        String compact = title.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        String spaced = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (SectionKind kind : KOREAN.keySet()) {
            if (KOREAN.get(kind).stream().anyMatch(compact::contains)) {
                return kind;
            }
        }
        for (SectionKind kind : ENGLISH.keySet()) {
            if (ENGLISH.get(kind).matcher(spaced).find()) {
                return kind;
            }
        }
        return SectionKind.OTHER;
    }

    private static @Nullable Candidate candidate(String text, int start, int end, @Nullable Hint hint) {
        String line = text.substring(start, end).strip();
        if (line.isEmpty() || line.length() > MAX_TITLE + 8) {
            return null;
        }
        int lead = start
                + (text.substring(start, end).length()
                        - text.substring(start, end).stripLeading().length());
        Candidate numbered = numbered(line, lead, end);
        if (hint != null) {
            return numbered != null
                    ? new Candidate(lead, end, numbered.number(), numbered.title(), hint.level(), false)
                    : new Candidate(lead, end, null, line, hint.level(), false);
        }
        if (numbered != null) {
            boolean known = kindOf(numbered.title()) != SectionKind.OTHER;
            return known || looksLikeTitle(numbered.title()) ? numbered : null;
        }
        if (line.length() <= 40 && kindOf(line) != SectionKind.OTHER && looksLikeTitle(line)) {
            return new Candidate(lead, end, null, line, 1, false);
        }
        return null;
    }

    private static @Nullable Candidate numbered(String line, int start, int end) {
        Matcher m;
        if ((m = SYMBOL.matcher(line)).matches()) {
            return new Candidate(start, end, m.group(1), m.group(2).strip(), 1, false);
        }
        if ((m = ROMAN.matcher(line)).matches()) {
            return new Candidate(start, end, m.group(1), m.group(2).strip(), 1, false);
        }
        if ((m = SUB.matcher(line)).matches()) {
            return new Candidate(start, end, m.group(1), m.group(2).strip(), 2, false);
        }
        if ((m = TOP.matcher(line)).matches()) {
            return new Candidate(start, end, m.group(1), m.group(2).strip(), 1, true);
        }
        if ((m = THIRD.matcher(line)).matches()) {
            return new Candidate(start, end, m.group(1), m.group(2).strip(), 3, false);
        }
        return null;
    }

    /** Short, and not a sentence: titles do not end like "...입니다." or "... we do." */
    private static boolean looksLikeTitle(String title) {
        String t = title.strip();
        return t.length() <= MAX_TITLE && !t.endsWith(".") && !t.endsWith("다") && !t.endsWith(",") && !t.contains("\t");
    }

    private static List<Section> sections(String text, List<TextBlock> blocks, List<Candidate> headings) {
        List<Section> out = new ArrayList<>();
        SectionKind[] inherited = new SectionKind[8];
        for (int i = 0; i < headings.size(); i++) {
            Candidate h = headings.get(i);
            int end = text.length();
            for (int j = i + 1; j < headings.size(); j++) {
                if (headings.get(j).level() <= h.level()) {
                    end = headings.get(j).lineStart();
                    break;
                }
            }
            while (end > h.lineEnd() && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int bodyStart = Math.min(end, h.lineEnd() < text.length() ? h.lineEnd() + 1 : h.lineEnd());
            while (bodyStart < end && text.charAt(bodyStart) == '\n') {
                bodyStart++;
            }
            int level = Math.min(h.level(), inherited.length - 1);
            SectionKind kind = kindOf(h.title());
            if (kind == SectionKind.OTHER && level > 1) {
                for (int up = level - 1; up >= 1; up--) {
                    if (inherited[up] != null) {
                        kind = inherited[up];
                        break;
                    }
                }
            }
            inherited[level] = kind;
            for (int deeper = level + 1; deeper < inherited.length; deeper++) {
                inherited[deeper] = null;
            }
            out.add(new Section(
                    h.title(),
                    h.number(),
                    h.level(),
                    kind,
                    pageAt(blocks, h.lineStart()),
                    h.lineStart(),
                    bodyStart,
                    Math.max(bodyStart, end)));
        }
        return out;
    }

    private static int pageAt(List<TextBlock> blocks, int offset) {
        int page = blocks.isEmpty() ? 1 : blocks.get(0).page();
        for (TextBlock block : blocks) {
            if (block.start() > offset) {
                break;
            }
            page = block.page();
        }
        return page;
    }

    private static boolean insideTable(int offset, List<Table> tables) {
        return tables.stream().anyMatch(t -> offset >= t.start() && offset < t.end());
    }

    private static @Nullable Hint hintAt(List<Hint> hints, int offset) {
        return hints.stream().filter(h -> h.start() == offset).findFirst().orElse(null);
    }

    private static void korean(SectionKind kind, String... keys) {
        KOREAN.put(kind, List.of(keys));
    }

    private static void english(SectionKind kind, String regex) {
        ENGLISH.put(kind, Pattern.compile("\\b(" + regex + ")\\b"));
    }
}
