package io.planscreen.extraction.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels in running text: "기업명: ...", "상시근로자수는 7명", "Total budget is KRW 140 million". The longest
 * label at a place wins; a label inside brackets, inside a heading or glued to another word ("대표자역량") is
 * not a label; a weak label needs a colon.
 */
final class ProsePass {

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:\\((?![\\d\\s]+\\))(?:[^()\\n]{0,20})\\)|\\[(?:[^\\]\\n]{0,20})\\])?\\s*([:：=|]|-\\s|–|—)?\\s*");

    private static final Pattern KOREAN_PARTICLE = Pattern.compile("(?:(?:은|는|이|가|으로|로)(?=\\s))?\\s*(?:총\\s*|약\\s*)?");

    // a whole word only: "Washington" after "laws of the State of" does not start with the link "was"
    private static final Pattern ENGLISH_LINK = Pattern.compile(
            "\\s*(?:(?:is|was|are|were|of|amounts to|totals?)\\b|:)?\\s*(?:about\\s+|approximately\\s+|a total of\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** A single line break between two words: where a PDF wrapped a line inside a paragraph. */
    private static final Pattern WRAPPED_LINE = Pattern.compile("(?<=\\S)[ \\t]*\n(?=[ \\t]*\\S)");

    private static final Pattern AMOUNT_NEXT = Pattern.compile("\\s*[:：]?\\s*\\d");

    private static final Map<String, LiteralStartScan> SPLIT_LABELS = new ConcurrentHashMap<>();

    private final ExtractionScan scan;

    private final ValueReaders readers;

    ProsePass(ExtractionScan scan, ValueReaders readers) {
        this.scan = scan;
        this.readers = readers;
    }

    void run() {
        String vis = scan.vis;
        // a label wrapped across lines ("기관부담\n현물") is still the label; same length, so offsets hold
        String lower = unwrapped(vis.toLowerCase(Locale.ROOT));
        LiteralStartScan.Text lowerText = LiteralStartScan.Text.of(lower);
        List<ProgramLabels.Label> labels = scan.labels.prose();
        List<int[]> hits = new ArrayList<>(); // start, end, label index
        for (int k = 0; k < labels.size(); k++) {
            String l = labels.get(k).text().toLowerCase(Locale.ROOT);
            boolean ascii = TextValues.isAscii(l);
            for (int at = lower.indexOf(l); at >= 0; at = lower.indexOf(l, at + 1)) {
                if (!ascii || TextValues.wordBounded(lower, at, l.length())) {
                    hits.add(new int[] {at, at + l.length(), k});
                }
            }
            if (l.indexOf(' ') > 0) {
                // the parser may give a wrapped line as its own block: "기관부담\n\n현물"
                for (int[] split : splitLabel(l).matches(lowerText)) {
                    if (!ascii || TextValues.wordBounded(lower, split[0], split[1] - split[0])) {
                        hits.add(new int[] {split[0], split[1], k});
                    }
                }
            }
        }
        // at each position keep the longest label; drop labels inside a longer one
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -(h[1] - h[0])));
        int coveredUntil = -1;
        for (int[] hit : hits) {
            // a label inside brackets is a qualifier ("12명(대표자 포함)"), not a field, unless an amount follows
            // it ("총사업비: 3.5억원 (정부지원금 214,000천원, ...)")
            boolean bracketed = hit[0] > 0
                    && "(（[".indexOf(vis.charAt(hit[0] - 1)) >= 0
                    && !AMOUNT_NEXT.matcher(vis).region(hit[1], vis.length()).lookingAt();
            if (hit[0] < coveredUntil || scan.masked(hit[0]) || bracketed) {
                continue;
            }
            if (scan.inHeading(hit[0]) && scan.inHeading(hit[1] - 1) || guidanceLine(hit[0])) {
                continue; // "4-1-1. 대표자역량" names a section; "※ 대표자 ..." is the form's guidance
            }
            coveredUntil = hit[1];
            String label = vis.substring(hit[0], hit[1]).replaceAll("\\s+", " ");
            value(labels.get(hit[2]), label, hit[1]);
        }
    }

    private boolean guidanceLine(int at) {
        int lineStart = scan.vis.lastIndexOf('\n', at - 1) + 1;
        return Placeholders.guidance(scan.vis.substring(lineStart, at + 1));
    }

    private void value(ProgramLabels.Label hit, String label, int labelEnd) {
        String vis = scan.vis;
        Matcher sep = SEPARATOR.matcher(vis).region(labelEnd, vis.length());
        if (!sep.lookingAt()) {
            return;
        }
        boolean colon = sep.group(1) != null;
        int at = sep.end();
        long unit = 1;
        String qualifier = vis.substring(labelEnd, sep.end());
        if (qualifier.contains("단위") || qualifier.matches(".*\\((천원|백만원|만원)\\).*")) {
            unit = KrwAmounts.statedUnit("단위:" + qualifier.replaceAll("[^가-힣A-Za-z0-9,]", ""));
        }
        double confidence = colon ? 0.9 : 0.8;
        if (!colon) {
            String type = hit.period() ? "period" : scan.typeOf(hit.key());
            boolean selfEvident = type.equals("brn") || type.equals("email") || type.equals("phone");
            if (hit.weak() && !selfEvident) {
                return;
            }
            if (at == labelEnd && at < vis.length() && isHangul(vis.charAt(at)) && !TextValues.isAscii(label)) {
                Matcher particle = KOREAN_PARTICLE.matcher(vis).region(at, vis.length());
                if (!particle.lookingAt() || particle.end() == at) {
                    return; // "대표자역량": one word, not a label and its value
                }
            }
            Matcher link = (TextValues.isAscii(label) ? ENGLISH_LINK : KOREAN_PARTICLE)
                    .matcher(vis)
                    .region(at, vis.length());
            if (link.lookingAt()) {
                at = link.end();
            }
        }
        if (at < vis.length() && vis.charAt(at) == '\n' && !colon) {
            return;
        }
        int end = lineEnd(at);
        if (hit.period()) {
            if (at < end && !scan.masked(at)) {
                readers.period(hit.key(), hit.end(), at, vis.substring(at, end), confidence);
            }
        } else {
            readers.read(hit.key(), at, end, confidence, colon, unit);
        }
    }

    private static boolean isHangul(char c) {
        return c >= '가' && c <= '힣';
    }

    private int lineEnd(int at) {
        int end = scan.vis.indexOf('\n', at);
        end = end < 0 ? scan.vis.length() : end;
        return Math.min(end, at + 160);
    }

    /** A label of several words broken over two lines or blocks (not one that is merely on one line). */
    private static LiteralStartScan splitLabel(String label) {
        return SPLIT_LABELS.computeIfAbsent(label, l -> {
            List<String> words = List.of(l.split(" "));
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                if (i > 0) {
                    regex.append("[ \\t]*\n[ \\t]*(?:\n[ \\t]*)?");
                }
                regex.append(Pattern.quote(words.get(i)));
            }
            return LiteralStartScan.of(Pattern.compile(regex.toString()), words.get(0));
        });
    }

    /** Line breaks inside a paragraph as the blank they stand for, keeping every offset. */
    static String unwrapped(String text) {
        Matcher m = WRAPPED_LINE.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            out.setCharAt(m.end() - 1, ' ');
        }
        return out.toString();
    }
}
