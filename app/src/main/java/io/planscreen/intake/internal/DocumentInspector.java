package io.planscreen.intake.internal;

import static io.planscreen.intake.internal.IntakeProblems.refuse;

import io.planscreen.shared.DocumentProtection;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PageGeometry;
import io.planscreen.shared.PopplerText;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is from its bytes alone (magic bytes and container structure) and checks it
 * against the limits before it is stored. The declared name is only used to refuse files whose name
 * claims another allowed format than the content is, and files valid as two formats at once (polyglots).
 */
@Component
class DocumentInspector {

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private static final String HWP_SIGNATURE = "HWP Document File";

    private final IntakeProperties limits;

    DocumentInspector(IntakeProperties limits) {
        this.limits = limits;
    }

    DocumentType inspect(byte[] content, String declaredName) {
        if (content.length == 0) {
            throw refuse(ProblemCode.DOCUMENT_MISSING, "empty file");
        }
        int pdfAt = pdfHeaderAt(content);
        boolean pdf = pdfAt >= 0;
        if (pdfAt > 0 && !blank(content, pdfAt)) {
            // another format's header before %PDF- (a GIF, a JPEG...): a file two programs read differently
            throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "polyglot: " + pdfAt + " bytes before the PDF header");
        }
        boolean ole = startsWith(content, OLE2);
        boolean zip = ZipInspection.u32(content, 0) == ZipInspection.LOCAL_HEADER;
        boolean zipTail = ZipInspection.hasZipTail(content);
        int formats = (pdf ? 1 : 0) + (ole ? 1 : 0) + (zip || zipTail ? 1 : 0);
        if (formats > 1) {
            throw refuse(
                    ProblemCode.DOCUMENT_UNSUPPORTED_TYPE,
                    "polyglot: pdf=" + pdf + " ole2=" + ole + " zip=" + (zip || zipTail));
        }
        DocumentType type;
        if (pdf) {
            type = DocumentType.PDF;
        } else if (ole) {
            type = DocumentType.HWP;
        } else if (zip) {
            type = zipType(content);
        } else if (DocumentProtection.drmWrapped(content)) {
            throw refuse(ProblemCode.DOCUMENT_DRM_PROTECTED, "wrapped by a DRM product");
        } else {
            throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "no known signature");
        }
        checkDeclaredName(declaredName, type);
        switch (type) {
            case PDF -> checkPdf(content);
            case HWP -> checkHwp(content);
            case HWPX, DOCX -> {
                // fully inspected by zipType
            }
        }
        return type;
    }

    private DocumentType zipType(byte[] content) {
        ZipInspection.Contents zip = new ZipInspection(
                        limits.maxArchiveEntries(), limits.maxUncompressedSize().toBytes(), limits.maxNestingDepth())
                .inspect(content);
        boolean hwpx = zip.has("mimetype") && zip.head("mimetype").equals(DocumentType.HWPX.mediaType());
        boolean docx = zip.has("word/document.xml") && zip.has("[Content_Types].xml");
        if (hwpx && docx) {
            throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "polyglot: both HWPX and DOCX");
        }
        if (hwpx) {
            return DocumentType.HWPX;
        }
        if (docx) {
            return DocumentType.DOCX;
        }
        throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "zip that is neither HWPX nor DOCX");
    }

    private void checkPdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(
                new RandomAccessReadBuffer(content),
                "",
                null,
                null,
                MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            int pages = PageGeometry.pageCount(document);
            if (pages <= 0) {
                secondReader(content, "pdf without pages");
                return;
            }
            if (pages > limits.maxPages()) {
                throw refuse(
                        ProblemCode.DOCUMENT_TOO_MANY_PAGES,
                        "pdf declares " + pages + " pages",
                        pages,
                        limits.maxPages());
            }
            PageGeometry.firstOversizePage(document, limits.maxPages()).ifPresent(args -> {
                throw refuse(ProblemCode.DOCUMENT_PAGE_TOO_LARGE, "pdf page " + args[0] + " too large", args);
            });
        } catch (InvalidPasswordException e) {
            throw refuse(ProblemCode.DOCUMENT_ENCRYPTED, "pdf needs a password");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof IntakeProblems.Refusal refusal) {
                throw refusal;
            }
            secondReader(content, "pdf: " + e);
        }
    }

    /** PDFBox cannot open it: accepted when poppler's pdftotext reads it (the parser will use it too). */
    private void secondReader(byte[] content, String reason) {
        if (PopplerText.pages(content, limits.maxPages(), limits.inspectionTimeout())
                .isEmpty()) {
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, reason);
        }
    }

    /** HWP 5: an OLE2 file whose FileHeader stream starts with the HWP signature; version 5.x only. */
    private void checkHwp(byte[] content) {
        byte[] header = new byte[40];
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryEntry root = fs.getRoot();
            if (!root.hasEntryCaseInsensitive("FileHeader")
                    || !(root.getEntryCaseInsensitive("FileHeader") instanceof DocumentEntry entry)
                    || entry.getSize() < header.length) {
                throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "ole2 without an HWP FileHeader");
            }
            try (InputStream in = new DocumentInputStream(entry)) {
                if (in.readNBytes(header, 0, header.length) < header.length) {
                    throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "hwp: short FileHeader");
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (e instanceof IntakeProblems.Refusal refusal) {
                throw refusal;
            }
            throw refuse(ProblemCode.DOCUMENT_UNREADABLE, "ole2: " + e);
        }
        String signature = new String(header, 0, HWP_SIGNATURE.length(), StandardCharsets.US_ASCII);
        if (!signature.equals(HWP_SIGNATURE)) {
            throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "ole2 that is not HWP (e.g. .doc, .xls)");
        }
        int major = header[35] & 0xFF;
        if (major != 5) {
            throw refuse(ProblemCode.DOCUMENT_UNSUPPORTED_TYPE, "hwp version " + major + " (only 5.x)");
        }
        long properties = DocumentProtection.hwpProperties(header);
        DocumentProtection.hwpProperties(properties).ifPresent(problem -> {
            throw refuse(problem, "hwp FileHeader properties 0x" + Long.toHexString(properties));
        });
    }

    private static void checkDeclaredName(String declaredName, DocumentType detected) {
        String name = declaredName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return;
        }
        String extension = name.substring(dot + 1);
        for (DocumentType type : DocumentType.values()) {
            if (type != detected && extension.equals(type.name().toLowerCase(Locale.ROOT))) {
                throw refuse(
                        ProblemCode.DOCUMENT_UNSUPPORTED_TYPE,
                        "polyglot: named ." + extension + " but the content is " + detected);
            }
        }
    }

    /** PDF readers accept the header within the first 1024 bytes, so a polyglot can hide it there. */
    private static int pdfHeaderAt(byte[] content) {
        byte[] marker = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int last = Math.min(content.length - marker.length, 1024);
        for (int i = 0; i <= last; i++) {
            if (matchesAt(content, marker, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(byte[] content, int end) {
        for (int i = 0; i < end; i++) {
            if (content[i] != ' ' && content[i] != '\t' && content[i] != '\r' && content[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && matchesAt(content, prefix, 0);
    }

    private static boolean matchesAt(byte[] content, byte[] marker, int at) {
        for (int j = 0; j < marker.length; j++) {
            if (content[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }
}
