package io.planscreen.extraction.internal;

import java.util.regex.Pattern;

/**
 * What a form prints for the applicant to type over, and what the form itself says: "OOOOO", "OO.OO.OO",
 * "00백만원", "○○기술" are not filled in; a "※" guidance line, an example or a bracketed note ("(인)") is the
 * form's, never an applicant's value.
 */
final class Placeholders {

    /** Runs of a capital O or circle standing for letters ("OO기술", "OOOOO"), not inside a word ("GOOD"). */
    private static final Pattern LETTERS = Pattern.compile("(?<![A-Za-z])O{2,}(?![a-z])|[○〇◯]{2,}");

    /** Zeros standing for digits: "00백만원", "00.0%", "00.00", "00명", "00년 상반기". */
    private static final Pattern DIGITS =
            Pattern.compile("[0O]{2}(?:\\s*[.,~]\\s*[0O]{1,2})*\\s*(?:백만원|천원|만원|원|명|%|개|회|년.*)?");

    private Placeholders() {}

    /** Whether the value starting a window (its first line) is the form's placeholder, not typed in. */
    static boolean unfilled(String window) {
        String first = window.strip();
        int nl = first.indexOf('\n');
        if (nl >= 0) {
            first = first.substring(0, nl).strip();
        }
        return !first.isEmpty()
                && (LETTERS.matcher(first).find() || DIGITS.matcher(first).matches());
    }

    /** A text that is the form's own words: guidance (※), an example, or a note in brackets. */
    static boolean notAValue(String text) {
        String t = text.strip();
        return t.startsWith("※")
                || t.startsWith("예시")
                || t.matches("[(（\\[<‹].*[)）\\]>›]")
                || LETTERS.matcher(t).find();
    }

    /** A line of the form's guidance ("※ ..."), which applicants are told to delete. */
    static boolean guidance(String line) {
        return line.strip().startsWith("※");
    }
}
