package io.planscreen.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses Korean particles after a word only known at run time: messages write both forms, as in
 * {@code {0}이(가)}, {@code {0}을(를)}, {@code {0}은(는)}, {@code {0}과(와)} or {@code {0}(으)로}, and
 * {@link #resolve} keeps the one the preceding word takes (a final consonant or not; ㄹ takes 로). Digits and
 * Latin letters are judged by how Koreans read them aloud (1 일, 3 삼, L 엘, M 엠, N 엔, R 알).
 */
public final class KoreanParticles {

    private static final Pattern PAIR =
            Pattern.compile("(이\\(가\\)|을\\(를\\)|은\\(는\\)|과\\(와\\)|\\(으\\)로|\\(이\\)라|\\(이\\)나|\\(이\\)며)");

    private static final String CLOSERS = "'\"’”」』)]}>》〉*";

    private KoreanParticles() {}

    /** The text with every two-form particle replaced by the form its preceding word takes. */
    public static String resolve(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = PAIR.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            Ending ending = endingBefore(text, m.start());
            m.appendReplacement(out, Matcher.quoteReplacement(choose(m.group(1), ending)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private enum Ending {
        VOWEL,
        RIEUL,
        CONSONANT
    }

    private static String choose(String pair, Ending ending) {
        boolean consonant = ending != Ending.VOWEL;
        return switch (pair) {
            case "이(가)" -> consonant ? "이" : "가";
            case "을(를)" -> consonant ? "을" : "를";
            case "은(는)" -> consonant ? "은" : "는";
            case "과(와)" -> consonant ? "과" : "와";
            case "(으)로" -> ending == Ending.CONSONANT ? "으로" : "로";
            case "(이)라" -> consonant ? "이라" : "라";
            case "(이)나" -> consonant ? "이나" : "나";
            case "(이)며" -> consonant ? "이며" : "며";
            default -> pair;
        };
    }

    private static Ending endingBefore(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return Ending.VOWEL;
        }
        char c = text.charAt(i);
        if (c >= '가' && c <= '힣') {
            int jong = (c - '가') % 28;
            return jong == 0 ? Ending.VOWEL : jong == 8 ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (c >= '0' && c <= '9') {
            // 영 일 이 삼 사 오 육 칠 팔 구
            return switch (c) {
                case '1', '7', '8' -> Ending.RIEUL;
                case '0', '3', '6' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        return switch (Character.toUpperCase(c)) {
            case 'L' -> Ending.RIEUL;
            case 'M', 'N' -> Ending.CONSONANT;
            case 'R' -> Ending.RIEUL;
            default -> Ending.VOWEL;
        };
    }
}
