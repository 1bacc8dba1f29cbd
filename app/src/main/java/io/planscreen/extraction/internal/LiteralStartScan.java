package io.planscreen.extraction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of a pattern that can only start with one of a few literals, as {@link Matcher#find()}
 * would, but tries the pattern only where one of those literals occurs. Java's regex engine tries a
 * pattern that opens with an alternation at every position of the text; on a 20-page plan that was a
 * large share of offline extraction.
 *
 * <p>Same result as {@code find()} in a loop when every match begins with one of {@code starts}: matches
 * are tried at the candidate positions in order, leftmost first, and the next search begins where the
 * last match ended. Lookbehind and {@code \b} at the start see the text before the candidate (transparent
 * bounds).
 */
final class LiteralStartScan {

    private final Pattern pattern;

    private final String[] starts;

    private final boolean asciiCaseInsensitive;

    /**
     * @param starts every literal a match can begin with (lower case when {@code asciiCaseInsensitive})
     * @param asciiCaseInsensitive whether the pattern matches US-ASCII letters regardless of case (its
     *     {@link Pattern#CASE_INSENSITIVE} flag without {@link Pattern#UNICODE_CASE})
     */
    LiteralStartScan(Pattern pattern, List<String> starts, boolean asciiCaseInsensitive) {
        if (starts.isEmpty() || starts.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a literal start scan needs non-empty start literals");
        }
        if ((pattern.flags() & Pattern.UNICODE_CASE) != 0) {
            throw new IllegalArgumentException("Unicode case folding would need case-folded start literals");
        }
        this.pattern = pattern;
        this.starts = starts.toArray(String[]::new);
        this.asciiCaseInsensitive = asciiCaseInsensitive;
    }

    static LiteralStartScan of(Pattern pattern, String... starts) {
        boolean insensitive = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0;
        return new LiteralStartScan(pattern, Arrays.asList(starts), insensitive);
    }

    Pattern pattern() {
        return pattern;
    }

    /** A text prepared once for several scans: the ASCII-lower-cased copy has the same offsets. */
    record Text(String original, String asciiLower) {

        static Text of(String text) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c + ('a' - 'A'));
                }
            }
            return new Text(text, new String(chars));
        }
    }

    /** Each match as {start, end}, as repeated {@code find()} on the whole text would give them. */
    List<int[]> matches(Text text) {
        String haystack = asciiCaseInsensitive ? text.asciiLower() : text.original();
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(text.original()).useTransparentBounds(true).useAnchoringBounds(false);
        int length = haystack.length();
        // next[i]: where starts[i] next occurs at or after the last position asked for (-1: nowhere)
        int[] next = new int[starts.length];
        Arrays.fill(next, Integer.MIN_VALUE);
        int from = 0;
        while (from < length) {
            int candidate = -1;
            for (int i = 0; i < starts.length; i++) {
                if (next[i] != -1 && next[i] < from) {
                    next[i] = haystack.indexOf(starts[i], from);
                }
                if (next[i] >= 0 && (candidate < 0 || next[i] < candidate)) {
                    candidate = next[i];
                }
            }
            if (candidate < 0) {
                break;
            }
            m.region(candidate, length);
            if (m.lookingAt()) {
                out.add(new int[] {m.start(), m.end()});
                from = m.end() > m.start() ? m.end() : m.end() + 1;
            } else {
                from = candidate + 1;
            }
        }
        return out;
    }
}
