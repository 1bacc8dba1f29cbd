package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ExtractionResult.PaperworkReport;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.DocumentSpec;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Before: the company types every required field and attaches every required document. After: what the
 * plan (or a registry look-up) already supplies. The ratio is the share of required items the company
 * no longer provides itself.
 */
final class PaperworkReports {

    private PaperworkReports() {}

    /** @param registryAnswered registry look-ups that answered for this company (e.g. "nts-business-status") */
    static PaperworkReport report(
            ProgramDefinition program, List<ExtractedField> fields, Set<String> registryAnswered) {
        Map<String, ExtractedField> byKey =
                fields.stream().collect(Collectors.toMap(ExtractedField::key, Function.identity(), (a, b) -> a));
        List<PaperworkReport.Item> items = new ArrayList<>();
        for (FieldSpec spec : program.fields()) {
            if (!spec.required()) {
                continue;
            }
            ExtractedField field = byKey.get(spec.key());
            String source = field == null ? "company" : field.extractor().equals("registry") ? "registry" : "plan";
            items.add(new PaperworkReport.Item(spec.key(), "field", spec.labelKo(), spec.labelEn(), source));
        }
        for (DocumentSpec doc : program.documents()) {
            if (!doc.required()) {
                continue;
            }
            boolean byPlan = !doc.standInFields().isEmpty() && byKey.keySet().containsAll(doc.standInFields());
            boolean byRegistry = doc.registry() != null && registryAnswered.contains(doc.registry());
            String source = byPlan ? "plan" : byRegistry ? "registry" : "company";
            items.add(new PaperworkReport.Item(doc.key(), "document", doc.labelKo(), doc.labelEn(), source));
        }
        int satisfied =
                (int) items.stream().filter(i -> !i.source().equals("company")).count();
        double ratio = items.isEmpty() ? 0 : Math.round(satisfied * 1000.0 / items.size()) / 1000.0;
        return new PaperworkReport(items.size(), satisfied, ratio, items);
    }
}
