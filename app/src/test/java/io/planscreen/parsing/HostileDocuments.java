package io.planscreen.parsing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kr.dogfoot.hwplib.tool.blankfilemaker.BlankFileMaker;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files shaped like the real-world ones that broke the service (issue 18), built in code: a PDF whose
 * ToUnicode map turns a glyph into U+0000 and pages of absurd sizes.
 */
public final class HostileDocuments {

    private HostileDocuments() {}

    /** One page "A?B" where the middle glyph's ToUnicode entry is U+0000 (and another is U+0001). */
    public static byte[] pdfWithNulText() {
        String cmap = """
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CMapName /Nul def
                1 begincodespacerange <00> <FF> endcodespacerange
                4 beginbfchar
                <41> <0041>
                <42> <0042>
                <01> <0000>
                <02> <0001>
                endbfchar
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """;
        return pdfWithFont(cmap, "BT /F1 24 Tf 72 700 Td (A\u0001\u0002B plan) Tj ET");
    }

    private static byte[] pdfWithFont(String toUnicode, String content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setName(COSName.BASE_FONT, "Helvetica");
            PDStream map = new PDStream(document);
            try (OutputStream out = map.createOutputStream()) {
                out.write(toUnicode.getBytes(StandardCharsets.US_ASCII));
            }
            font.setItem(COSName.TO_UNICODE, map);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font));
            page.setResources(resources);
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(contents);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blank PDF whose pages are {@code points} square (a real PDF page may be up to 14,400 points). */
    public static byte[] pdfWithHugePages(int pages, float points) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(new PDRectangle(points, points)));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A blank HWP 5 file written by hwplib with one FileHeader property bit set (2: 배포용, 4: DRM). */
    public static byte[] hwpWithFileHeaderBit(int bit) {
        try {
            ByteArrayOutputStream hwp = new ByteArrayOutputStream();
            HWPWriter.toStream(BlankFileMaker.make(), hwp);
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(hwp.toByteArray()))) {
                byte[] header;
                try (InputStream in = fs.createDocumentInputStream("FileHeader")) {
                    header = in.readAllBytes();
                }
                header[36 + bit / 8] |= (byte) (1 << (bit % 8));
                fs.getRoot().createOrUpdateDocument("FileHeader", new ByteArrayInputStream(header));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                fs.writeFilesystem(out);
                return out.toByteArray();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A file shaped like a DRM wrapper (synthetic: no real wrapped sample is available): a text header
     * naming the product, then the document scrambled, so no container signature is left at the start.
     */
    public static byte[] markAnyWrapped(byte[] document) {
        byte[] header = "<!-- MarkAny Document SAFER v3.0 -->\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[512 + document.length];
        System.arraycopy(header, 0, out, 0, header.length);
        for (int i = 0; i < document.length; i++) {
            out[512 + i] = (byte) (document[i] ^ 0x5A);
        }
        return out;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
