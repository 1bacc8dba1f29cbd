package io.planscreen.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells protected files from broken ones, for intake (at upload) and parsing (again, for files stored
 * before): a file wrapped by a document-security (DRM) product, whose container no reader opens, and the
 * HWP 5 FileHeader's property bits (password, distribution document, DRM).
 */
public final class DocumentProtection {

    /** How far into a file DRM wrappers put their marker (their headers are a few hundred bytes). */
    static final int WRAPPER_HEADER = 4096;

    /**
     * Markers of DRM wrappers as they appear near the start of a wrapped file: MarkAny (Document SAFER)
     * names itself in its header; SoftCamp Document Security starts with SCDSA.
     */
    private static final String[] WRAPPER_MARKERS = {"markany", "document safer", "scdsa00"};

    /** HWP 5 FileHeader properties (HWP 5.0 file format, table 3). */
    static final int HWP_PASSWORD = 1 << 1;

    static final int HWP_DISTRIBUTION = 1 << 2;

    static final int HWP_DRM = 1 << 4;

    static final int HWP_CERTIFICATE_ENCRYPTED = 1 << 8;

    static final int HWP_CERTIFICATE_DRM = 1 << 10;

    private DocumentProtection() {}

    /** A DRM product's wrapper around the real document, recognised by its marker in the first bytes. */
    public static boolean drmWrapped(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, WRAPPER_HEADER), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String marker : WRAPPER_MARKERS) {
            if (head.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The refusal an HWP FileHeader's property bits call for, if any. */
    public static Optional<ProblemCode> hwpProperties(long properties) {
        if ((properties & (HWP_DRM | HWP_CERTIFICATE_DRM)) != 0) {
            return Optional.of(ProblemCode.DOCUMENT_DRM_PROTECTED);
        }
        if ((properties & (HWP_PASSWORD | HWP_CERTIFICATE_ENCRYPTED)) != 0) {
            return Optional.of(ProblemCode.DOCUMENT_ENCRYPTED);
        }
        if ((properties & HWP_DISTRIBUTION) != 0) {
            return Optional.of(ProblemCode.DOCUMENT_DISTRIBUTION_PROTECTED);
        }
        return Optional.empty();
    }

    /** The properties word of a FileHeader stream's first 40 bytes (little-endian at offset 36). */
    public static long hwpProperties(byte[] fileHeader) {
        if (fileHeader.length < 40) {
            return 0;
        }
        return (fileHeader[36] & 0xFFL)
                | (fileHeader[37] & 0xFFL) << 8
                | (fileHeader[38] & 0xFFL) << 16
                | (fileHeader[39] & 0xFFL) << 24;
    }
}
