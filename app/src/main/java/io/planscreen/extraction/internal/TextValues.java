package io.planscreen.extraction.internal;

import io.planscreen.ml.plan.Region;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text values: where a name, a title or an address ends, whether it has the shape of a person's name. */
final class TextValues {

    private static final Pattern TEXT_STOP = Pattern.compile(
            "\\s+\\(|（|\\||;|,\\s(?!(?:Ltd|Inc|LLC|Corp)\\b)|/\\s|\\s{2,}|\\t|(?<=[가-힣])(?:이며|이고|입니다|이다|으로서|로서|이라는|라는)(?![가-힣])");

    private static final Pattern TITLED_NAME = Pattern.compile(
            "([가-힣]{2,4})\\s*(?:수석|책임|선임|주임)?\\s*(?:연구원|박사|교수|이사|팀장|부장|과장|소장|대표이사|대표|CTO|CEO|연구소장)(?:\\s.*)?");

    private static final Pattern KOREAN_PERSON = Pattern.compile("[가-힣]{2,5}|[가-힣]{1,2} [가-힣]{1,3}");

    private static final Pattern LATIN_PERSON =
            Pattern.compile("\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}+)?(?:\\s\\p{Lu}[\\p{L}'’.]*(?:-\\p{L}+)?){0,3}");

    private static final Pattern NOT_A_NAME =
            Pattern.compile("(?:및|등|외|겸|또는|포함|현황|소개|(?:and|or|of|the|team)\\b)", Pattern.CASE_INSENSITIVE);

    private final List<String> stops;

    TextValues(ProgramLabels labels) {
        this.stops = labels.stops();
    }

    /** A text value: the cell, or the line up to a bracket, a separator, the next label or a clause ending. */
    String text(String window, boolean structured) {
        String text = window;
        Matcher stop = TEXT_STOP.matcher(text);
        if (stop.find() && stop.start() > 0) {
            text = text.substring(0, stop.start());
        }
        text = text.substring(0, nextLabel(text)).strip();
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

    /** The rest of the line up to the next label (a region or industry may hold commas and brackets). */
    String untilNextLabel(String window) {
        String text = window.substring(0, nextLabel(window)).strip();
        while (!text.isEmpty() && ".,:;/|".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private int nextLabel(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = text.length();
        for (String label : stops) {
            String l = label.toLowerCase(Locale.ROOT);
            int i = lower.indexOf(l);
            if (i > 0 && (!isAscii(l) || wordBounded(lower, i, l.length()))) {
                cut = Math.min(cut, i);
            }
        }
        return cut;
    }

    /** "박지훈 수석연구원" → "박지훈", "김철수(공동대표)" → "김철수", "Dr. Choi Minseo" → "Choi Minseo". */
    static String personName(String text) {
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

    static Optional<String> region(String text) {
        String t = text.replaceFirst("^[\\s(\\[]*\\d{5}[)\\]]?\\s*", "").replaceFirst("^\\(?우\\)?\\s*", "");
        Optional<Region> direct = Region.fromText(t);
        if (direct.isPresent()) {
            return direct.map(Enum::name);
        }
        String[] parts = t.split("[\\s,]+");
        for (String part : parts) {
            Optional<Region> region = Region.fromText(part);
            if (region.isPresent() && part.length() >= 2 && !isAscii(part)) {
                return region.map(Enum::name);
            }
        }
        // English addresses name the city last, and "Sejong-daero" is a street, not Sejong
        for (int i = parts.length - 1; i >= 0; i--) {
            String word = parts[i].replaceAll("[.;:()]", "").replaceFirst("(?i)(-si|-do|\\s?city)$", "");
            for (Region region : Region.values()) {
                if (region.aliases().stream().anyMatch(a -> isAscii(a) && a.equalsIgnoreCase(word))) {
                    return Optional.of(region.name());
                }
            }
        }
        return Optional.empty();
    }

    static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }

    static boolean wordBounded(String text, int at, int length) {
        boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        int after = at + length;
        return before && (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after)));
    }
}
