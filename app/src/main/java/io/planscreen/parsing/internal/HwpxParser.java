package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Hancom HWPX through hwpxlib, walked by hand ({@link HwpxWalk}): paragraphs and their runs in order, tables as
 * rows of cells (the stock extractor would flatten them), the text of every other part in place, headings by
 * the 개요 N / Outline N styles, hidden text from character shapes and 숨은 설명 (hidden comments).
 */
@Component
class HwpxParser implements FormatParser {

    static final String VERSION = "hwpx-hwpxlib-1.0.8/2"; // 2: Hancom private-use characters as Unicode

    @Override
    public DocumentType type() {
        return DocumentType.HWPX;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        Path file = null;
        try {
            // hwpxlib reads from files only
            file = Files.createTempFile("planscreen-", ".hwpx");
            Files.write(file, content);
            HWPXFile hwpx = HWPXReader.fromFile(file.toFile());
            return new HwpxWalk(hwpx, limits).run().build(DocumentType.HWPX, VERSION);
        } catch (PlanScreenException e) {
            throw e;
        } catch (Exception e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        } finally {
            delete(file);
        }
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
