package io.planscreen.ml.render;

import java.nio.file.Files;
import java.nio.file.Path;

/** Fonts the renderers embed: Debian's fonts-nanum for Hangul, DejaVu for invisible code points. */
final class RenderFonts {

    static final Path NANUM_GOTHIC = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    static final Path NANUM_GOTHIC_BOLD = Path.of("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf");

    static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** The family name DOCX/HWPX/HWP files ask for; the reader's machine substitutes when absent. */
    static final String FAMILY = "NanumGothic";

    private RenderFonts() {}

    static Path require(Path font) {
        if (!Files.isReadable(font)) {
            throw new IllegalStateException(
                    "font not installed: " + font + " (Debian: fonts-nanum, fonts-dejavu-core)");
        }
        return font;
    }

    static Path boldOrRegular() {
        return Files.isReadable(NANUM_GOTHIC_BOLD) ? NANUM_GOTHIC_BOLD : require(NANUM_GOTHIC);
    }
}
