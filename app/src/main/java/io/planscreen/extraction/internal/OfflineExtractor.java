package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.List;

/**
 * The embedded extractor: reads the fields a program defines, with the labels and types its definition gives,
 * from the visible text: tables as forms first ({@link TablePass}), then labels in prose ({@link ProsePass}),
 * then sentences about the company ({@link ProseSentences}). Deterministic (same document and version, same
 * result, bit for bit); hidden text and lines carrying instructions are never evidence. A document without
 * a template's sections in which fewer than {@link #MIN_LABELLED_FIELDS} of the program's fields are found
 * by their labels is not a plan of the program: it yields no fields.
 */
final class OfflineExtractor {

    static final String VERSION = "offline-2.0.0";

    static final String EXTRACTOR = "offline";

    static final int MIN_LABELLED_FIELDS = 3;

    private OfflineExtractor() {}

    static List<ExtractedField> extract(
            ParsedDocument document, ProgramDefinition program, List<InjectionDetector.Injection> injections) {
        ExtractionScan scan = new ExtractionScan(document, program, injections);
        ValueReaders readers = new ValueReaders(scan);
        new TablePass(scan, readers).run();
        new ProsePass(scan, readers).run();
        ProseSentences sentences = new ProseSentences(scan);
        sentences.run();
        long planFields = program.fields().stream()
                .filter(ProgramDefinition.FieldSpec::fromPlan)
                .count();
        boolean templateSections = document.sections().stream().anyMatch(s -> s.kind() != SectionKind.OTHER);
        if (!templateSections && scan.labelledFields() < Math.min(MIN_LABELLED_FIELDS, planFields)) {
            return List.of(); // not a plan of this program: nothing it says is asserted as a field
        }
        sentences.unlabelled();
        return scan.best();
    }

    /** A person's name has the shape of one: 2-5 Hangul syllables, or up to four capitalised words. */
    static boolean looksLikePersonName(String text) {
        return TextValues.looksLikePersonName(text);
    }

    /** Line breaks inside a paragraph as the blank they stand for, keeping every offset. */
    static String unwrapped(String text) {
        return ProsePass.unwrapped(text);
    }
}
