package io.planscreen.ml.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as the features see it: visible text only (hidden text removed), in sections of paragraphs.
 * The corpus generator builds it directly; the service builds it from a parsed document, so training
 * and serving share one feature path.
 *
 * @param language "ko" or "en"
 * @param template "PSST", "SMTECH" or "OTHER"
 */
public record PlanText(String language, String template, List<Section> sections, List<List<List<String>>> tables) {

    public PlanText {
        sections = List.copyOf(sections);
        tables = List.copyOf(tables);
    }

    /**
     * @param kind the canonical section, e.g. "PSST_PROBLEM"; "OTHER" when not recognised
     */
    public record Section(String heading, String kind, List<String> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    public List<String> paragraphs() {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    }

    public String fullText() {
        return sections.stream()
                .map(s -> s.heading() + "\n" + String.join("\n", s.paragraphs()))
                .collect(Collectors.joining("\n\n"));
    }
}
