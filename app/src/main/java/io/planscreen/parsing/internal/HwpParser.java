package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentProtection;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import kr.dogfoot.hwplib.object.HWPFile;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

/**
 * Hangul 5.x binary documents through hwplib's record readers ({@link HwpFileReader}), walked by hand ({@link HwpWalk}): each paragraph's characters in
 * order, tables as rows of cells (hwplib's TextExtractor would run the cells together), the text of every
 * other part in place, headings by the 개요 N style, hidden text from character shapes and 숨은 설명. Password,
 * distribution and DRM documents are refused up front.
 */
@Component
class HwpParser implements FormatParser {

    // 2: Hancom private-use characters as Unicode; 3: read through HwpFileReader (same text, hostile files refused)
    static final String VERSION = "hwp-hwplib-1.1.10/3";

    @Override
    public DocumentType type() {
        return DocumentType.HWP;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        Optional<ProblemCode> protection = protection(content);
        if (protection.isPresent()) {
            throw new PlanScreenException(protection.get());
        }
        try {
            HWPFile file = HwpFileReader.read(content, limits.maxUncompressedBytes());
            return new HwpWalk(file, limits).run().build(DocumentType.HWP, VERSION);
        } catch (PlanScreenException e) {
            throw e;
        } catch (Exception e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        }
    }

    /**
     * The refusal the FileHeader stream's property bits call for (password, distribution document, DRM),
     * read before hwplib tries to inflate encrypted body streams.
     */
    static Optional<ProblemCode> protection(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (!fs.getRoot().hasEntry("FileHeader")) {
                return Optional.empty();
            }
            DocumentEntry header = (DocumentEntry) fs.getRoot().getEntry("FileHeader");
            try (InputStream in = fs.createDocumentInputStream(header.getName())) {
                return DocumentProtection.hwpProperties(DocumentProtection.hwpProperties(in.readNBytes(40)));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a readable container: hwplib will say so
        }
    }
}
