package io.planscreen.parsing.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the word-processor formats (DOCX, HWPX, HWP) say about a run or paragraph that matters to us:
 * a colour too close to the background to read, a font under 1 pt, a heading style's level.
 */
final class FormattingSignals {

    /** Below this a run is unreadable on paper: 1 pt. */
    static final double MIN_READABLE_POINTS = 1.0;

    /** Largest per-channel difference (0-255) still counted as "the background's colour". */
    private static final int NEAR = 24;

    private static final Pattern HEADING_STYLE =
            Pattern.compile("^(?:heading|개요|outline|제목)\\s*(\\d)$", Pattern.CASE_INSENSITIVE);

    private FormattingSignals() {}

    /** True when {@code colour} (RRGGBB) is within a few shades of {@code background} (RRGGBB). */
    static boolean nearBackground(@Nullable String colour, String background) {
        int[] text = rgb(colour);
        int[] back = rgb(background);
        if (text == null || back == null) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (Math.abs(text[i] - back[i]) > NEAR) {
                return false;
            }
        }
        return true;
    }

    /** The outline level a style name stands for ("heading 1", "개요 2", "Outline 3"), 0 when none. */
    static int headingLevel(@Nullable String styleName) {
        if (styleName == null) {
            return 0;
        }
        String name = styleName.strip().toLowerCase(Locale.ROOT);
        if (name.equals("title") || name.equals("제목")) {
            return 1;
        }
        Matcher m = HEADING_STYLE.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int @Nullable [] rgb(@Nullable String colour) {
        if (colour == null) {
            return null;
        }
        String hex = colour.strip().replace("#", "");
        if (hex.length() == 8) {
            hex = hex.substring(2); // ARGB
        }
        if (!hex.matches("[0-9A-Fa-f]{6}")) {
            return null; // "auto", "none"
        }
        int value = Integer.parseInt(hex, 16);
        return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
    }
}
