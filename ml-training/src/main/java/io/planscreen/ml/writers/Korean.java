package io.planscreen.ml.writers;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean text mechanics the writers need: particles chosen by the word they follow (no "이(가)"), sentence
 * endings in the three registers plans are written in, and filling a template's slots.
 */
final class Korean {

    /** How a writer ends sentences: 합니다체, 개조식 (nominal "~함/~임") or the plain written "~한다". */
    enum Register {
        FORMAL,
        NOMINAL,
        PLAIN
    }

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)(?:\\|([가-힣]+))?\\}");

    private static final Map<String, String[]> PARTICLES = Map.of(
            "은", new String[] {"은", "는"},
            "이", new String[] {"이", "가"},
            "을", new String[] {"을", "를"},
            "과", new String[] {"과", "와"},
            "으로", new String[] {"으로", "로"},
            "이며", new String[] {"이며", "며"},
            "의", new String[] {"의", "의"},
            "에", new String[] {"에", "에"});

    // endings of the plain register and their nominal / formal forms, longest first
    private static final String[][] ENDINGS = {
        {"되었다", "되었음", "되었습니다"},
        {"하였다", "하였음", "하였습니다"},
        {"했다", "했음", "했습니다"},
        {"있었다", "있었음", "있었습니다"},
        {"늘었다", "늘었음", "늘었습니다"},
        {"예정이다", "예정임", "예정입니다"},
        {"계획이다", "계획임", "계획입니다"},
        {"것이다", "것임", "것입니다"},
        {"이다", "임", "입니다"},
        {"한다", "함", "합니다"},
        {"된다", "됨", "됩니다"},
        {"있다", "있음", "있습니다"},
        {"없다", "없음", "없습니다"},
        {"높다", "높음", "높습니다"},
        {"크다", "큼", "큽니다"},
        {"많다", "많음", "많습니다"},
        {"낮다", "낮음", "낮습니다"},
        {"어렵다", "어려움", "어렵습니다"},
        {"필요하다", "필요함", "필요합니다"},
        {"중요하다", "중요함", "중요합니다"},
        {"부족하다", "부족함", "부족합니다"},
        {"가능하다", "가능함", "가능합니다"},
        {"않다", "않음", "않습니다"},
        {"넓힌다", "넓힘", "넓힙니다"},
        {"난다", "남", "납니다"},
        {"졌다", "졌음", "졌습니다"},
        {"었다", "었음", "었습니다"},
        {"왔다", "왔음", "왔습니다"},
        {"렀다", "렀음", "렀습니다"},
        {"짰다", "짰음", "짰습니다"},
        {"였다", "였음", "였습니다"},
        {"았다", "았음", "았습니다"},
        {"은다", "음", "읍니다"},
        {"준다", "줌", "줍니다"},
        {"춘다", "춤", "춥니다"},
        {"인다", "임", "입니다"},
        {"끈다", "끎", "끕니다"},
        {"는다", "음", "습니다"},
        {"든다", "듦", "듭니다"},
        {"친다", "침", "칩니다"},
        {"된다", "됨", "됩니다"},
        {"른다", "름", "릅니다"},
        {"진다", "짐", "집니다"},
        {"간다", "감", "갑니다"},
        {"있다", "있음", "있습니다"},
        {"한다", "함", "합니다"},
    };

    private Korean() {}

    /** True when the last syllable has a final consonant (받침); digits read as Korean numerals. */
    static boolean hasFinalConsonant(String word) {
        for (int i = word.length() - 1; i >= 0; i--) {
            char c = word.charAt(i);
            if (c >= '가' && c <= '힣') {
                return (c - '가') % 28 != 0;
            }
            if (Character.isDigit(c)) {
                return "0136785".indexOf(c) >= 0; // 영 일 삼 육 칠 팔 십: consonant endings
            }
            if (Character.isLetter(c)) {
                return "lmnLMN".indexOf(c) >= 0;
            }
        }
        return false;
    }

    static String particle(String word, String particle) {
        String[] pair = PARTICLES.get(particle);
        if (pair == null) {
            return word + particle;
        }
        if (particle.equals("으로") && word.endsWith("ㄹ")) {
            return word + "로";
        }
        return word + (hasFinalConsonant(word) ? pair[0] : pair[1]);
    }

    /** Fills {@code {key}} and {@code {key|은}} slots; unknown keys stay as they are. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            String text = value == null ? m.group() : m.group(2) == null ? value : particle(value, m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A sentence written in the plain register ("...한다.") turned into the given register. */
    static String inRegister(String plainSentence, Register register) {
        String s = plainSentence.endsWith(".") ? plainSentence.substring(0, plainSentence.length() - 1) : plainSentence;
        if (register == Register.PLAIN) {
            return s + ".";
        }
        for (String[] e : ENDINGS) {
            if (s.endsWith(e[0])) {
                String stem = s.substring(0, s.length() - e[0].length());
                return (register == Register.NOMINAL ? stem + e[1] : stem + e[2]) + ".";
            }
        }
        return s + ".";
    }
}
