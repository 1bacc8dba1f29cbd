package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The labels a program's definition gives its fields, as the extractors use them: every label and synonym of
 * every plan field, which are weak (prose needs a colon) or table-only, and which name a period. Nothing here
 * knows a field key or a label: it all comes from the definition.
 */
final class ProgramLabels {

    /**
     * A label of one field.
     *
     * @param period the label names a period whose start is {@code key} and whose end is {@code end}
     */
    record Label(String text, String key, boolean period, String end, boolean weak, boolean tableOnly) {}

    private static final Map<ProgramDefinition, ProgramLabels> CACHE = new ConcurrentHashMap<>();

    private final ProgramDefinition program;

    private final List<Label> all;

    private ProgramLabels(ProgramDefinition program) {
        this.program = program;
        List<Label> out = new ArrayList<>();
        for (FieldSpec f : program.fields()) {
            if (!f.fromPlan()) {
                continue;
            }
            Set<String> weak = lower(f.weakLabels());
            Set<String> texts = new LinkedHashSet<>();
            texts.add(f.labelKo());
            texts.add(f.labelEn());
            texts.addAll(f.labels());
            texts.addAll(f.weakLabels());
            for (String t : texts) {
                out.add(new Label(t, f.key(), false, null, weak.contains(t.toLowerCase(Locale.ROOT)), false));
            }
            for (String t : f.tableLabels()) {
                out.add(new Label(t, f.key(), false, null, true, true));
            }
            if (f.period() != null) {
                Set<String> periodWeak = lower(f.period().weakLabels());
                Set<String> periodTexts = new LinkedHashSet<>(f.period().labels());
                periodTexts.addAll(f.period().weakLabels());
                for (String t : periodTexts) {
                    out.add(new Label(
                            t,
                            f.key(),
                            true,
                            f.period().end(),
                            periodWeak.contains(t.toLowerCase(Locale.ROOT)),
                            false));
                }
            }
        }
        this.all = List.copyOf(out);
    }

    static ProgramLabels of(ProgramDefinition program) {
        if (CACHE.size() > 64) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(program, ProgramLabels::new);
    }

    /** Labels that may start a value in running text (not the table-only ones). */
    List<Label> prose() {
        return all.stream().filter(l -> !l.tableOnly()).toList();
    }

    List<Label> table() {
        return all;
    }

    /** The label texts that end a value running on ("... 대표자 김민준" stops before "대표자"). */
    List<String> stops() {
        return prose().stream()
                .map(Label::text)
                .filter(t -> t.length() >= 2)
                .distinct()
                .toList();
    }

    /** The label a table cell holds: the cell is the label, perhaps with a unit or qualifier after it. */
    Optional<Label> ofCell(String cell) {
        String compact = compact(cell);
        if (compact.isEmpty() || compact.length() > 30) {
            return Optional.empty();
        }
        Label best = null;
        int bestLength = 0;
        for (Label label : all) {
            String l = compact(label.text());
            if (l.isEmpty()) {
                continue;
            }
            boolean match = compact.equals(l)
                    || compact.startsWith(l)
                            && rest(compact, l)
                            && (compact.length() - l.length() <= 10 || "([（".indexOf(compact.charAt(l.length())) >= 0);
            if (match && l.length() > bestLength) {
                best = label;
                bestLength = l.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** What may follow a label inside its own cell: a unit or a qualifier in brackets, a colon, a marker. */
    private static boolean rest(String compact, String label) {
        String rest = compact.substring(label.length());
        return rest.matches("[(\\[（].*|[:：].*|[A-Z]|\\([A-Z+=\\-]+\\)|원|\\*");
    }

    static String compact(String s) {
        return s.replaceAll("[\\s·ㆍ*※]", "").toLowerCase(Locale.ROOT);
    }

    /** The plan sections where a field is usually stated (none: anywhere, no preference). */
    Set<SectionKind> sections(String key) {
        return program.field(key)
                .map(f -> f.sections().stream()
                        .filter(s -> Arrays.stream(SectionKind.values())
                                .anyMatch(k -> k.name().equals(s)))
                        .map(SectionKind::valueOf)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** The field's own labels, its period's labels, the Korean label first (what the LLM's sections are chosen by). */
    List<String> labelsOf(String key) {
        List<String> out = new ArrayList<>();
        for (Label l : all) {
            if (!l.tableOnly() && (l.key().equals(key) || key.equals(l.end()))) {
                out.add(l.text());
            }
        }
        return out;
    }

    private static Set<String> lower(List<String> labels) {
        return labels.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
