package io.planscreen.ml.writers;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a writer's paragraphs out as a PSST plan in the writer's look: headings numbered its way, sections
 * split at the form's sub-items when it does so, bullets, and the tables.
 */
final class PlanBuilder {

    private final HouseLook look;

    private final List<PlanText.Section> sections = new ArrayList<>();

    private final List<List<List<String>>> tables = new ArrayList<>();

    PlanBuilder(HouseLook look) {
        this.look = look;
    }

    void general(List<String> paragraphs) {
        sections.add(new PlanText.Section(
                Titles.generalHeading(look.numbering()), SectionKind.PSST_GENERAL.name(), bulleted(paragraphs)));
    }

    void section(Sentences.Topic topic, int number, List<String> paragraphs) {
        String kind = Titles.kind(topic).name();
        String heading = Titles.heading(topic, number, look.numbering());
        List<String> items = Titles.SUB_ITEMS.get(topic);
        if (!look.subsections() || items.size() < 2 || paragraphs.size() < 2) {
            sections.add(new PlanText.Section(heading, kind, bulleted(paragraphs)));
            return;
        }
        int split = (paragraphs.size() + 1) / 2;
        sections.add(new PlanText.Section(heading, kind, List.of()));
        sections.add(new PlanText.Section(
                Titles.subheading(number, 1, items.get(0), look.numbering()),
                kind,
                bulleted(paragraphs.subList(0, split))));
        sections.add(new PlanText.Section(
                Titles.subheading(number, 2, items.get(1), look.numbering()),
                kind,
                bulleted(paragraphs.subList(split, paragraphs.size()))));
    }

    void table(List<List<String>> table) {
        tables.add(table);
    }

    PlanText build() {
        return new PlanText("ko", "PSST", sections, tables);
    }

    private List<String> bulleted(List<String> paragraphs) {
        return paragraphs.stream()
                .map(p -> p.startsWith("※") || look.bullet().isEmpty() ? p : look.bullet() + p)
                .toList();
    }

    static String fill(String template, Map<String, String> slots) {
        return Korean.fill(template, slots);
    }
}
