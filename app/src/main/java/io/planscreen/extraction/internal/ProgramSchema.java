package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.DocumentSpec;
import io.planscreen.extraction.ProgramDefinition.EligibilityRule;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.shared.Sha256;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads program YAML, checks a definition, and gives its canonical JSON and SHA-256. */
final class ProgramSchema {

    static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    static final Set<String> TYPES = Set.of(
            "text",
            "person",
            "brn",
            "date",
            "region",
            "ksic",
            "integer",
            "krw",
            "tech_area",
            "email",
            "phone",
            "choice");

    static final Set<String> VALIDATIONS = Set.of("brn_checksum", "positive", "within_period");

    static final Set<String> RULES = Set.of("max_age_years", "max", "min", "region_in");

    private ProgramSchema() {}

    static ProgramDefinition fromYaml(InputStream yaml) {
        Map<String, Object> tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Object> withVersion = new LinkedHashMap<>(tree);
        withVersion.putIfAbsent("version", 0);
        return CANONICAL.convertValue(withVersion, ProgramDefinition.class);
    }

    /** Canonical JSON of the definition without its version (what makes two versions "the same"). */
    static String canonicalJson(ProgramDefinition definition) {
        return CANONICAL.writeValueAsString(definition.withVersion(0));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** Everything wrong with a definition, in English for the admin (empty: valid). */
    static List<String> problems(ProgramDefinition p) {
        List<String> out = new ArrayList<>();
        if (p.id() == null || !p.id().matches("[a-z0-9][a-z0-9-]{1,62}")) {
            out.add("id must be lower-case letters, digits and hyphens");
        }
        if (blank(p.nameKo()) || blank(p.nameEn())) {
            out.add("nameKo and nameEn are required");
        }
        if (!List.of("PSST", "SMTECH", "OTHER").contains(p.template())) {
            out.add("template must be PSST, SMTECH or OTHER");
        }
        if (p.periodStart() == null || p.periodEnd() == null || p.periodEnd().isBefore(p.periodStart())) {
            out.add("periodStart and periodEnd are required, start before end");
        }
        if (p.budget() == null
                || p.budget().govShareMax() <= 0
                || p.budget().govShareMax() > 1
                || p.budget().govGrantMaxKrw() <= 0
                || p.budget().privateCashMinShare() < 0
                || p.budget().privateCashMinShare() > 1) {
            out.add("budget needs govShareMax in (0,1], govGrantMaxKrw > 0, privateCashMinShare in [0,1]");
        }
        if (p.fields() == null || p.fields().isEmpty()) {
            out.add("at least one field is required");
            return out;
        }
        Set<String> keys = new HashSet<>();
        for (FieldSpec f : p.fields()) {
            if (f.key() == null || !f.key().matches("[a-z][a-z0-9_]{0,62}")) {
                out.add("field " + f.key() + " needs a key of lower-case letters, digits and underscores");
                continue;
            }
            if (!keys.add(f.key())) {
                out.add("field " + f.key() + " appears twice");
            }
            if (!TYPES.contains(f.type())) {
                out.add("field " + f.key() + " has unknown type " + f.type());
            }
            if (blank(f.labelKo()) || blank(f.labelEn())) {
                out.add("field " + f.key() + " needs labelKo and labelEn");
            }
            if (f.validation() != null && !VALIDATIONS.contains(f.validation())) {
                out.add("field " + f.key() + " has unknown validation " + f.validation());
            }
            if ("choice".equals(f.type()) && f.options().size() < 2) {
                out.add("choice field " + f.key() + " needs at least two options");
            }
            if (f.unit() != null && !"krw".equals(f.type())) {
                out.add("field " + f.key() + " has a unit but is not an amount (krw)");
            }
            if (f.unit() != null && !f.unit().equals("원") && KrwAmounts.statedUnit("단위:" + f.unit()) <= 1) {
                out.add("field " + f.key() + " has an unknown unit " + f.unit() + " (원, 천원, 만원, 백만원, 억원)");
            }
            for (String s : f.sections()) {
                if (Arrays.stream(SectionKind.values()).noneMatch(k -> k.name().equals(s))) {
                    out.add("field " + f.key() + " names unknown section " + s);
                }
            }
        }
        for (FieldSpec f : p.fields()) {
            if (f.period() != null && !keys.contains(f.period().end())) {
                out.add("field " + f.key() + " ends its period with unknown field "
                        + f.period().end());
            }
        }
        Set<String> documents = new HashSet<>();
        for (DocumentSpec d : p.documents()) {
            if (blank(d.key()) || !documents.add(d.key())) {
                out.add("document keys must be present and unique: " + d.key());
            }
            if (blank(d.labelKo()) || blank(d.labelEn())) {
                out.add("document " + d.key() + " needs labelKo and labelEn");
            }
            for (String field : d.standInFields()) {
                if (!keys.contains(field)) {
                    out.add("document " + d.key() + " stands in with unknown field " + field);
                }
            }
        }
        for (EligibilityRule r : p.eligibility()) {
            if (!keys.contains(r.field())) {
                out.add("eligibility " + r.id() + " reads unknown field " + r.field());
            }
            if (!RULES.contains(r.rule())) {
                out.add("eligibility " + r.id() + " has unknown rule " + r.rule());
            } else if (!r.rule().equals("region_in") && !r.value().matches("\\d+(\\.\\d+)?")) {
                out.add("eligibility " + r.id() + " needs a number");
            }
        }
        int weights = p.rubric().stream()
                .mapToInt(ProgramDefinition.RubricCriterion::weight)
                .sum();
        if (!p.rubric().isEmpty() && weights != 100) {
            out.add("rubric weights must add up to 100 (now " + weights + ")");
        }
        for (ProgramDefinition.RubricCriterion c : p.rubric()) {
            for (String section : c.sections()) {
                if (Arrays.stream(SectionKind.values()).noneMatch(k -> k.name().equals(section))) {
                    out.add("rubric " + c.id() + " names unknown section " + section);
                }
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
