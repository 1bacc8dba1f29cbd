package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded extractor: label → value rules over the visible text, table cells first, then prose.
 * Deterministic (same document and version, same result, bit for bit); hidden text and lines carrying
 * instructions are never evidence.
 */
final class OfflineExtractor {

    static final String VERSION = "offline-1.0.0";

    static final String EXTRACTOR = "offline";

    private static final Pattern BRN =
            Pattern.compile("(?<!\\d)(\\d{3})\\s?-\\s?(\\d{2})\\s?-\\s?(\\d{5})(?!\\d)|(?<![\\d-])(\\d{10})(?![\\d-])");

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+82[-\\s]?|\\(0)?(0?\\d{1,2})\\)?[-.\\s](\\d{3,4})[-.\\s](\\d{4})(?![\\d-])");

    private static final Pattern INTEGER =
            Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(명|인|people|persons|employees|FTE)?");

    private static final Pattern SEPARATOR = Pattern.compile(
            "\\s*(?:\\((?![\\d\\s]+\\))(?:[^()\\n]{0,20})\\)|\\[(?:[^\\]\\n]{0,20})\\])?\\s*([:：=|]|-\\s|–|—)?\\s*");

    private static final Pattern KOREAN_PARTICLE = Pattern.compile("(?:(?:은|는|이|가|으로|로)(?=\\s))?\\s*(?:총\\s*|약\\s*)?");

    private static final Pattern ENGLISH_LINK = Pattern.compile(
            "\\s*(?:is|was|are|were|of|amounts to|totals?|:)?\\s*(?:about\\s+|approximately\\s+|a total of\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PERIOD_SEPARATOR =
            Pattern.compile("\\s*(?:~|∼|〜|-|–|—|to|until|부터|through)\\s*(?:~\\s*)?", Pattern.CASE_INSENSITIVE);

    private static final Set<String> WEAK_LABELS = Set.of(
            "company",
            "period",
            "address",
            "location",
            "sales",
            "revenue",
            "industry",
            "phone",
            "tel",
            "email",
            "e-mail",
            "founded",
            "established",
            "employees",
            "상호",
            "주소",
            "업태",
            "전화",
            "연락처",
            "headquarters",
            "ceo",
            "head office",
            "headcount",
            "사업명",
            "정부지원",
            "start date",
            "end date",
            "brn",
            "대표",
            "project",
            "field",
            "total",
            "합계",
            "grant",
            "cash",
            "in kind",
            "pi",
            "tel.");

    /** A value found for a key, before the best one is chosen. */
    private record Candidate(
            String key, String value, String normalized, int visibleStart, int visibleEnd, double confidence) {}

    private final ParsedDocument document;

    private final VisibleView view;

    private final String vis;

    private final boolean[] masked;

    private final ProgramDefinition program;

    private final List<Candidate> candidates = new ArrayList<>();

    private OfflineExtractor(
            ParsedDocument document, ProgramDefinition program, List<InjectionDetector.Injection> injections) {
        this.document = document;
        this.program = program;
        this.view = VisibleView.of(document);
        this.vis = view.text();
        this.masked = new boolean[vis.length() + 1];
        for (InjectionDetector.Injection injection : injections) {
            int from = view.visibleIndex(injection.start());
            int to = view.visibleIndex(injection.end());
            for (int i = from; i < to && i < masked.length; i++) {
                masked[i] = true;
            }
        }
    }

    static List<ExtractedField> extract(
            ParsedDocument document, ProgramDefinition program, List<InjectionDetector.Injection> injections) {
        OfflineExtractor extractor = new OfflineExtractor(document, program, injections);
        extractor.tables();
        extractor.prose();
        extractor.proseForms();
        extractor.fallbacks();
        return extractor.best();
    }

    // ---- tables ----------------------------------------------------------------------------------

    private void tables() {
        for (ParsedDocument.Table table : document.tables()) {
            int from = view.visibleIndex(table.start());
            int to = Math.max(from, view.visibleIndex(table.end()));
            long unit = KrwAmounts.statedUnit(vis.substring(Math.max(0, from - 120), to));
            List<List<String>> rows = table.rows();
            int cursor = from;
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c).strip();
                    Optional<String> key = labelOfCell(cell);
                    if (key.isEmpty()) {
                        continue;
                    }
                    long cellUnit =
                            cell.contains("(") ? Math.max(unit, KrwAmounts.statedUnit("단위:" + after(cell, "("))) : unit;
                    String value = null;
                    for (int v = c + 1; v < row.size() && value == null; v++) {
                        String next = row.get(v).strip();
                        if (!next.isEmpty() && labelOfCell(next).isEmpty()) {
                            value = next;
                        } else if (!next.isEmpty()) {
                            break;
                        }
                    }
                    if (value == null
                            && r + 1 < rows.size()
                            && c < rows.get(r + 1).size()) {
                        String below = rows.get(r + 1).get(c).strip();
                        if (!below.isEmpty() && labelOfCell(below).isEmpty()) {
                            value = below;
                        }
                    }
                    if (value == null) {
                        continue;
                    }
                    int at = locate(value, cursor, to);
                    if (at < 0) {
                        at = locate(value, from, to);
                    }
                    if (at < 0) {
                        continue; // not in the visible text: hidden cells are never evidence
                    }
                    cursor = Math.max(cursor, at);
                    read(key.get(), at, at + value.length(), 0.95, true, cellUnit);
                }
            }
        }
    }

    private static String after(String cell, String marker) {
        int i = cell.indexOf(marker);
        return i < 0 ? "" : cell.substring(i + 1);
    }

    private Optional<String> labelOfCell(String cell) {
        String compact = compact(cell);
        if (compact.isEmpty() || compact.length() > 30) {
            return Optional.empty();
        }
        String best = null;
        int bestLength = 0;
        for (Map.Entry<String, List<String>> e : allLabels(true).entrySet()) {
            for (String label : e.getValue()) {
                String l = compact(label);
                boolean match = compact.equals(l)
                        || compact.startsWith(l)
                                && rest(compact, l)
                                && (compact.length() - l.length() <= 10
                                        || "([（".indexOf(compact.charAt(l.length())) >= 0);
                if (match && l.length() > bestLength) {
                    best = e.getKey();
                    bestLength = l.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** What may follow a label inside its own cell: a unit or a qualifier in brackets, a colon, a marker. */
    private static boolean rest(String compact, String label) {
        String rest = compact.substring(label.length());
        return rest.matches("[(\\[（].*|[:：].*|[A-Z]|\\([A-Z+=\\-]+\\)|원|\\*");
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s·ㆍ*※]", "").toLowerCase(Locale.ROOT);
    }

    private int locate(String value, int from, int to) {
        if (from >= vis.length()) {
            return -1;
        }
        int at = vis.indexOf(value, from);
        while (at > 0
                && Character.isDigit(value.charAt(0))
                && (Character.isDigit(vis.charAt(at - 1)) || vis.charAt(at - 1) == ',')) {
            at = vis.indexOf(value, at + 1);
        }
        return at >= 0 && at < Math.max(to, from + 1) + value.length() ? at : -1;
    }

    // ---- prose -----------------------------------------------------------------------------------

    /** A single line break between two words: where a PDF wrapped a line inside a paragraph. */
    private static final Pattern WRAPPED_LINE = Pattern.compile("(?<=\\S)[ \\t]*\n(?=[ \\t]*\\S)");

    private void prose() {
        // a label wrapped across lines ("기관부담\n현물") is still the label; same length, so offsets hold
        String lower = unwrapped(vis.toLowerCase(Locale.ROOT));
        LiteralStartScan.Text lowerText = LiteralStartScan.Text.of(lower);
        List<int[]> hits = new ArrayList<>(); // start, end, key index
        Map<String, List<String>> labels = allLabels(false);
        List<String> keys = new ArrayList<>(labels.keySet());
        for (int k = 0; k < keys.size(); k++) {
            for (String label : labels.get(keys.get(k))) {
                String l = label.toLowerCase(Locale.ROOT);
                for (int at = lower.indexOf(l); at >= 0; at = lower.indexOf(l, at + 1)) {
                    if (isAscii(l) && !wordBounded(lower, at, l.length())) {
                        continue;
                    }
                    hits.add(new int[] {at, at + l.length(), k});
                }
                if (l.indexOf(' ') > 0) {
                    // the parser may give a wrapped line as its own block: "기관부담\n\n현물"
                    for (int[] split : splitLabel(l).matches(lowerText)) {
                        if (!isAscii(l) || wordBounded(lower, split[0], split[1] - split[0])) {
                            hits.add(new int[] {split[0], split[1], k});
                        }
                    }
                }
            }
        }
        // at each position keep the longest label; drop labels inside a longer one
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -(h[1] - h[0])));
        int coveredUntil = -1;
        for (int[] hit : hits) {
            // a label inside brackets is a qualifier ("12명(대표자 포함)"), not a field
            boolean bracketed = hit[0] > 0 && "(（[".indexOf(vis.charAt(hit[0] - 1)) >= 0;
            if (hit[0] < coveredUntil || masked[hit[0]] || bracketed) {
                continue;
            }
            coveredUntil = hit[1];
            String key = keys.get(hit[2]);
            String label = vis.substring(hit[0], hit[1]).replaceAll("\\s+", " ");
            proseValue(key, label, hit[1]);
        }
    }

    private static final Map<String, LiteralStartScan> SPLIT_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

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

    private void proseValue(String key, String label, int labelEnd) {
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
            String type = typeOf(key);
            boolean selfEvident = type.equals("brn") || type.equals("email") || type.equals("phone");
            if (WEAK_LABELS.contains(label.toLowerCase(Locale.ROOT)) && !selfEvident) {
                return;
            }
            Matcher link = (isAscii(label) ? ENGLISH_LINK : KOREAN_PARTICLE)
                    .matcher(vis)
                    .region(at, vis.length());
            if (link.lookingAt()) {
                at = link.end();
            }
        }
        if (at < vis.length() && vis.charAt(at) == '\n' && !colon) {
            return;
        }
        read(key, at, lineEnd(at), confidence, colon, unit);
    }

    private int lineEnd(int at) {
        int end = vis.indexOf('\n', at);
        end = end < 0 ? vis.length() : end;
        return Math.min(end, at + 160);
    }

    // ---- values ----------------------------------------------------------------------------------

    /** Reads a value of {@code key}'s type starting at {@code at} (a cell or the rest of a line). */
    private void read(String key, int at, int end, double confidence, boolean structured, long unit) {
        if (at >= end || masked[at]) {
            return;
        }
        String window = vis.substring(at, end);
        String type = typeOf(key);
        switch (type) {
            case "period" -> period(at, window, confidence);
            case "krw" ->
                KrwAmounts.parseAt(window, unit, structured || unit > 1)
                        .filter(a -> a.krw() > 0 || zeroAllowed(key, a))
                        .ifPresent(a -> add(key, at, at + a.length(), String.valueOf(a.krw()), confidence));
            case "date" ->
                IsoDates.find(window, 0, Math.min(window.length(), 40))
                        .filter(d -> d.start() <= 3)
                        .ifPresent(d ->
                                add(key, at + d.start(), at + d.end(), d.date().toString(), confidence));
            case "integer" -> {
                Matcher m = INTEGER.matcher(window);
                if (m.lookingAt() && (structured || m.group(2) != null)) {
                    String digits = m.group(1).replace(",", "");
                    if (digits.length() <= 7) {
                        add(key, at, at + m.end(), String.valueOf(Long.parseLong(digits)), confidence);
                    }
                }
            }
            case "brn" -> {
                Matcher m = BRN.matcher(window);
                if (m.find() && m.start() <= 3) {
                    add(key, at + m.start(), at + m.end(), brn(m), confidence);
                }
            }
            case "email" -> {
                Matcher m = EMAIL.matcher(window);
                if (m.find() && m.start() <= 3) {
                    add(key, at + m.start(), at + m.end(), m.group(), confidence);
                }
            }
            case "phone" -> {
                Matcher m = PHONE.matcher(window);
                if (m.find() && m.start() <= 3) {
                    add(key, at + m.start(), at + m.end(), phone(m), confidence);
                }
            }
            case "region" -> {
                String text = untilNextLabel(window);
                region(text).ifPresent(r -> add(key, at, at + text.length(), r, confidence));
            }
            case "ksic" -> {
                String text = untilNextLabel(window);
                Industries.ksicSection(text).ifPresent(s -> add(key, at, at + text.length(), s, confidence));
            }
            case "tech_area" -> {
                String text = untilNextLabel(window);
                Industries.techArea(text).ifPresent(s -> add(key, at, at + text.length(), s, confidence));
            }
            default -> {
                String text = text(window, structured);
                if (key.equals(FieldKeys.REPRESENTATIVE) || key.equals(FieldKeys.PRINCIPAL_INVESTIGATOR)) {
                    text = personName(text);
                    if (!looksLikePersonName(text)) {
                        return; // "대표자는 정보보호 분야에서 12년간 근무" is a sentence about the person, not a name
                    }
                }
                if (!text.isBlank() && labelOfCell(text).isEmpty()) {
                    add(key, at, at + text.length(), text.strip(), confidence);
                }
            }
        }
    }

    /**
     * A labelled revenue of "0원" / "KRW 0" (with its currency) is a real answer (a pre-revenue startup), not a missing one;
     * budget lines of zero are not (a plan that has no in-kind share leaves the line out).
     */
    private static boolean zeroAllowed(String key, KrwAmounts.Amount amount) {
        return key.equals(FieldKeys.REVENUE_KRW) && amount.explicitUnit();
    }

    private void period(int at, String window, double confidence) {
        Optional<IsoDates.Found> first = IsoDates.find(window, 0, Math.min(window.length(), 40));
        if (first.isEmpty() || first.get().start() > 3) {
            return;
        }
        Matcher sep = PERIOD_SEPARATOR.matcher(window).region(first.get().end(), window.length());
        if (!sep.lookingAt()) {
            return;
        }
        Optional<IsoDates.Found> second = IsoDates.find(window, sep.end(), 40).filter(d -> d.start() == sep.end());
        if (second.isEmpty()) {
            return;
        }
        IsoDates.Found start = first.get();
        IsoDates.Found end = second.get();
        add(
                FieldKeys.DEV_START,
                at + start.start(),
                at + start.end(),
                start.date().toString(),
                confidence);
        add(FieldKeys.DEV_END, at + end.start(), at + end.end(), endOfMonthIfMonthOnly(window, end), confidence);
    }

    /** FieldKeys: day 01 when only the month is known, for the end of a period as well. */
    private static String endOfMonthIfMonthOnly(String window, IsoDates.Found end) {
        return end.date().toString();
    }

    private static final Pattern TEXT_STOP = Pattern.compile(
            "\\s+\\(|（|\\||;|,\\s(?!(?:Ltd|Inc|LLC|Corp)\\b)|/\\s|\\s{2,}|\\t|(?<=[가-힣])(?:이며|이고|입니다|이다|으로서|로서|이라는|라는)(?![가-힣])");

    /** A text value: the cell, or the line up to a bracket, a separator, the next label or a clause ending. */
    private String text(String window, boolean structured) {
        String text = window;
        Matcher stop = TEXT_STOP.matcher(text);
        if (stop.find() && stop.start() > 0) {
            text = text.substring(0, stop.start());
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = text.length();
        for (List<String> labels : FieldLabels.LABELS.values()) {
            for (String label : labels) {
                String l = label.toLowerCase(Locale.ROOT);
                int i = lower.indexOf(l);
                if (i > 0 && (!isAscii(l) || wordBounded(lower, i, l.length())) && label.length() >= 2) {
                    cut = Math.min(cut, i);
                }
            }
        }
        text = text.substring(0, cut).strip();
        while (!text.isEmpty()
                && ".:：,。".indexOf(text.charAt(text.length() - 1)) >= 0
                && !text.matches(".*\\b(Inc|Ltd|Co|Corp)\\.$")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.length() > 80 || !structured && text.length() > 60) {
            return "";
        }
        return text;
    }

    private static final Pattern TITLED_NAME = Pattern.compile(
            "([가-힣]{2,4})\\s*(?:수석|책임|선임|주임)?\\s*(?:연구원|박사|교수|이사|팀장|부장|과장|소장|대표이사|대표|CTO|CEO|연구소장)(?:\\s.*)?");

    private static final Pattern KOREAN_PERSON = Pattern.compile("[가-힣]{2,5}|[가-힣]{1,2} [가-힣]{1,3}");

    private static final Pattern LATIN_PERSON =
            Pattern.compile("\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}+)?(?:\\s\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}+)?){0,3}");

    /** "박지훈 수석연구원" → "박지훈", "김철수(공동대표)" → "김철수", "Dr. Choi Minseo" → "Choi Minseo". */
    private static String personName(String text) {
        String t = text.replaceFirst("\\s*[(（\\[][^)）\\]]*[)）\\]]?\\s*$", "").strip();
        Matcher titled = TITLED_NAME.matcher(t);
        if (titled.matches()) {
            return titled.group(1);
        }
        return t.replaceFirst("^(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+", "");
    }

    /** A person's name has the shape of one: 2-5 Hangul syllables, or up to four capitalised words. */
    static boolean looksLikePersonName(String text) {
        if (NOT_A_NAME.matcher(text).lookingAt()) {
            return false; // "대표자 및 팀원" (a heading), "대표 외 3명"
        }
        return KOREAN_PERSON.matcher(text).matches()
                || LATIN_PERSON.matcher(text).matches();
    }

    private static final Pattern NOT_A_NAME =
            Pattern.compile("(?:및|등|외|겸|또는|포함|현황|소개|(?:and|or|of|the|team)\\b)", Pattern.CASE_INSENSITIVE);

    /** The rest of the line up to the next label (a region or industry may hold commas and brackets). */
    private String untilNextLabel(String window) {
        String lower = window.toLowerCase(Locale.ROOT);
        int cut = window.length();
        for (List<String> labels : FieldLabels.LABELS.values()) {
            for (String label : labels) {
                String l = label.toLowerCase(Locale.ROOT);
                int i = lower.indexOf(l);
                if (i > 0 && label.length() >= 2 && (!isAscii(l) || wordBounded(lower, i, l.length()))) {
                    cut = Math.min(cut, i);
                }
            }
        }
        String text = window.substring(0, cut).strip();
        while (!text.isEmpty() && ".,:;/|".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static Optional<String> region(String text) {
        String t = text.replaceFirst("^[\\s(\\[]*\\d{5}[)\\]]?\\s*", "").replaceFirst("^\\(?우\\)?\\s*", "");
        Optional<io.planscreen.ml.plan.Region> direct = io.planscreen.ml.plan.Region.fromText(t);
        if (direct.isPresent()) {
            return direct.map(Enum::name);
        }
        String[] parts = t.split("[\\s,]+");
        for (String part : parts) {
            Optional<io.planscreen.ml.plan.Region> region = io.planscreen.ml.plan.Region.fromText(part);
            if (region.isPresent() && part.length() >= 2 && !isAscii(part)) {
                return region.map(Enum::name);
            }
        }
        // English addresses name the city last, and "Sejong-daero" is a street, not Sejong
        for (int i = parts.length - 1; i >= 0; i--) {
            String word = parts[i].replaceAll("[.;:()]", "").replaceFirst("(?i)(-si|-do|\\s?city)$", "");
            for (io.planscreen.ml.plan.Region region : io.planscreen.ml.plan.Region.values()) {
                if (region.aliases().stream().anyMatch(a -> isAscii(a) && a.equalsIgnoreCase(word))) {
                    return Optional.of(region.name());
                }
            }
        }
        return Optional.empty();
    }

    private static String brn(Matcher m) {
        if (m.group(4) != null) {
            String d = m.group(4);
            return d.substring(0, 3) + "-" + d.substring(3, 5) + "-" + d.substring(5);
        }
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }

    private static String phone(Matcher m) {
        String area = m.group(1).startsWith("0") ? m.group(1) : "0" + m.group(1);
        return area + "-" + m.group(2) + "-" + m.group(3);
    }

    // ---- fallbacks -------------------------------------------------------------------------------

    private static final Pattern KO_COMPANY_PROSE = Pattern.compile(
            "(?m)^((?:\\(주\\)\\s?|㈜\\s?|\\(유\\)\\s?)?[^\\n()]{2,40}?(?:\\s?\\(주\\)|\\s?㈜)?)\\s?\\(대표(?:자|이사)?\\s+([^)\\n]{2,20})\\)\\s*[은는이가]\\s+([^\\n]{0,120}?)에\\s*설립된\\s+([^\\n]{0,60}?)\\s*기업으로");

    private static final Pattern EN_COMPANY_PROSE =
            Pattern.compile("(?m)^([^\\n]{2,60}?), led by CEO ([^,\\n]{2,40}?)(?:,| and is)");

    private static final Pattern EN_EMPLOYEES =
            Pattern.compile("\\bhas (\\d{1,3}(?:,\\d{3})*|\\d+) (?:full-time )?employees\\b");

    private static final Pattern EN_AMOUNT_BEFORE = Pattern.compile(
            "((?:KRW|₩)\\s?[\\d,.]*\\d(?:\\s*(?:million|billion))?|[\\d,.]*\\d(?:\\s*(?:million|billion))?\\s*KRW)\\s+in (private cash|cash|kind)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Prose forms: "㈜A(대표 B)은 <date> <address>에 설립된 <industry> 기업으로", "A, led by CEO B, ...". */
    private void proseForms() {
        Matcher ko = KO_COMPANY_PROSE.matcher(vis);
        while (ko.find()) {
            if (masked[ko.start()]) {
                continue;
            }
            add(FieldKeys.COMPANY_NAME, ko.start(1), ko.end(1), ko.group(1).strip(), 0.75);
            add(
                    FieldKeys.REPRESENTATIVE,
                    ko.start(2),
                    ko.end(2),
                    personName(ko.group(2).strip()),
                    0.75);
            String middle = ko.group(3);
            int at = ko.start(3);
            Optional<IsoDates.Found> founded =
                    IsoDates.find(middle, 0, Math.min(middle.length(), 30)).filter(d -> d.start() <= 2);
            int addressFrom = at;
            if (founded.isPresent()) {
                add(
                        FieldKeys.FOUNDED_ON,
                        at + founded.get().start(),
                        at + founded.get().end(),
                        founded.get().date().toString(),
                        0.75);
                addressFrom = at + founded.get().end();
            }
            String address = vis.substring(addressFrom, ko.end(3)).strip();
            int addressStart = vis.indexOf(address, addressFrom);
            region(address)
                    .ifPresent(r -> add(FieldKeys.REGION, addressStart, addressStart + address.length(), r, 0.75));
            int industryStart = ko.start(4);
            int industryEnd = ko.end(4);
            Industries.ksicSection(ko.group(4))
                    .ifPresent(k -> add(FieldKeys.INDUSTRY_KSIC, industryStart, industryEnd, k, 0.75));
        }
        Matcher en = EN_COMPANY_PROSE.matcher(vis);
        while (en.find()) {
            if (!masked[en.start()]) {
                add(FieldKeys.COMPANY_NAME, en.start(1), en.end(1), en.group(1).strip(), 0.75);
                add(
                        FieldKeys.REPRESENTATIVE,
                        en.start(2),
                        en.end(2),
                        personName(en.group(2).strip()),
                        0.75);
            }
        }
        Matcher employees = EN_EMPLOYEES.matcher(vis);
        while (employees.find()) {
            if (!masked[employees.start()]) {
                add(
                        FieldKeys.EMPLOYEES,
                        employees.start(1),
                        employees.end(1),
                        employees.group(1).replace(",", ""),
                        0.75);
            }
        }
        Matcher before = EN_AMOUNT_BEFORE.matcher(vis);
        while (before.find()) {
            if (masked[before.start()]) {
                continue;
            }
            String key = before.group(2).equalsIgnoreCase("kind")
                    ? FieldKeys.PRIVATE_IN_KIND_KRW
                    : FieldKeys.PRIVATE_CASH_KRW;
            int start = before.start(1);
            int end = before.end(1);
            KrwAmounts.parseAt(before.group(1), 1, false)
                    .ifPresent(a -> add(key, start, end, String.valueOf(a.krw()), 0.75));
        }
    }

    /** Self-identifying values without a label (lower confidence): a BRN, an e-mail address. */
    private void fallbacks() {
        Matcher brn = BRN.matcher(vis);
        while (brn.find()) {
            if (!masked[brn.start()] && brn.group(1) != null) {
                add(FieldKeys.BRN, brn.start(), brn.end(), brn(brn), 0.6);
                break;
            }
        }
        Matcher email = EMAIL.matcher(vis);
        while (email.find()) {
            if (!masked[email.start()]) {
                add(FieldKeys.CONTACT_EMAIL, email.start(), email.end(), email.group(), 0.6);
                break;
            }
        }
    }

    // ---- choosing --------------------------------------------------------------------------------

    private void add(String key, int start, int end, String normalized, double confidence) {
        if (start < 0 || end > vis.length() || start >= end || masked[start]) {
            return;
        }
        double boosted = FieldLabels.sectionsFor(key).contains(sectionAt(start)) ? confidence + 0.03 : confidence;
        candidates.add(
                new Candidate(key, vis.substring(start, end).strip(), normalized, start, end, Math.min(0.99, boosted)));
    }

    private List<ExtractedField> best() {
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Candidate current = chosen.get(c.key());
            if (current == null
                    || c.confidence() > current.confidence()
                    || c.confidence() == current.confidence() && c.visibleStart() < current.visibleStart()) {
                chosen.put(c.key(), c);
            }
        }
        List<ExtractedField> out = new ArrayList<>();
        for (FieldSpec spec : program.fields()) {
            Candidate c = chosen.get(spec.key());
            if (c == null || !spec.fromPlan()) {
                continue;
            }
            int start = view.original(c.visibleStart());
            int end = view.originalEnd(c.visibleEnd());
            out.add(new ExtractedField(
                    c.key(),
                    c.value(),
                    c.normalized(),
                    pageAt(start),
                    c.value(),
                    start,
                    end,
                    Math.round(c.confidence() * 100) / 100.0,
                    EXTRACTOR,
                    null));
        }
        return out;
    }

    private SectionKind sectionAt(int visibleOffset) {
        int offset = view.original(visibleOffset);
        SectionKind kind = SectionKind.OTHER;
        int level = -1;
        for (ParsedDocument.Section s : document.sections()) {
            if (s.headingStart() <= offset && offset < s.end() && s.level() > level) {
                kind = s.kind();
                level = s.level();
            }
        }
        return kind;
    }

    private int pageAt(int offset) {
        for (ParsedDocument.TextBlock block : document.blocks()) {
            if (block.start() <= offset && offset < block.end()) {
                return block.page();
            }
        }
        int page = 1;
        for (ParsedDocument.Section s : document.sections()) {
            if (s.headingStart() <= offset) {
                page = s.page();
            }
        }
        for (ParsedDocument.Table t : document.tables()) {
            if (t.start() <= offset && offset < t.end()) {
                page = t.page();
            }
        }
        return page;
    }

    private String typeOf(String key) {
        if (key.equals(FieldLabels.DEV_PERIOD)) {
            return "period";
        }
        return program.field(key).map(FieldSpec::type).orElseGet(() -> defaultType(key));
    }

    static String defaultType(String key) {
        return switch (key) {
            case FieldKeys.BRN -> "brn";
            case FieldKeys.FOUNDED_ON, FieldKeys.DEV_START, FieldKeys.DEV_END -> "date";
            case FieldKeys.REGION -> "region";
            case FieldKeys.INDUSTRY_KSIC -> "ksic";
            case FieldKeys.EMPLOYEES -> "integer";
            case FieldKeys.REVENUE_KRW,
                    FieldKeys.TOTAL_BUDGET_KRW,
                    FieldKeys.GOV_GRANT_KRW,
                    FieldKeys.PRIVATE_CASH_KRW,
                    FieldKeys.PRIVATE_IN_KIND_KRW -> "krw";
            case FieldKeys.TECH_AREA -> "tech_area";
            case FieldKeys.CONTACT_EMAIL -> "email";
            case FieldKeys.CONTACT_PHONE -> "phone";
            default -> "text";
        };
    }

    /** The labels of the program's plan fields (and the period), plus table-only ones in tables. */
    private Map<String, List<String>> allLabels(boolean table) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : FieldLabels.LABELS.entrySet()) {
            String key = e.getKey();
            boolean wanted = key.equals(FieldLabels.DEV_PERIOD)
                    ? program.field(FieldKeys.DEV_START).isPresent()
                    : program.field(key).map(FieldSpec::fromPlan).orElse(false);
            if (!wanted) {
                continue;
            }
            List<String> labels = new ArrayList<>(e.getValue());
            program.field(key).ifPresent(spec -> {
                labels.add(spec.labelKo());
                labels.add(spec.labelEn());
            });
            if (table) {
                labels.addAll(FieldLabels.TABLE_ONLY.getOrDefault(key, List.of()));
            }
            out.put(key, labels);
        }
        return out;
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    private static boolean wordBounded(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int after = at + length;
        return before && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }
}
