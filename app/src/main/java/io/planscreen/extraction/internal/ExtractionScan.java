package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document being read for one program: its visible text (hidden text and injected instructions masked),
 * the program's labels, and the values found so far. The passes (tables, prose, prose sentences) add
 * candidates; {@link #best()} keeps the most confident per field.
 */
final class ExtractionScan {

    /** A value found for a key, before the best one is chosen. */
    record Candidate(
            String key, String value, String normalized, int visibleStart, int visibleEnd, double confidence) {}

    final ParsedDocument document;

    final VisibleView view;

    final String vis;

    final ProgramDefinition program;

    final ProgramLabels labels;

    private final boolean[] masked;

    private final List<Candidate> candidates = new ArrayList<>();

    ExtractionScan(ParsedDocument document, ProgramDefinition program, List<InjectionDetector.Injection> injections) {
        this.document = document;
        this.program = program;
        this.labels = ProgramLabels.of(program);
        this.view = VisibleView.of(document);
        this.vis = view.text();
        this.masked = new boolean[vis.length() + 1];
        for (InjectionDetector.Injection injection : injections) {
            int from = view.visibleIndex(injection.start());
            int to = view.visibleIndex(injection.end());
            for (int i = from; i < to && i < masked.length; i++) {
                masked[i] = true;
            }
        }
    }

    boolean masked(int visibleOffset) {
        return visibleOffset < 0 || visibleOffset >= masked.length || masked[visibleOffset];
    }

    String typeOf(String key) {
        return program.field(key).map(FieldSpec::type).orElse("text");
    }

    void add(String key, int start, int end, String normalized, double confidence) {
        if (start < 0 || end > vis.length() || start >= end || masked[start]) {
            return;
        }
        double boosted = labels.sections(key).contains(sectionAt(start)) ? confidence + 0.03 : confidence;
        candidates.add(
                new Candidate(key, vis.substring(start, end).strip(), normalized, start, end, Math.min(0.99, boosted)));
    }

    /** How many values were found so far. */
    int count() {
        return candidates.size();
    }

    /** How many fields were read with a label (the prose sentences and unlabelled look-ups not counted). */
    long labelledFields() {
        return candidates.stream()
                .filter(c -> c.confidence() >= 0.8)
                .map(Candidate::key)
                .distinct()
                .count();
    }

    List<ExtractedField> best() {
        Map<String, Candidate> chosen = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            Candidate current = chosen.get(c.key());
            if (current == null
                    || c.confidence() > current.confidence()
                    || c.confidence() == current.confidence() && c.visibleStart() < current.visibleStart()) {
                chosen.put(c.key(), c);
            }
        }
        List<ExtractedField> out = new ArrayList<>();
        for (FieldSpec spec : program.fields()) {
            Candidate c = chosen.get(spec.key());
            if (c == null || !spec.fromPlan()) {
                continue;
            }
            int start = view.original(c.visibleStart());
            int end = view.originalEnd(c.visibleEnd());
            out.add(new ExtractedField(
                    c.key(),
                    c.value(),
                    c.normalized(),
                    pageAt(start),
                    c.value(),
                    start,
                    end,
                    Math.round(c.confidence() * 100) / 100.0,
                    OfflineExtractor.EXTRACTOR,
                    null));
        }
        return out;
    }

    SectionKind sectionAt(int visibleOffset) {
        int offset = view.original(visibleOffset);
        SectionKind kind = SectionKind.OTHER;
        int level = -1;
        for (ParsedDocument.Section s : document.sections()) {
            if (s.headingStart() <= offset && offset < s.end() && s.level() > level) {
                kind = s.kind();
                level = s.level();
            }
        }
        return kind;
    }

    /** Whether a visible offset lies inside a section heading ("4-1-1. 대표자역량" is a heading, not a value). */
    boolean inHeading(int visibleOffset) {
        int offset = view.original(visibleOffset);
        for (ParsedDocument.Section s : document.sections()) {
            if (s.headingStart() <= offset
                    && offset
                            < Math.max(s.start(), s.headingStart() + s.heading().length())) {
                return true;
            }
        }
        return false;
    }

    private int pageAt(int offset) {
        for (ParsedDocument.TextBlock block : document.blocks()) {
            if (block.start() <= offset && offset < block.end()) {
                return block.page();
            }
        }
        int page = 1;
        for (ParsedDocument.Section s : document.sections()) {
            if (s.headingStart() <= offset) {
                page = s.page();
            }
        }
        for (ParsedDocument.Table t : document.tables()) {
            if (t.start() <= offset && offset < t.end()) {
                page = t.page();
            }
        }
        return page;
    }
}
