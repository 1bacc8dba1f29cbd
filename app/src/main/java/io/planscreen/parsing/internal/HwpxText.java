package io.planscreen.parsing.internal;

import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwpxlib.object.content.section_xml.ParaListCore;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Dutmal;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.TItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tc;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.table.Tr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.LineBreak;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.NormalText;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.t.Tab;
import org.jspecify.annotations.Nullable;

/**
 * HWPX text where it has no structure of its own (a heading, a table cell, a hidden comment), and tables as rows
 * of cells: a cell's paragraphs become its lines, and the tables inside a cell are handed back to be written as
 * tables of their own.
 */
final class HwpxText {

    private final ParseLimits limits;

    HwpxText(ParseLimits limits) {
        this.limits = limits;
    }

    List<List<String>> rows(Table table, List<Table> nested) {
        List<List<String>> rows = new ArrayList<>();
        for (Tr tr : table.trs()) {
            List<String> cells = new ArrayList<>();
            for (Tc tc : tr.tcs()) {
                List<String> lines = new ArrayList<>();
                if (tc.subList() != null) {
                    for (Para para : tc.subList().paras()) {
                        lines.add(plain(para, 1, nested).strip());
                    }
                }
                cells.add(String.join("\n", lines).strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Every paragraph's text joined by spaces; nested tables flattened, as deep as allowed. */
    String plain(ParaListCore paragraphs, int depth) {
        List<String> parts = new ArrayList<>();
        for (Para para : paragraphs.paras()) {
            parts.add(plain(para, depth, null));
        }
        return String.join(" ", parts);
    }

    /** A paragraph's text; nested tables are collected into {@code nested}, or flattened when it is null. */
    String plain(Para para, int depth, @Nullable List<Table> nested) {
        StringBuilder out = new StringBuilder();
        for (Run run : para.runs()) {
            for (RunItem item : run.runItems()) {
                if (item instanceof T t) {
                    out.append(of(t));
                } else if (item instanceof Dutmal ruby) {
                    out.append(RubyText.of(ruby));
                } else if (item instanceof Table table && nested != null) {
                    nested.add(table);
                } else if (item instanceof Table table && depth < limits.maxNestingDepth()) {
                    rows(table, new ArrayList<>()).forEach(r -> out.append(' ').append(String.join(" ", r)));
                }
            }
        }
        return out.toString();
    }

    /** A text element's characters (Hancom's private-use symbols as Unicode), its tabs and line breaks. */
    static String of(T t) {
        return HancomPrivateUse.toUnicode(raw(t));
    }

    private static String raw(T t) {
        if (t.isOnlyText()) {
            return t.onlyText() == null ? "" : t.onlyText();
        }
        StringBuilder out = new StringBuilder();
        if (t.countOfItems() == 0) {
            return "";
        }
        for (TItem item : t.items()) {
            if (item instanceof NormalText normal && normal.text() != null) {
                out.append(normal.text());
            } else if (item instanceof Tab) {
                out.append('\t');
            } else if (item instanceof LineBreak) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
