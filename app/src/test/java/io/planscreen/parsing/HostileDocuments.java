package io.planscreen.parsing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;

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

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
