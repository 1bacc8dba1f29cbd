package io.planscreen.web;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.intake.Attachments;
import java.util.List;
import java.util.Locale;

/**
 * A required field or document the plan did not cover and no registry answered: the company still types
 * or attaches it.
 *
 * @param supplied the company has since attached a document of this kind or typed the field's value
 */
record MissingItem(String key, String kind, String label, boolean supplied) {

    static List<MissingItem> of(ExtractionResult extraction, List<Attachments.Attachment> attachments, Locale locale) {
        boolean korean = !"en".equals(locale.getLanguage());
        return extraction.paperwork().items().stream()
                .filter(item -> item.source().equals("company"))
                .map(item -> new MissingItem(
                        item.key(),
                        item.kind(),
                        korean ? item.labelKo() : item.labelEn(),
                        item.kind().equals("document")
                                ? attachments.stream()
                                        .anyMatch(a -> a.documentKey().equals(item.key()))
                                : extraction
                                        .field(item.key())
                                        .map(f -> f.correctedValue() != null)
                                        .orElse(false)))
                .toList();
    }

    public boolean document() {
        return kind.equals("document");
    }
}
