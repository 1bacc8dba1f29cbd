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

    /** Longest run of two or three words compared: "코리아 R&D 파트너스" is 10. */
    static final int MAX_JOINED = 15;

    /**
     * A word ending so is not the first or middle word of a company name: a particle ("문제를 해결하는") or the
     * nominal endings plans write in ("필요함", "예정임", "있음", "한다"). Cuts the candidates of a long plan by half.
     */
    private static final Pattern NOT_INSIDE_A_NAME = Pattern.compile(".*(?:[은는을를이가의에와과도]|있음|없음|[함임됨다요])");

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
        List<Boolean> nextToMarker = new ArrayList<>();
        for (Matcher m = WORD.matcher(blanked); m.find(); ) {
            String key = IdentifierForms.key(m.group());
            if (!key.isEmpty()) {
                int[] span = {m.start(), m.end()};
                spans.add(span);
                keys.add(key);
                nextToMarker.add(!markers.isEmpty() && nextToMarker(span, markers, text));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder joined = new StringBuilder();
            boolean marked = false;
            for (int w = 0; w < 3 && i + w < keys.size(); w++) {
                if (w > 0 && NOT_INSIDE_A_NAME.matcher(keys.get(i + w - 1)).matches()) {
                    break;
                }
                joined.append(keys.get(i + w));
                if (joined.length() > (w == 0 ? MAX_NAME : MAX_JOINED)) {
                    break;
                }
                if (w == 0
                        && !hasLetter(keys.get(i))
                        && (keys.get(i).length() < 9 || keys.get(i).length() > 11)) {
                    continue; // a number no BRN or phone can be; still the start of "3D 프린팅랩"
                }
                marked |= nextToMarker.get(i + w);
                int start = spans.get(i)[0];
                int end = spans.get(i + w)[1];
                String name = joined.toString();
                add(name, text, start, end, marked);
                for (String particle : PARTICLES) {
                    if (name.endsWith(particle) && name.length() - particle.length() >= 2) {
                        // shown without its particle too: "해담스튜디오", not "해담스튜디오는"
                        String stem = name.substring(0, name.length() - particle.length());
                        add(stem, text, start, end - particle.length(), marked);
                        break;
                    }
                }
            }
        }
    }

    private static boolean hasLetter(String key) {
        return key.codePoints().anyMatch(Character::isLetter);
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

    /** A run of words: the text as written is cut out only the first time the value is seen (most repeat). */
    private void add(String value, String text, int start, int end, boolean marked) {
        Occurrence old = values.get(value);
        if (old == null) {
            values.put(value, new Occurrence(text.substring(start, end).strip(), start, marked, false));
        } else if (marked && !old.marked()) {
            values.put(value, new Occurrence(old.found(), old.position(), true, old.shaped()));
        }
    }

    private void add(String value, String found, int position, boolean marked, boolean shaped) {
        values.merge(
                value,
                new Occurrence(found.strip(), position, marked, shaped),
                (old, now) -> new Occurrence(
                        old.found(), old.position(), old.marked() || now.marked(), old.shaped() || now.shaped()));
    }
}
