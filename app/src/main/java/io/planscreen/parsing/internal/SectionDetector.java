package io.planscreen.parsing.internal;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.parsing.ParsedDocument.Table;
import io.planscreen.parsing.ParsedDocument.TextBlock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
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
                        .filter(c -> c.digits() && SectionTitles.kindOf(c.title()) != SectionKind.OTHER)
                        .count()
                >= 2;
        List<Candidate> headings = candidates.stream()
                .filter(c -> !templated || !c.digits() || SectionTitles.kindOf(c.title()) != SectionKind.OTHER)
                .toList();
        return sections(text, blocks, headings);
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
            boolean known = SectionTitles.kindOf(numbered.title()) != SectionKind.OTHER;
            return known || looksLikeTitle(numbered.title()) ? numbered : null;
        }
        if (line.length() <= 40 && looksLikeTitle(line) && SectionTitles.kindOf(line) != SectionKind.OTHER) {
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
            SectionKind kind = SectionTitles.kindOf(h.title());
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
}
