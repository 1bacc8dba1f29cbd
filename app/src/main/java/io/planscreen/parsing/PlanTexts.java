package io.planscreen.parsing;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The bridge from a parsed document to what features and reuse see: visible text only, by section,
 * one paragraph per non-blank line group. Training builds {@link PlanText} directly from the corpus;
 * serving builds it here, so both meet in one feature path.
 */
public final class PlanTexts {

    private PlanTexts() {}

    public static PlanText from(ParsedDocument document) {
        List<PlanText.Section> sections = new ArrayList<>();
        String text = document.text();
        int cursor = 0;
        List<ParsedDocument.Section> all = document.sections();
        for (int i = 0; i < all.size(); i++) {
            ParsedDocument.Section section = all.get(i);
            if (section.headingStart() > cursor) {
                addSection(sections, "", SectionKind.OTHER, visible(document, cursor, section.headingStart()));
            }
            // A section's own body stops at the next heading: nested sub-sections are not counted twice.
            int end = section.end();
            if (i + 1 < all.size() && all.get(i + 1).headingStart() >= section.start()) {
                end = Math.min(end, all.get(i + 1).headingStart());
            }
            addSection(sections, section.heading(), section.kind(), visible(document, section.start(), end));
            cursor = Math.max(cursor, end);
        }
        if (cursor < text.length()) {
            addSection(sections, "", SectionKind.OTHER, visible(document, cursor, text.length()));
        }
        List<List<List<String>>> tables =
                document.tables().stream().map(ParsedDocument.Table::rows).toList();
        return new PlanText(language(document.visibleText()), template(document), sections, tables);
    }

    private static void addSection(List<PlanText.Section> out, String heading, SectionKind kind, String body) {
        List<String> paragraphs = paragraphs(body);
        if (!paragraphs.isEmpty() || !heading.isBlank()) {
            out.add(new PlanText.Section(heading, kind.name(), paragraphs));
        }
    }

    private static String visible(ParsedDocument document, int start, int end) {
        ParsedDocument slice = new ParsedDocument(
                document.type(),
                document.parserVersion(),
                withoutTables(document, start, end),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                document.hiddenText().stream()
                        .filter(h -> h.end() > start && h.start() < end)
                        .map(h -> new ParsedDocument.HiddenText(
                                h.kind(), h.page(), h.start() - start, h.end() - start, h.excerpt(), h.box()))
                        .toList(),
                List.of());
        return slice.visibleText();
    }

    /**
     * The text between the offsets with every table's cells turned into blank lines (same length, so hidden-text
     * offsets still hold): tables travel as tables ({@link PlanText#tables()}), as training's plans keep them, and
     * not as paragraphs. Read as paragraphs, a form's table labels and rows of figures made own-voice plans of one
     * call look reused by many companies (the second generator's 60-plan call, docs/broker-evidence.md).
     */
    private static String withoutTables(ParsedDocument document, int start, int end) {
        char[] slice = document.slice(start, end).toCharArray();
        for (ParsedDocument.Table table : document.tables()) {
            int from = Math.max(table.start(), start) - start;
            int to = Math.min(table.end(), end) - start;
            for (int i = Math.max(0, from); i < Math.min(to, slice.length); i++) {
                slice[i] = '\n';
            }
        }
        return new String(slice);
    }

    /** Paragraphs are separated by blank lines; single line breaks inside a paragraph are layout only. */
    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String block : body.split("\\n\\s*\\n")) {
            String joined = block.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isBlank()) {
                out.add(joined);
            }
        }
        return out;
    }

    private static String template(ParsedDocument document) {
        long psst = document.sections().stream()
                .filter(s -> s.kind().template().equals("PSST"))
                .count();
        long smtech = document.sections().stream()
                .filter(s -> s.kind().template().equals("SMTECH"))
                .count();
        if (psst == 0 && smtech == 0) {
            return "OTHER";
        }
        return psst >= smtech ? "PSST" : "SMTECH";
    }

    /** Korean when Hangul syllables are at least a fifth of the letters. */
    static String language(String text) {
        long hangul = 0;
        long letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                hangul++;
                letters++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters > 0 && hangul * 5 >= letters ? "ko" : "en";
    }
}
