package io.planscreen.parsing.internal;

import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlAdditionalText;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;
import kr.dogfoot.hwplib.object.bodytext.paragraph.text.HWPChar;
import org.jspecify.annotations.Nullable;

/**
 * HWP paragraphs as one string where the text has no structure of its own (a heading, a table cell, a hidden
 * comment): tabs as spaces, the text of text boxes and notes inline, as deep as the limits allow.
 */
final class HwpPlainText {

    private final ParseLimits limits;

    HwpPlainText(ParseLimits limits) {
        this.limits = limits;
    }

    /** Every paragraph's text joined by spaces. */
    String text(@Nullable ParagraphList paragraphs, int depth) {
        if (paragraphs == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Paragraph paragraph : paragraphs.getParagraphs()) {
            parts.add(text(paragraph, depth));
        }
        return String.join(" ", parts);
    }

    /** A paragraph's characters; tables are left to the caller. */
    String text(Paragraph paragraph, int depth) {
        if (paragraph.getText() == null) {
            return "";
        }
        List<Control> controls = paragraph.getControlList() == null ? List.of() : paragraph.getControlList();
        StringBuilder out = new StringBuilder();
        int control = 0;
        for (HWPChar ch : paragraph.getText().getCharList()) {
            switch (ch.getType()) {
                case Normal -> out.append((char) ch.getCode());
                case ControlChar -> {
                    if (ch.getCode() == HwpWalk.LINE_BREAK) {
                        out.append('\n');
                    }
                }
                case ControlInline -> {
                    if (ch.getCode() == HwpWalk.TAB) {
                        out.append(' ');
                    }
                }
                case ControlExtend -> {
                    Control target = control < controls.size() ? controls.get(control) : null;
                    control++;
                    if (target instanceof ControlAdditionalText ruby) {
                        out.append(RubyText.of(ruby));
                    } else if (target != null
                            && !(target instanceof ControlTable)
                            && depth < limits.maxNestingDepth()) {
                        for (ParagraphList part : HwpControlParts.of(target)) {
                            out.append(' ').append(text(part, depth + 1));
                        }
                    }
                }
            }
        }
        return HancomPrivateUse.toUnicode(out.toString());
    }
}
