package io.planscreen.similarity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every value in a plan's text that could be a company identifier, in its normal form ({@link IdentifierForms}),
 * with where it is first written: BRNs, phone numbers, e-mail addresses, road addresses, and for names every run
 * of one to three words (so "코리아 R&D 파트너스" is found) with and without a trailing particle ("해담스튜디오는").
 * The values are looked up together in one indexed query; only stored applicants' identifiers come back.
 */
final class PlanIdentifierScan {

    /** Longest names compared (normalised characters): longer runs are sentences, not names. */
    static final int MAX_NAME = 30;

    private static final Pattern BRN = Pattern.compile("(?<![\\d-])\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{5}(?![\\d-])");

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d-])(?:\\+82[-\\s]?0?\\d{1,2}|0\\d{1,2})[-)\\s.]{1,2}\\d{3,4}[-\\s.]\\d{4}(?![\\d-])"
                    + "|(?<!\\d)01[016789]\\d{7,8}(?!\\d)");

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&+._-]+");

    /** Particles a name may carry in running text, longest first (only one is taken off). */
    private static final List<String> PARTICLES = List.of(
            "에서부터", "으로서의", "에서는", "에서의", "으로서", "으로써", "으로는", "에게서", "이라는", "와의", "과의", "와는", "과는", "에서", "에게", "으로",
            "께서", "부터", "까지", "보다", "처럼", "만큼", "이라", "라는", "이며", "이고", "이다", "로서", "로써", "하고", "의", "은", "는", "이", "가",
            "을", "를", "에", "와", "과", "로", "도", "만", "사");

    /**
     * @param found the text as written (the first time)
     * @param position its offset in the NFKC-normalised plan text
     * @param marked written with a legal-form marker next to it ("(주)미래", "미래 주식회사")
     * @param shaped found by its shape (a BRN, phone, e-mail or road address), not as a run of words
     */
    record Occurrence(String found, int position, boolean marked, boolean shaped) {

        /** Kept for plans stored later (a few per plan): shaped values and names written with (주)/주식회사. */
        boolean mention() {
            return shaped || marked;
        }
    }

    private final Map<String, Occurrence> values = new HashMap<>();

    private PlanIdentifierScan() {}

    /** A scan rebuilt from a stored plan's mentions (the reverse look-up, when its owner arrives later). */
    static PlanIdentifierScan of(Map<String, Occurrence> mentions) {
        PlanIdentifierScan scan = new PlanIdentifierScan();
        scan.values.putAll(mentions);
        return scan;
    }

    static PlanIdentifierScan of(String planText) {
        PlanIdentifierScan scan = new PlanIdentifierScan();
        String text = IdentifierForms.nfkc(planText);
        scan.patterns(text);
        scan.names(text);
        return scan;
    }

    /** Every candidate value, normalised. */
    Map<String, Occurrence> values() {
        return values;
    }

    Optional<Occurrence> occurrence(String value) {
        return Optional.ofNullable(values.get(value));
    }

    private void patterns(String text) {
        for (Matcher m = BRN.matcher(text); m.find(); ) {
            IdentifierForms.brn(m.group()).ifPresent(v -> add(v, m.group(), m.start(), false, true));
        }
        for (Matcher m = PHONE.matcher(text); m.find(); ) {
            IdentifierForms.phone(m.group()).ifPresent(v -> add(v, m.group(), m.start(), false, true));
        }
        for (Matcher m = EMAIL.matcher(text); m.find(); ) {
            IdentifierForms.email(m.group()).ifPresent(v -> add(v, m.group(), m.start(), false, true));
        }
        for (Matcher m = IdentifierForms.ROAD_ADDRESS.matcher(text); m.find(); ) {
            add(m.group(1) + m.group(2), m.group(), m.start(), false, true);
        }
    }

    private void names(String text) {
        // markers are blanked out (same length, so offsets hold) and remembered: a word next to one is "marked"
        StringBuilder blanked = new StringBuilder(text);
        List<int[]> markers = new ArrayList<>();
        for (Matcher m = IdentifierForms.MARKER.matcher(text); m.find(); ) {
            markers.add(new int[] {m.start(), m.end()});
            for (int i = m.start(); i < m.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        List<int[]> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Matcher m = WORD.matcher(blanked); m.find(); ) {
            String key = IdentifierForms.key(m.group());
            if (!key.isEmpty()) {
                spans.add(new int[] {m.start(), m.end()});
                keys.add(key);
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder joined = new StringBuilder();
            boolean marked = false;
            for (int w = 0; w < 3 && i + w < keys.size(); w++) {
                joined.append(keys.get(i + w));
                if (joined.length() > MAX_NAME) {
                    break;
                }
                marked |= nextToMarker(spans.get(i + w), markers, text);
                int start = spans.get(i)[0];
                String found = text.substring(start, spans.get(i + w)[1]);
                String name = joined.toString();
                add(name, found, start, marked, false);
                for (String particle : PARTICLES) {
                    if (name.endsWith(particle) && name.length() - particle.length() >= 2) {
                        add(name.substring(0, name.length() - particle.length()), found, start, marked, false);
                        break;
                    }
                }
            }
        }
    }

    private static boolean nextToMarker(int[] word, List<int[]> markers, String text) {
        for (int[] marker : markers) {
            if (blankBetween(text, marker[1], word[0]) || blankBetween(text, word[1], marker[0])) {
                return true;
            }
        }
        return false;
    }

    private static boolean blankBetween(String text, int from, int to) {
        return from <= to && to - from <= 2 && text.substring(from, to).isBlank();
    }

    private void add(String value, String found, int position, boolean marked, boolean shaped) {
        values.merge(
                value,
                new Occurrence(found.strip(), position, marked, shaped),
                (old, now) -> new Occurrence(
                        old.found(), old.position(), old.marked() || now.marked(), old.shaped() || now.shaped()));
    }
}
