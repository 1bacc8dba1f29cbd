package io.planscreen.selfassessment.internal;

import io.planscreen.shared.DocumentType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The format from the first bytes (never the name): PDF, HWP (OLE compound file), or a ZIP that is DOCX or HWPX. */
final class DocumentSniffer {

    private DocumentSniffer() {}

    static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F'})) {
            return Optional.of(DocumentType.PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return Optional.of(DocumentType.HWP);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return Optional.of(DocumentType.DOCX);
            }
            if (head.contains("hwp+zip") || head.contains("Contents/")) {
                return Optional.of(DocumentType.HWPX);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
