package io.planscreen.parsing.internal;

import java.util.Map;

/**
 * Private-use characters Hancom writes into HWP and HWPX text, as the Unicode characters they stand for, so
 * that a bullet, an enclosed number or the old-Hangul "ᄒᆞᆫ" reads as itself and not as a code point no font
 * outside Hancom draws. Only code points whose meaning is established by evidence are mapped (each entry
 * names its source); every other private-use character is left as it is rather than guessed.
 *
 * <p>HWP/HWPX only: in Word and PDF the same U+F0xx code points are Symbol-font Greek as often as Wingdings,
 * and the run's font decides, so those parsers do not use this table.
 */
final class HancomPrivateUse {

    private static final Map<Integer, String> UNICODE = Map.ofEntries(
            // U+F020-U+F0FF is the symbol-font area: Hancom draws it with Wingdings even when the document declares
            // no Wingdings font (edwardkim/rhwp#7153: unicode-F06C.hwp through Hancom's PDF export embeds
            // Wingdings-Regular for U+F06C; U+F09F comes out a small circle, U+F0A0 a small square). The
            // characters are Wingdings' own (Wingdings 0x6C circle6, 0x6D circleshadowdwn, 0x6E square6, 0x9F
            // circle4, 0xA0 square2, as tabulated from Microsoft's font by alanwood.net/demos/wingdings.html).
            // Seen in hwp-samples: U+F06C and U+F06E as ParaHead.hwpx's bullets, U+F06D before the items of
            // a tender form (test.hwpx: "❍ 용역명 : ...").
            Map.entry(0xF06C, "\u25CF"), // ● BLACK CIRCLE
            Map.entry(0xF06D, "\u274D"), // ❍ SHADOWED WHITE CIRCLE
            Map.entry(0xF06E, "\u25A0"), // ■ BLACK SQUARE
            Map.entry(0xF09F, "\u2022"), // • BULLET
            Map.entry(0xF0A0, "\u25AA"), // ▪ BLACK SMALL SQUARE
            // Hanyang PUA (old Hangul syllables, U+E0BC-U+F8F7): KTUG Hanyang PUA Table Project
            // (hypua2jamodecomposed.txt, public domain) gives U+F53A => U+1112 U+119E U+11AB. Seen in
            // sample-5017.hwp, the HWP 5.0 specification's own text: "본 문서는 ᄒᆞᆫ글 워드 프로세서의 ...".
            // The other 5,000-odd syllables are old Korean, not business-plan text, and stay as they are.
            Map.entry(0xF53A, "\u1112\u119E\u11AB"), // ᄒᆞᆫ
            // Hancom's symbol PUA in plane 15: U+F02B1-U+F02B7 are the numbers 1-7 drawn in squares
            // (edwardkim/rhwp#5599, Hancom 2022 PDF export of four documents); the 2026 모두의창업 business plan
            // form puts U+F02B1-U+F02B4 before its PSST section titles (kwakseongjae/auto-hwp#245). Unicode has
            // no squared digits: the circled ones carry the number. U+F02C5 is a squared 12, so the run is
            // not extrapolated.
            Map.entry(0xF02B1, "\u2460"), // ①
            Map.entry(0xF02B2, "\u2461"), // ②
            Map.entry(0xF02B3, "\u2462"), // ③
            Map.entry(0xF02B4, "\u2463"), // ④
            Map.entry(0xF02B5, "\u2464"), // ⑤
            Map.entry(0xF02B6, "\u2465"), // ⑥
            Map.entry(0xF02B7, "\u2466"), // ⑦
            // U+F02EF between two nouns ("제품·서비스" in the 2026 모두의창업 form, kwakseongjae/auto-hwp#254)
            Map.entry(0xF02EF, "\u00B7")); // · MIDDLE DOT

    private HancomPrivateUse() {}

    /** The text with every mapped private-use character replaced; the same string when there is none. */
    static String toUnicode(String text) {
        int first = firstPrivateUse(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String mapped = UNICODE.get(cp);
            if (mapped != null) {
                out.append(mapped);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int firstPrivateUse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // BMP private use, or a high surrogate of planes 15-16 (U+DB80-U+DBFF)
            if ((c >= '\uE000' && c <= '\uF8FF') || (c >= '\uDB80' && c <= '\uDBFF')) {
                return i;
            }
        }
        return -1;
    }
}
