package io.planscreen.parsing.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Word's headings (an outline level on the paragraph, else a heading style or a style with an outline level,
 * through the style's parents) and the automatic list numbers Word prints in front of paragraphs, counted per
 * list as Word counts them. One per parse: the counters run through the document.
 */
final class DocxHeadings {

    /** Word's styles inherit; a style cycle in a hostile file must end. */
    private static final int MAX_STYLE_HOPS = 8;

    private final XWPFDocument document;

    private final Map<String, int[]> counters = new HashMap<>();

    DocxHeadings(XWPFDocument document) {
        this.document = document;
    }

    int level(XWPFParagraph paragraph) {
        Integer outline = outlineLevel(paragraph.getCTP().getPPr());
        if (outline != null) {
            return outline + 1;
        }
        String styleId = paragraph.getStyleID();
        for (int hop = 0; styleId != null && hop < MAX_STYLE_HOPS && document.getStyles() != null; hop++) {
            XWPFStyle style = document.getStyles().getStyle(styleId);
            if (style == null) {
                return FormattingSignals.headingLevel(styleId.replaceAll("(?i)heading(\\d)", "heading $1"));
            }
            int byName = FormattingSignals.headingLevel(style.getName());
            if (byName > 0) {
                return byName;
            }
            if (style.getCTStyle().getPPr() != null
                    && style.getCTStyle().getPPr().getOutlineLvl() != null) {
                int level = style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue();
                return level < 9 ? level + 1 : 0;
            }
            styleId = style.getBasisStyleID();
        }
        return 0;
    }

    /** Word's automatic list number as it prints ("1.", "가.", "Ⅱ."), counting like Word does. */
    @Nullable
    String listNumber(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null) {
            return null;
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        if (level < 0 || level > 8) {
            return null;
        }
        String format;
        String pattern;
        try {
            format = paragraph.getNumFmt();
            pattern = paragraph.getNumLevelText();
        } catch (RuntimeException malformedNumbering) {
            return null; // a broken numbering part costs the number, not the document
        }
        if (format == null || pattern == null) {
            return null;
        }
        int[] count = counters.computeIfAbsent(numId.toString(), k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        if (format.equals("bullet")) {
            return pattern.isBlank() ? null : pattern;
        }
        String out = pattern;
        for (int l = 0; l <= level; l++) {
            out = out.replace("%" + (l + 1), ListNumbers.format(format, Math.max(1, count[l])));
        }
        return out;
    }

    private static @Nullable Integer outlineLevel(@Nullable CTPPr pPr) {
        if (pPr == null || pPr.getOutlineLvl() == null) {
            return null;
        }
        int level = pPr.getOutlineLvl().getVal().intValue();
        return level < 9 ? level : null; // 9 is "body text"
    }
}
