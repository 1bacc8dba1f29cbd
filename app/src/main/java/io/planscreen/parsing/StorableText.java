package io.planscreen.parsing;

/**
 * Text from a parsed file made safe to store and show: PostgreSQL refuses U+0000 in text and jsonb, and
 * other control characters, lone surrogates and non-characters are noise no reader wants. Every character
 * is replaced by exactly one character, so offsets computed on the raw text stay valid: C0 controls except
 * tab and line feed, DEL and the C1 controls become a space; a lone surrogate and U+FFFE/U+FFFF become
 * U+FFFD. Every parser's text passes through here (in {@code ParsedDocumentBuilder}).
 */
public final class StorableText {

    private StorableText() {}

    public static String of(String raw) {
        if (isStorable(raw)) {
            return raw;
        }
        char[] out = raw.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (Character.isHighSurrogate(c) && i + 1 < out.length && Character.isLowSurrogate(out[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out[i] = '\uFFFD';
            } else if (isControl(c)) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }

    /** True when {@link #of} would return the text unchanged. */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || isControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }
}
