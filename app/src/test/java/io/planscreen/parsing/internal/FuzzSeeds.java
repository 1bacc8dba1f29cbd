package io.planscreen.parsing.internal;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection.Kind;
import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.HostileDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the seed corpus of scripts/fuzz from the test fixtures (generated in code, nothing committed):
 * {@code FuzzSeeds <dir>} makes {@code <dir>/pdf}, {@code hwp}, {@code hwpx}, {@code docx} and {@code upload}.
 */
public final class FuzzSeeds {

    private FuzzSeeds() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Map<String, byte[]> pdf = new LinkedHashMap<>();
        pdf.put("korean-plan.pdf", DocumentFixtures.koreanPlanPdf());
        pdf.put("scanned.pdf", DocumentFixtures.scannedPdf());
        pdf.put("encrypted.pdf", DocumentFixtures.encryptedPdf());
        pdf.put("invalid-xref.pdf", DocumentFixtures.invalidXrefPdf());
        pdf.put("form-chain.pdf", DocumentFixtures.formChainPdf(8));
        pdf.put("nul-text.pdf", HostileDocuments.pdfWithNulText());
        pdf.put("huge-pages.pdf", HostileDocuments.pdfWithHugePages(1, 14_400f));
        Map<String, byte[]> hwp = Map.of(
                "plan.hwp", RenderedPlans.plain(Format.HWP),
                "hidden.hwp", RenderedPlans.withHidden(Format.HWP, Kind.TINY_FONT),
                "distribution.hwp", HostileDocuments.hwpWithFileHeaderBit(2));
        Map<String, byte[]> hwpx = Map.of(
                "plan.hwpx", RenderedPlans.plain(Format.HWPX),
                "bomb.hwpx", DocumentFixtures.hwpxBomb(300L * 1024 * 1024));
        Map<String, byte[]> docx = Map.of(
                "plan.docx", RenderedPlans.plain(Format.DOCX),
                "lying.docx", DocumentFixtures.docxLyingAboutSize());
        write(root.resolve("pdf"), pdf);
        write(root.resolve("hwp"), hwp);
        write(root.resolve("hwpx"), hwpx);
        write(root.resolve("docx"), docx);
        for (Map<String, byte[]> seeds : java.util.List.of(pdf, hwp, hwpx, docx)) {
            write(root.resolve("upload"), seeds);
        }
        write(root.resolve("upload"), Map.of("polyglot.pdf", DocumentFixtures.pdfZipPolyglot()));
    }

    private static void write(Path dir, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Files.write(dir.resolve("seed-" + seed.getKey()), seed.getValue());
        }
    }
}
