package io.planscreen.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The option an applicant chose among a choice field's options: the one marked (V, O, ✓, ■, ●, (V) beside
 * it, or in the cell before it) while the others are not, or the only one left when the others were
 * deleted. Every option still there and none marked, or two marked: not chosen (the company says).
 */
final class Choices {

    /** The chosen option and where it stands in the text. */
    record Chosen(String option, int start, int end) {}

    private static final Pattern MARK_BEFORE =
            Pattern.compile("(?:\\(\\s*[VvOo✓✔]\\s*\\)|[VvO✓✔■●◉☑☒▣]|\\[\\s*[VvOo✓✔]\\s*\\])\\s*$");

    private static final Pattern MARK_AFTER =
            Pattern.compile("^\\s*(?:\\(\\s*[VvOo✓✔]\\s*\\)|[✓✔■●◉☑☒▣]|\\[\\s*[VvOo✓✔]\\s*\\])");

    private static final Pattern EMPTY_MARK = Pattern.compile("[□○☐◯]\\s*$");

    private Choices() {}

    static Optional<Chosen> chosen(String text, List<String> options) {
        List<Chosen> present = new ArrayList<>();
        List<Chosen> marked = new ArrayList<>();
        boolean emptyMarks = false;
        String flat = text.replace('\n', ' ');
        List<String> longestFirst = new ArrayList<>(options);
        longestFirst.sort((a, b) -> b.length() - a.length());
        for (String option : longestFirst) {
            Matcher m = Pattern.compile(loose(option)).matcher(flat);
            if (m.find() && !inside(new Chosen(option, m.start(), m.end()), present)) {
                present.add(new Chosen(option, m.start(), m.end())); // "신청" inside "신청 안함" is not its own
            }
        }
        present.sort((a, b) -> a.start() - b.start());
        int consumed = 0; // a mark right after an option ("제조(V)") is that option's, not the next one's
        for (Chosen c : present) {
            String after = flat.substring(c.end(), Math.min(flat.length(), c.end() + 5));
            Matcher markAfter = MARK_AFTER.matcher(after);
            int from = Math.max(consumed, c.start() - 4);
            String before = from < c.start() ? flat.substring(from, c.start()) : "";
            if (markAfter.find()) {
                marked.add(c);
                consumed = c.end() + markAfter.end();
            } else if (MARK_BEFORE.matcher(before).find() && !wordBefore(flat, c.start())) {
                marked.add(c);
            } else if (EMPTY_MARK.matcher(before).find()) {
                emptyMarks = true;
            }
        }
        if (marked.size() == 1) {
            return Optional.of(marked.get(0));
        }
        if (marked.isEmpty() && !emptyMarks && present.size() == 1 && options.size() > 1) {
            return Optional.of(present.get(0));
        }
        return Optional.empty();
    }

    /**
     * An option with its spaces and middle dots optional ("바이오·의료·생명" = "바이오 의료 생명"), and one line
     * break (read as a space) allowed inside a word: narrow form cells wrap Korean words between letters
     * ("바이오·의료·생" / "명").
     */
    private static String loose(String option) {
        StringBuilder out = new StringBuilder();
        for (String part : option.split("[\\s·ㆍ]+")) {
            if (!out.isEmpty()) {
                out.append("[\\s·ㆍ]*");
            }
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                if (i > 0) {
                    out.append("\\s?");
                }
                out.append(Pattern.quote(new String(Character.toChars(cp))));
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    /** "V" as the end of a word ("KV") is no mark. */
    private static boolean wordBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 1 && "VvO".indexOf(text.charAt(i)) >= 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static boolean inside(Chosen c, List<Chosen> others) {
        return others.stream().anyMatch(o -> o.start() <= c.start() && c.end() <= o.end());
    }
}
