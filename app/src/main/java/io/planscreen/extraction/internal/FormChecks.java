package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.Finding;
import io.planscreen.extraction.ExtractionResult.Severity;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.parsing.ParsedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * What a check of a filled program form finds beyond the fields: the form's ※ guidance still in the plan
 * (applicants are told to delete it) and placeholders left as printed (OOOOO, OO.OO.OO, 00백만원). Only for
 * programs with an official form (fields that say where they sit on it). Budget rules broken and items left to
 * the company are {@link FieldChecks}' findings.
 */
final class FormChecks {

    static final Set<String> CODES = Set.of("form_guidance_left", "form_placeholder_left");

    private FormChecks() {}

    static List<Finding> check(
            ParsedDocument document, ProgramDefinition program, MessageSource messages, Locale locale) {
        List<Finding> out = new ArrayList<>();
        if (program.fields().stream().noneMatch(f -> f.form() != null)) {
            return out;
        }
        List<String> guidance = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (String line : document.visibleText().split("\n")) {
            String l = line.strip();
            if (Placeholders.guidance(l)) {
                guidance.add(l);
            } else {
                for (String cell : l.split("\\s*\\|\\s*")) {
                    if (!cell.isBlank() && Placeholders.unfilled(cell)) {
                        placeholders.add(cell.strip());
                    }
                }
            }
        }
        if (!guidance.isEmpty()) {
            out.add(finding("form_guidance_left", guidance, messages, locale));
        }
        if (!placeholders.isEmpty()) {
            out.add(finding("form_placeholder_left", placeholders, messages, locale));
        }
        return out;
    }

    private static Finding finding(String code, List<String> lines, MessageSource messages, Locale locale) {
        String first = lines.get(0).length() > 120 ? lines.get(0).substring(0, 120) + "…" : lines.get(0);
        Object[] args = {lines.size(), first};
        return new Finding(
                code, Severity.WARNING, messages.getMessage("finding." + code, args, code, locale), List.of(), first);
    }
}
