package io.planscreen.ml.forms;

import io.planscreen.ml.plan.PlanText;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A filled form as an office suite exports it to PDF (Hancom's and LibreOffice's habits, not the project's own
 * PDF writer): merged cells (a label beside continuation rows spans them, a value spans the empty cells after
 * it), no outer left and right border, each border drawn on its own, horizontal ones as stroked lines and
 * vertical ones as hairline filled rectangles, Korean wrapped at any letter as Hancom does, text vertically
 * centred in its cell. Checks that the parser rebuilds real-world grids, not only the project's own.
 */
final class OfficeFormPdf {

    private static final float MARGIN = 56f;

    private static final float SIZE = 9.5f;

    private static final float LEADING = SIZE * 1.35f;

    private static final float PADDING = 3f;

    private final PDDocument document = new PDDocument();

    private final PDType0Font font;

    private final PDType0Font fallback; // circled letters (ⓐ) are not in NanumGothic

    private PDPageContentStream content;

    private float y;

    private OfficeFormPdf() throws IOException {
        font = PDType0Font.load(document, new File("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));
        fallback = PDType0Font.load(document, new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        newPage();
    }

    static byte[] render(PlanText plan) throws IOException {
        OfficeFormPdf pdf = new OfficeFormPdf();
        try (PDDocument document = pdf.document) {
            for (int s = 0; s < plan.sections().size(); s++) {
                PlanText.Section section = plan.sections().get(s);
                pdf.line(section.heading(), 13f);
                for (String paragraph : section.paragraphs()) {
                    for (String line : pdf.wrap(paragraph, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
                        pdf.line(line, 10f);
                    }
                }
                if (s == 0) { // where the templates put the 일반현황 tables
                    for (List<List<String>> table : plan.tables()) {
                        pdf.table(table);
                    }
                }
            }
            pdf.content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void line(String text, float size) throws IOException {
        room(size * 1.6f);
        y -= size * 1.6f;
        show(text, size, MARGIN, y);
    }

    private void table(List<List<String>> rows) throws IOException {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        float width = (PDRectangle.A4.getWidth() - 2 * MARGIN) / columns;
        y -= 8;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            boolean continues = r > 0 && row.get(0).isBlank(); // the label above spans this row
            List<int[]> spans = spans(row, columns);
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int[] span : spans) {
                List<String> cell = wrap(row.get(span[0]), width * (span[1] - span[0]) - 2 * PADDING);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * LEADING + 2 * PADDING + 2;
            room(height);
            float top = y;
            float bottom = y - height;
            // the top border, except over a label cell this row continues
            stroke(MARGIN + (continues ? width : 0), top, MARGIN + columns * width, top);
            for (int i = 0; i < spans.size(); i++) {
                int[] span = spans.get(i);
                float left = MARGIN + span[0] * width;
                if (span[0] > 0) {
                    content.addRect(left - 0.25f, bottom, 0.5f, height);
                    content.fill();
                }
                List<String> cell = wrapped.get(i);
                float textTop = top - (height - cell.size() * LEADING) / 2;
                for (int l = 0; l < cell.size(); l++) {
                    show(cell.get(l), SIZE, left + PADDING, textTop - (l + 1) * LEADING + SIZE * 0.3f);
                }
            }
            y = bottom;
        }
        stroke(MARGIN, y, MARGIN + columns * width, y);
        y -= 10;
    }

    /** Each cell with text (or the first) and the empty cells after it: [first column, end column). */
    private static List<int[]> spans(List<String> row, int columns) {
        List<int[]> spans = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            String cell = c < row.size() ? row.get(c) : "";
            boolean mergeable = !spans.isEmpty() && cell.isBlank() && c > 1 && trailingEmpty(row, c, columns);
            if (mergeable) {
                spans.get(spans.size() - 1)[1] = c + 1;
            } else {
                spans.add(new int[] {c, c + 1});
            }
        }
        return spans;
    }

    private static boolean trailingEmpty(List<String> row, int from, int columns) {
        for (int c = from; c < columns; c++) {
            if (c < row.size() && !row.get(c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Hancom's wrap for Korean: a line breaks at whichever letter reaches the edge, inside a word or not. */
    private List<String> wrap(String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (width(line.toString() + c) * SIZE > max && !line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(c);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private void stroke(float x0, float y0, float x1, float y1) throws IOException {
        content.setLineWidth(0.4f);
        content.moveTo(x0, y0);
        content.lineTo(x1, y1);
        content.stroke();
    }

    private void show(String text, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (int i = 0; i < text.length(); ) {
            PDType0Font run = fontFor(text.charAt(i));
            int end = i + 1;
            while (end < text.length() && fontFor(text.charAt(end)) == run) {
                end++;
            }
            content.setFont(run, size);
            content.showText(text.substring(i, end));
            i = end;
        }
        content.endText();
    }

    private PDType0Font fontFor(char c) {
        try {
            font.encode(String.valueOf(c));
            return font;
        } catch (IllegalArgumentException | IOException e) {
            return fallback;
        }
    }

    /** The text's width in ems. */
    private float width(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += fontFor(text.charAt(i)).getStringWidth(String.valueOf(text.charAt(i)));
        }
        return width / 1000f;
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            content.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
