package io.planscreen.evaluation;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus plan that was not rendered to a file, as the parsed document a perfect parser would have
 * produced: headings, paragraphs and tables in reading order, sections with their canonical kinds. The
 * report counts how many items took this route and how many went through real parsing.
 */
final class PlanDocuments {

    static final String PARSER_VERSION = "evaluation-plantext-1";

    private PlanDocuments() {}

    static ParsedDocument of(PlanText plan) {
        StringBuilder text = new StringBuilder();
        List<ParsedDocument.TextBlock> blocks = new ArrayList<>();
        List<ParsedDocument.Section> sections = new ArrayList<>();
        for (PlanText.Section s : plan.sections()) {
            int headingStart = text.length();
            append(text, blocks, s.heading());
            int start = text.length();
            for (String paragraph : s.paragraphs()) {
                append(text, blocks, paragraph);
            }
            SectionKind kind = kindOf(s.kind());
            sections.add(new ParsedDocument.Section(s.heading(), null, 1, kind, 1, headingStart, start, text.length()));
        }
        List<ParsedDocument.Table> tables = new ArrayList<>();
        for (List<List<String>> rows : plan.tables()) {
            int start = text.length();
            for (List<String> row : rows) {
                append(text, blocks, String.join(" | ", row));
            }
            tables.add(new ParsedDocument.Table(1, start, text.length(), rows));
        }
        return new ParsedDocument(
                DocumentType.PDF,
                PARSER_VERSION,
                text.toString(),
                List.of(new ParsedDocument.Page(1, 595, 842, false, false)),
                blocks,
                sections,
                tables,
                List.of(),
                List.of());
    }

    private static void append(StringBuilder text, List<ParsedDocument.TextBlock> blocks, String paragraph) {
        int start = text.length();
        text.append(paragraph);
        blocks.add(new ParsedDocument.TextBlock(1, start, text.length(), null));
        text.append("\n\n");
    }

    private static SectionKind kindOf(String kind) {
        try {
            return SectionKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return SectionKind.OTHER;
        }
    }
}
