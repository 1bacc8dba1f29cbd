package io.planscreen.parsing;

/**
 * Characters that render as nothing and are used to smuggle text past a reader: U+200B–U+200D,
 * U+2060, variation selectors U+FE00–U+FE0F and tags U+E0000–U+E007F.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {}

    public static boolean isInvisibleCodePoint(int cp) {
        return (cp >= 0x200B && cp <= 0x200D)
                || cp == 0x2060
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0000 && cp <= 0xE007F);
    }
}
