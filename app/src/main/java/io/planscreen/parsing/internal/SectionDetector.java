package io.planscreen.parsing.internal;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.parsing.ParsedDocument.Table;
import io.planscreen.parsing.ParsedDocument.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
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
        BitSet inTable = new BitSet();
        for (Table table : tables) {
            if (table.end() > table.start()) {
                inTable.set(Math.max(0, table.start()), table.end());
            }
        }
        Map<Integer, Hint> hintAt = new HashMap<>();
        for (Hint hint : hints) {
            hintAt.putIfAbsent(hint.start(), hint);
        }
        List<Candidate> candidates = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (!inTable.get(lineStart)) {
                Candidate candidate = candidate(text, lineStart, lineEnd, hintAt.get(lineStart));
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

    private static @Nullable Candidate candidate(String text, int start, int end, @Nullable Hint hint) {
        // the line's bounds without surrounding whitespace, before any substring or regex: most lines are body text
        int lead = start;
        while (lead < end && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        int trail = end;
        while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))) {
            trail--;
        }
        if (trail == lead || trail - lead > MAX_TITLE + 8) {
            return null;
        }
        String line = text.substring(lead, trail);
        Candidate numbered = mayBeNumbered(line.charAt(0)) ? numbered(line, lead, end) : null;
        if (hint != null) {
            return numbered != null
                    ? new Candidate(lead, end, numbered.number(), numbered.title(), hint.level(), false)
                    : new Candidate(lead, end, null, line, hint.level(), false);
        }
        if (numbered != null) {
            boolean known = kindOf(numbered.title()) != SectionKind.OTHER;
            return known || looksLikeTitle(numbered.title()) ? numbered : null;
        }
        if (line.length() <= 40 && looksLikeTitle(line) && kindOf(line) != SectionKind.OTHER) {
            return new Candidate(lead, end, null, line, 1, false);
        }
        return null;
    }

    /** Whether a line starting with {@code first} can match one of the numbering patterns at all. */
    private static boolean mayBeNumbered(char first) {
        return (first >= '0' && first <= '9')
                || first == '('
                || (first >= '가' && first <= '하')
                || (first >= 'Ⅰ' && first <= 'Ⅹ')
                || first == 'I'
                || first == 'V'
                || first == 'X'
                || "□■◆◇▣◼".indexOf(first) >= 0;
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

    /** The page of the last block starting at or before {@code offset} (blocks are in text order). */
    private static int pageAt(List<TextBlock> blocks, int offset) {
        if (blocks.isEmpty()) {
            return 1;
        }
        int low = 0;
        int high = blocks.size() - 1;
        int found = 0;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (blocks.get(mid).start() <= offset) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return blocks.get(found).page();
    }

    private static void korean(SectionKind kind, String... keys) {
        KOREAN.put(kind, List.of(keys));
    }

    private static void english(SectionKind kind, String regex) {
        ENGLISH.put(kind, Pattern.compile("\\b(" + regex + ")\\b"));
    }
}
