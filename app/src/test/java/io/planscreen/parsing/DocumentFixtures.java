package io.planscreen.parsing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Test documents generated in code: a Korean PSST plan (NanumGothic) with one instance of every hidden-text
 * trick, an image-only scan, and hostile files (encrypted, truncated, bad xref, deep and cyclic object
 * graphs, a 100,000-page claim, polyglots, ZIP bombs built with java.util.zip).
 */
public final class DocumentFixtures {

    public static final File NANUM = new File("/usr/share/fonts/truetype/nanum/NanumGothic.ttf");

    public static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    public static final String RENDER_MODE_TEXT = "렌더모드 숨은 지시문";

    public static final String WHITE_TEXT = "흰색 숨은 지시문";

    public static final String TINY_TEXT = "초소형 숨은 지시문";

    public static final String OUTSIDE_TEXT = "페이지밖 숨은 지시문";

    public static final String WHITE_ON_BLACK = "검은바탕 흰글씨 제목";

    public static final String ZERO_WIDTH_TEXT = "Plan\u200B\u200Bscreen";

    private DocumentFixtures() {}

    /** A two-page PSST plan in Korean with a table and one hidden-text instance of each kind. */
    public static byte[] koreanPlanPdf() {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, NANUM);
            PDFont latin = PDType0Font.load(document, DEJAVU);
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(document, first)) {
                float y = 780;
                y = line(cs, font, 16, 60, y, "□ 일반현황");
                y -= 6;
                for (String[] row : new String[][] {{"기업명", "주식회사 플랜스크린"}, {"대표자", "홍길동"}, {"소재지", "서울특별시 강남구"}}) {
                    line(cs, font, 11, 60, y, row[0]);
                    y = line(cs, font, 11, 240, y, row[1]);
                }
                y -= 24;
                y = line(cs, font, 14, 60, y, "1. 문제 인식 (Problem)");
                y -= 4;
                y = line(cs, font, 11, 60, y, "국내 중소기업의 지원사업 신청 서류는 복잡하고 중복이 많다.");
                y = line(cs, font, 11, 60, y, "기업은 같은 내용을 여러 번 작성해야 한다.");
                // hidden: render mode 3 (invisible)
                cs.beginText();
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.setFont(font, 11);
                cs.newLineAtOffset(60, y - 16);
                cs.showText(RENDER_MODE_TEXT);
                cs.endText();
                cs.setRenderingMode(RenderingMode.FILL);
                y -= 32;
                // hidden: white on the white page
                cs.setNonStrokingColor(Color.WHITE);
                y = line(cs, font, 11, 60, y, WHITE_TEXT);
                cs.setNonStrokingColor(Color.BLACK);
                // visible: white on a black box
                cs.addRect(55, y - 20, 250, 18);
                cs.fill();
                cs.setNonStrokingColor(Color.WHITE);
                y = line(cs, font, 11, 60, y - 16, WHITE_ON_BLACK);
                cs.setNonStrokingColor(Color.BLACK);
                y -= 12;
                // hidden: 0.5 pt font
                y = line(cs, font, 0.5f, 60, y, TINY_TEXT);
                // hidden: outside the page box
                line(cs, font, 11, -400, y, OUTSIDE_TEXT);
                // hidden: zero-width characters (DejaVu has glyphs for them)
                y = line(cs, latin, 11, 60, y - 16, ZERO_WIDTH_TEXT);
            }
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(document, second)) {
                float y = 780;
                y = line(cs, font, 14, 60, y, "2. 실현 가능성 (Solution)");
                y = line(cs, font, 11, 60, y - 4, "문서 인식과 자동 입력으로 제출 서류를 절반 이하로 줄인다.");
                y = line(cs, font, 14, 60, y - 24, "3. 성장전략 (Scale-up)");
                y = line(cs, font, 11, 60, y - 4, "공공기관 대상 구독형 서비스로 매출을 확대한다.");
                y = line(cs, font, 14, 60, y - 24, "4. 팀 구성 (Team)");
                line(cs, font, 11, 60, y - 4, "대표자는 문서 처리 분야 10년 경력을 보유하고 있다.");
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain Korean plan with {@code pages} pages of body text (for size and page-count tests). */
    public static byte[] longPlanPdf(int pages) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, NANUM);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                    float y = 780;
                    y = line(cs, font, 14, 60, y, p + ". 개발내용 " + p);
                    for (int i = 0; i < 30; i++) {
                        y = line(cs, font, 10, 60, y, "본 과제는 인공지능 기반 문서 분석 기술을 개발하여 사업화한다. 문단 " + i);
                    }
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image-only page (no text layer) showing Korean and English words, as a scanner would produce. */
    public static byte[] scannedPdf() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font nanum = Font.createFont(Font.TRUETYPE_FONT, NANUM).deriveFont(56f);
            g.setFont(nanum);
            g.drawString("사업계획서", 120, 220);
            g.drawString("문제 인식", 120, 360);
            g.drawString("Business Plan", 120, 500);
            g.drawString("Problem and Solution", 120, 640);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException(e);
        } finally {
            g.dispose();
        }
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] encryptedPdf() {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(koreanPlanPdf())) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] truncatedPdf() {
        byte[] whole = koreanPlanPdf();
        return Arrays.copyOf(whole, whole.length / 3);
    }

    /** A valid PDF whose startxref points into nowhere (readers must rebuild the table). */
    public static byte[] invalidXrefPdf() {
        String pdf = new String(koreanPlanPdf(), StandardCharsets.ISO_8859_1);
        int at = pdf.lastIndexOf("startxref");
        String broken = pdf.substring(0, at) + "startxref\n987654\n%%EOF\n";
        return broken.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A page whose dictionary nests arrays {@code depth} deep. */
    public static byte[] deepObjectGraphPdf(int depth) {
        String deep = "[".repeat(depth) + "]".repeat(depth);
        return rawPdf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Deep " + deep + " >>",
                stream("BT /F1 12 Tf 72 720 Td (deep) Tj ET"));
    }

    /** A page drawing form 1, which draws form 2, ... down to form {@code depth}: a deep content graph. */
    public static byte[] formChainPdf(int depth) {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /XObject << /X 5 0 R >> >> >>");
        objects.add(stream("/X Do"));
        for (int i = 0; i < depth; i++) {
            int self = 5 + i;
            String next = i + 1 < depth ? " /Resources << /XObject << /X " + (self + 1) + " 0 R >> >>" : "";
            String content = i + 1 < depth ? "/X Do" : "BT ET";
            objects.add("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842]" + next + " /Length " + content.length()
                    + " >>\nstream\n" + content + "\nendstream");
        }
        return rawPdf(objects.toArray(String[]::new));
    }

    /** A page tree whose node lists itself as its own kid. */
    public static byte[] recursivePageTreePdf() {
        return rawPdf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                stream("BT 72 720 Td ET"));
    }

    /** One real page, a page tree that claims 100,000. */
    public static byte[] hundredThousandPagesPdf() {
        return rawPdf(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 100000 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                stream("BT ET"));
    }

    /** A PDF with a DOCX-shaped ZIP appended: valid as both. */
    public static byte[] pdfZipPolyglot() {
        byte[] pdf = koreanPlanPdf();
        byte[] zip = zip(List.of(
                entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                entry("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8))));
        byte[] out = Arrays.copyOf(pdf, pdf.length + zip.length);
        System.arraycopy(zip, 0, out, pdf.length, zip.length);
        return out;
    }

    /** A DOCX-shaped ZIP listing more entries than allowed. */
    public static byte[] docxWithTooManyEntries(int entries) {
        List<ZipItem> items = new ArrayList<>();
        items.add(entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));
        items.add(entry("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
        for (int i = items.size(); i < entries; i++) {
            items.add(entry("word/media/x" + i + ".xml", new byte[] {'x'}));
        }
        return zip(items);
    }

    /** An HWPX-shaped ZIP whose section declares (honestly) more uncompressed bytes than allowed. */
    public static byte[] hwpxBomb(long uncompressedBytes) {
        return zip(List.of(
                stored("mimetype", "application/hwp+zip".getBytes(StandardCharsets.US_ASCII)),
                new ZipItem("Contents/section0.xml", null, uncompressedBytes, false)));
    }

    /** A DOCX whose document.xml claims 1,000 bytes in the central directory but inflates to 8 MB. */
    public static byte[] docxLyingAboutSize() {
        byte[] zip = zip(List.of(
                entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new ZipItem("word/document.xml", null, 8L * 1024 * 1024, false)));
        String name = "word/document.xml";
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 + nameBytes.length <= zip.length; i++) {
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            int nameAt = central ? i + 46 : local ? i + 30 : -1;
            if (nameAt > 0 && Arrays.equals(Arrays.copyOfRange(zip, nameAt, nameAt + nameBytes.length), nameBytes)) {
                int sizeAt = central ? i + 24 : i + 22;
                zip[sizeAt] = (byte) 0xE8;
                zip[sizeAt + 1] = 0x03;
                zip[sizeAt + 2] = 0;
                zip[sizeAt + 3] = 0;
            }
        }
        return zip;
    }

    public record ZipItem(String name, byte[] content, long zeros, boolean stored) {}

    static ZipItem entry(String name, byte[] content) {
        return new ZipItem(name, content, 0, false);
    }

    static ZipItem stored(String name, byte[] content) {
        return new ZipItem(name, content, 0, true);
    }

    public static byte[] zip(List<ZipItem> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipItem item : items) {
                ZipEntry entry = new ZipEntry(item.name());
                if (item.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(item.content());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(item.content().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                if (item.content() != null) {
                    zip.write(item.content());
                } else {
                    byte[] block = new byte[1 << 20];
                    for (long left = item.zeros(); left > 0; left -= block.length) {
                        zip.write(block, 0, (int) Math.min(block.length, left));
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes objects 1..n with a correct cross-reference table; object 1 is the catalog. */
    public static byte[] rawPdf(String... objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append("%010d 00000 n \n".formatted(offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String stream(String content) {
        return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
    }

    private static float line(PDPageContentStream cs, PDFont font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
        return y - Math.max(size * 1.6f, 2f);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
