package io.planscreen.parsing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlEndnote;
import kr.dogfoot.hwplib.object.bodytext.control.ControlFooter;
import kr.dogfoot.hwplib.object.bodytext.control.ControlFootnote;
import kr.dogfoot.hwplib.object.bodytext.control.ControlHeader;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlArc;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlContainer;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlCurve;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlEllipse;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlPolygon;
import kr.dogfoot.hwplib.object.bodytext.control.gso.ControlRectangle;
import kr.dogfoot.hwplib.object.bodytext.control.gso.GsoControl;
import kr.dogfoot.hwplib.object.bodytext.control.gso.textbox.TextBox;
import kr.dogfoot.hwplib.object.bodytext.paragraph.ParagraphList;

/**
 * The paragraph lists an HWP control holds besides tables: headers and footers, footnotes and endnotes, and
 * for drawing objects their caption and text box, through groups of objects. hwplib gives each shape class its
 * own text box getter, hence the type switch.
 */
final class HwpControlParts {

    /** Groups nest; a hostile file could nest them without end. */
    private static final int MAX_GROUP_DEPTH = 16;

    private HwpControlParts() {}

    static List<ParagraphList> of(Control control) {
        List<ParagraphList> parts = new ArrayList<>();
        if (control instanceof ControlHeader header) {
            parts.add(header.getParagraphList());
        } else if (control instanceof ControlFooter footer) {
            parts.add(footer.getParagraphList());
        } else if (control instanceof ControlFootnote footnote) {
            parts.add(footnote.getParagraphList());
        } else if (control instanceof ControlEndnote endnote) {
            parts.add(endnote.getParagraphList());
        } else if (control instanceof GsoControl shape) {
            shapeParts(shape, parts, 0);
        }
        parts.removeIf(Objects::isNull);
        return parts;
    }

    private static void shapeParts(GsoControl shape, List<ParagraphList> parts, int depth) {
        if (depth > MAX_GROUP_DEPTH) {
            return;
        }
        TextBox box = null;
        if (shape instanceof ControlRectangle r) {
            box = r.getTextBox();
        } else if (shape instanceof ControlEllipse e) {
            box = e.getTextBox();
        } else if (shape instanceof ControlPolygon p) {
            box = p.getTextBox();
        } else if (shape instanceof ControlArc a) {
            box = a.getTextBox();
        } else if (shape instanceof ControlCurve c) {
            box = c.getTextBox();
        }
        if (box != null) {
            parts.add(box.getParagraphList());
        }
        if (shape.getCaption() != null) {
            parts.add(shape.getCaption().getParagraphList());
        }
        if (shape instanceof ControlContainer container && container.getChildControlList() != null) {
            for (GsoControl child : container.getChildControlList()) {
                shapeParts(child, parts, depth + 1);
            }
        }
    }
}
