package io.planscreen.extraction.internal;

/**
 * A provider-independent token count of what is sent, for cost accounting: one per Hangul syllable (BPE
 * vocabularies rarely merge them), one per four chars of a Latin word or number, one per punctuation mark.
 */
final class TokenEstimates {

    private TokenEstimates() {}

    static int estimate(String text) {
        int tokens = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 0x1100) {
                run++;
                continue;
            }
            tokens += (run + 3) / 4;
            run = 0;
            if (!Character.isWhitespace(c)) {
                tokens++;
            }
        }
        return tokens + (run + 3) / 4;
    }
}
