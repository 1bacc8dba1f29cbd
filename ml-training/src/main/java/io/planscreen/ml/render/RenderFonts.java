package io.planscreen.ml.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** Fonts the renderers embed: Debian's fonts-nanum for Hangul, DejaVu for invisible code points. */
final class RenderFonts {

    static final Path NANUM_GOTHIC = Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    static final Path NANUM_GOTHIC_BOLD = Path.of("/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf");

    static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** The family name DOCX/HWPX/HWP files ask for; the reader's machine substitutes when absent. */
    static final String FAMILY = "NanumGothic";

    /**
     * Parsed fonts, one set per thread: parsing a 4 MB TTF per document was most of a PDF's rendering
     * time, and fontbox's TrueTypeFont reads its tables lazily, so it is not shared between threads.
     */
    private static final ThreadLocal<Map<Path, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private RenderFonts() {}

    static TrueTypeFont parsed(Path font) throws IOException {
        Map<Path, TrueTypeFont> fonts = PARSED.get();
        TrueTypeFont parsed = fonts.get(font);
        if (parsed == null) {
            parsed = new TTFParser()
                    .parse(new RandomAccessReadBufferedFile(require(font).toFile()));
            fonts.put(font, parsed);
        }
        return parsed;
    }

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
