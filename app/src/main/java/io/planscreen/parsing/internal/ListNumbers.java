package io.planscreen.parsing.internal;

import java.util.Locale;

/** Renders a list counter the way Word and Hangul print it: 1, 가, ㄱ, Ⅱ, ii, B, b, ①. */
final class ListNumbers {

    private static final String GANADA = "가나다라마바사아자차카타파하";

    private static final String CHOSUNG = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ";

    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private static final String[] ROMAN = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    private static final String UPPER_ROMAN_GLYPHS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ";

    private ListNumbers() {}

    /** @param format Word's numFmt ("decimal", "ganada", "upperRoman", ...) or HWPX's number type */
    static String format(String format, int n) {
        return switch (format) {
            case "ganada", "HANGUL_SYLLABLE" -> cyclic(GANADA, n);
            case "chosung", "HANGUL_JAMO" -> cyclic(CHOSUNG, n);
            case "decimalEnclosedCircle", "CIRCLED_DIGIT" -> cyclic(CIRCLED, n);
            case "upperRoman", "ROMAN_CAPITAL" -> n <= 10 ? cyclic(UPPER_ROMAN_GLYPHS, n) : roman(n);
            case "lowerRoman", "ROMAN_SMALL" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperLetter", "LATIN_CAPITAL" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerLetter", "LATIN_SMALL" -> String.valueOf((char) ('a' + (n - 1) % 26));
            default -> Integer.toString(n);
        };
    }

    private static String cyclic(String glyphs, int n) {
        int index = (n - 1) % glyphs.length();
        return glyphs.substring(index, index + 1);
    }

    private static String roman(int n) {
        StringBuilder out = new StringBuilder();
        int rest = n;
        for (int i = 0; i < ROMAN.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                out.append(ROMAN[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return out.toString();
    }
}
