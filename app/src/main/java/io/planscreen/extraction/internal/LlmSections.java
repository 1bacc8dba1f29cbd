package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of a plan sent to the LLM: the visible text of the sections where the wanted fields are usually
 * stated (or that name one of their labels), each delimited as data, within the configured size.
 */
final class LlmSections {

    private final int maxChars;

    LlmSections(int maxChars) {
        this.maxChars = maxChars;
    }

    String of(
            ParsedDocument document,
            VisibleView view,
            ProgramDefinition program,
            List<FieldSpec> wanted,
            List<String> flags) {
        Set<SectionKind> kinds = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        boolean companyFacts = false;
        ProgramLabels programLabels = ProgramLabels.of(program);
        for (FieldSpec spec : wanted) {
            Set<SectionKind> usual = programLabels.sections(spec.key());
            kinds.addAll(usual);
            labels.addAll(programLabels.labelsOf(spec.key()));
            labels.add(spec.labelKo());
            companyFacts |= usual.isEmpty() || usual.contains(SectionKind.PSST_GENERAL);
        }
        kinds.remove(SectionKind.OTHER);
        String vis = view.text();
        StringBuilder out = new StringBuilder();
        if (document.sections().isEmpty()) {
            append(out, "", vis, flags);
            return out.toString();
        }
        int firstHeading = document.sections().stream()
                .mapToInt(ParsedDocument.Section::headingStart)
                .min()
                .orElse(0);
        if (companyFacts && firstHeading > 0) {
            append(out, "", vis.substring(0, view.visibleIndex(firstHeading)), flags);
        }
        int coveredUntil = -1;
        for (ParsedDocument.Section section : document.sections()) {
            if (section.headingStart() < coveredUntil) {
                continue;
            }
            String body = vis.substring(view.visibleIndex(section.headingStart()), view.visibleIndex(section.end()));
            String lower = body.toLowerCase(Locale.ROOT);
            boolean relevant = kinds.contains(section.kind())
                    || labels.stream().anyMatch(l -> lower.contains(l.toLowerCase(Locale.ROOT)));
            if (relevant) {
                append(out, section.heading(), body, flags);
                coveredUntil = section.end();
            }
        }
        return out.toString();
    }

    private void append(StringBuilder out, String heading, String body, List<String> flags) {
        String clean = body.replace("<", "‹").replace(">", "›").strip();
        if (clean.isEmpty()) {
            return;
        }
        int room = maxChars - out.length();
        if (room <= 0) {
            if (!flags.contains("llm_input_truncated")) {
                flags.add("llm_input_truncated");
            }
            return;
        }
        if (clean.length() > room) {
            clean = clean.substring(0, room);
            flags.add("llm_input_truncated");
        }
        out.append("<section title=\"")
                .append(heading.replace("\"", "'").replace("<", "‹").replace(">", "›"))
                .append("\">\n")
                .append(clean)
                .append("\n</section>\n");
    }
}
