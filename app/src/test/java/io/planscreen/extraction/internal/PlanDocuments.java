package io.planscreen.extraction.internal;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a plan the way a parser would report it: sections of paragraphs and tables in one text, with
 * sections, tables, blocks (one per paragraph) and hidden spans at the right offsets. The real parsers
 * are built elsewhere; extraction only needs a faithful {@link ParsedDocument}.
 */
final class PlanDocuments {

    private final StringBuilder text = new StringBuilder();

    private final List<ParsedDocument.Section> sections = new ArrayList<>();

    private final List<ParsedDocument.Table> tables = new ArrayList<>();

    private final List<ParsedDocument.TextBlock> blocks = new ArrayList<>();

    private final List<ParsedDocument.HiddenText> hidden = new ArrayList<>();

    private int page = 1;

    private int sectionIndex = -1;

    private int headingStart;

    private int bodyStart;

    static PlanDocuments plan() {
        return new PlanDocuments();
    }

    PlanDocuments page(int number) {
        this.page = number;
        return this;
    }

    PlanDocuments section(String heading, SectionKind kind) {
        closeSection();
        headingStart = text.length();
        text.append(heading).append('\n');
        bodyStart = text.length();
        sections.add(new ParsedDocument.Section(heading, null, 1, kind, page, headingStart, bodyStart, bodyStart));
        sectionIndex = sections.size() - 1;
        return this;
    }

    PlanDocuments paragraph(String paragraph) {
        int start = text.length();
        text.append(paragraph).append("\n\n");
        blocks.add(new ParsedDocument.TextBlock(page, start, start + paragraph.length(), null));
        return this;
    }

    /** Text that is in the document but not visible (white text, tiny font, ...). */
    PlanDocuments hidden(String paragraph, ParsedDocument.HiddenKind kind) {
        int start = text.length();
        text.append(paragraph).append("\n\n");
        hidden.add(new ParsedDocument.HiddenText(kind, page, start, start + paragraph.length(), paragraph, null));
        return this;
    }

    /** Rows of cells, written one row a line with cells separated by " | " as text extractors do. */
    PlanDocuments table(List<List<String>> rows) {
        int start = text.length();
        for (List<String> row : rows) {
            text.append(String.join(" | ", row)).append('\n');
        }
        int end = text.length();
        text.append('\n');
        tables.add(new ParsedDocument.Table(page, start, end, rows));
        blocks.add(new ParsedDocument.TextBlock(page, start, end, null));
        return this;
    }

    ParsedDocument build() {
        closeSection();
        List<ParsedDocument.Page> pages = new ArrayList<>();
        for (int p = 1; p <= page; p++) {
            pages.add(new ParsedDocument.Page(p, 595, 842, false, false));
        }
        return new ParsedDocument(
                DocumentType.PDF, "test-layout", text.toString(), pages, blocks, sections, tables, hidden, List.of());
    }

    private void closeSection() {
        if (sectionIndex >= 0) {
            ParsedDocument.Section s = sections.get(sectionIndex);
            sections.set(
                    sectionIndex,
                    new ParsedDocument.Section(
                            s.heading(),
                            s.number(),
                            s.level(),
                            s.kind(),
                            s.page(),
                            s.headingStart(),
                            s.start(),
                            text.length()));
            sectionIndex = -1;
        }
    }
}
