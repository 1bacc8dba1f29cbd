package io.planscreen.parsing.internal;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;

/**
 * Word documents through Apache POI, walked by {@link DocxWalk}: body paragraphs and tables in order; headings
 * by style (heading N, outline level) with Word's automatic numbers put back in front ("1. 문제 인식"), so
 * numbered and styled headings both reach the section detector; hidden runs (vanish, background colour,
 * under 1 pt).
 */
@Component
class DocxParser implements FormatParser {

    static final String VERSION = "docx-poi-5.4.1/1";

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    @Override
    public DocumentType type() {
        return DocumentType.DOCX;
    }

    @Override
    public ParsedDocument parse(byte[] content, ParseLimits limits) {
        if (startsWith(content, OLE2)) {
            // a password-protected .docx is an OLE2 container holding the encrypted package
            throw new PlanScreenException(ProblemCode.DOCUMENT_ENCRYPTED);
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return new DocxWalk(document, limits).run().build(DocumentType.DOCX, VERSION);
        } catch (PlanScreenException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_UNREADABLE, e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
