package io.planscreen.parsing.internal;

import kr.dogfoot.hwplib.object.bodytext.control.ControlAdditionalText;
import kr.dogfoot.hwplib.object.etc.HWPString;
import kr.dogfoot.hwpxlib.object.common.baseobject.HasOnlyText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Dutmal;
import org.jspecify.annotations.Nullable;

/**
 * 덧말 (ruby): a base text shown with a smaller text above or below it, which HWP and HWPX keep in the control, not
 * in the paragraph's characters. Read in place as the base text with the annotation in parentheses, as a reader
 * would say it ("漢字(한자)").
 */
final class RubyText {

    private RubyText() {}

    static String of(ControlAdditionalText ruby) {
        HWPString main = ruby.getHeader().getMainText();
        HWPString sub = ruby.getHeader().getSubText();
        return of(main == null ? null : main.toUTF16LEString(), sub == null ? null : sub.toUTF16LEString());
    }

    static String of(Dutmal ruby) {
        HasOnlyText main = ruby.mainText();
        HasOnlyText sub = ruby.subText();
        return of(main == null ? null : main.text(), sub == null ? null : sub.text());
    }

    static String of(@Nullable String main, @Nullable String sub) {
        String base = main == null ? "" : HancomPrivateUse.toUnicode(main);
        if (sub == null || sub.isBlank()) {
            return base;
        }
        return base + "(" + HancomPrivateUse.toUnicode(sub.strip()) + ")";
    }
}
