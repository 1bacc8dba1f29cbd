package io.planscreen.evaluation;

/**
 * A tokenizer-free token estimate for comparing prompt sizes: one token per non-ASCII character (Hangul
 * syllables are rarely merged by BPE vocabularies) and one per four ASCII characters.
 */
final class Tokens {

    /** System prompt, schema and instructions a whole-plan prompt would carry besides the plan. */
    static final int PROMPT_OVERHEAD = 600;

    private Tokens() {}

    static int estimate(String text) {
        long ascii = text.chars().filter(c -> c < 128).count();
        long other = text.length() - ascii;
        return (int) (other + (ascii + 3) / 4);
    }
}
