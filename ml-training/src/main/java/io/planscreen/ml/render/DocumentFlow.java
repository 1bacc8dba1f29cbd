package io.planscreen.ml.render;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan laid out as the blocks every renderer writes in order. Tables go after the first section (where
 * the templates put the 일반현황 table); hidden injections after the paragraph they name.
 */
record DocumentFlow(List<Block> blocks) {

    sealed interface Block permits Heading, Paragraph, TableBlock, Hidden {}

    record Heading(String text) implements Block {}

    record Paragraph(String text) implements Block {}

    record TableBlock(List<List<String>> rows) implements Block {

        int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    record Hidden(HiddenInjection injection) implements Block {

        /** The text as it goes into the file: zero-width characters interleaved when that is the attack. */
        String payload() {
            return injection.kind() == HiddenInjection.Kind.ZERO_WIDTH_CHARACTERS
                    ? interleaveZeroWidth(injection.text())
                    : injection.text();
        }
    }

    static DocumentFlow of(PlanText plan, List<HiddenInjection> hidden) {
        List<Block> blocks = new ArrayList<>();
        int paragraphIndex = 0;
        int total = plan.paragraphs().size();
        hidden.stream().filter(h -> h.afterParagraph() < 0).map(Hidden::new).forEach(blocks::add);
        boolean tablesPlaced = false;
        for (PlanText.Section section : plan.sections()) {
            if (!section.heading().isBlank()) {
                blocks.add(new Heading(section.heading()));
            }
            for (String paragraph : section.paragraphs()) {
                blocks.add(new Paragraph(paragraph));
                int index = paragraphIndex++;
                hidden.stream()
                        .filter(h -> h.afterParagraph() == index)
                        .map(Hidden::new)
                        .forEach(blocks::add);
            }
            if (!tablesPlaced) {
                plan.tables().stream().map(TableBlock::new).forEach(blocks::add);
                tablesPlaced = true;
            }
        }
        if (!tablesPlaced) {
            plan.tables().stream().map(TableBlock::new).forEach(blocks::add);
        }
        hidden.stream()
                .filter(h -> h.afterParagraph() >= total)
                .map(Hidden::new)
                .forEach(blocks::add);
        return new DocumentFlow(List.copyOf(blocks));
    }

    /** A zero-width space between every character: reads the same, defeats phrase matching. */
    static String interleaveZeroWidth(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(cp -> {
            if (!out.isEmpty()) {
                out.append('\u200B');
            }
            out.appendCodePoint(cp);
        });
        return out.toString();
    }
}
