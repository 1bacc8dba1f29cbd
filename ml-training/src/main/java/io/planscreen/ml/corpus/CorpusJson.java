package io.planscreen.ml.corpus;

import io.planscreen.ml.plan.PlanText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSONL line of a plan (snake_case keys, fixed key order) and its reading back. */
public final class CorpusJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            .build();

    private CorpusJson() {}

    public static String line(CorpusPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("split", p.split());
        m.put("label", p.label());
        m.put("agency", p.agency());
        m.put("agency_name", p.agencyName());
        m.put("broker_sections", p.brokerSections());
        m.put("hard_negative", p.hardNegative());
        m.put("language", p.language());
        m.put("template", p.template());
        m.put("template_year", p.templateYear());
        m.put("program", p.program());
        Company c = p.company();
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("id", c.id());
        company.put("name_ko", c.nameKo());
        company.put("name_en", c.nameEn());
        company.put("brn", c.brn());
        company.put("representative_ko", c.representativeKo());
        company.put("representative_en", c.representativeEn());
        company.put("founded_on", c.foundedOn().toString());
        company.put("region", c.region().name());
        company.put("capital_area", c.region().capitalArea());
        company.put("address_ko", c.addressKo());
        company.put("address_en", c.addressEn());
        company.put("industry_ksic", c.industryKsic());
        company.put("size", c.size());
        company.put("revenue_krw", c.revenueKrw());
        company.put("employees", c.employees());
        company.put("tech_area", c.techArea());
        company.put("email", c.email());
        company.put("phone", c.phone());
        m.put("company", company);
        m.put("gold", p.gold());
        m.put("surface", p.surface());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("language", p.plan().language());
        plan.put("template", p.plan().template());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PlanText.Section s : p.plan().sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("heading", s.heading());
            section.put("kind", s.kind());
            section.put("paragraphs", s.paragraphs());
            sections.add(section);
        }
        plan.put("sections", sections);
        plan.put("tables", p.plan().tables());
        m.put("plan", plan);
        return MAPPER.writeValueAsString(m);
    }

    /** Reads the "plan" object of a line back into a PlanText. */
    public static PlanText planText(JsonNode plan) {
        List<PlanText.Section> sections = new ArrayList<>();
        for (JsonNode s : plan.get("sections")) {
            List<String> paragraphs = new ArrayList<>();
            s.get("paragraphs").forEach(n -> paragraphs.add(n.asString()));
            sections.add(new PlanText.Section(
                    s.get("heading").asString(), s.get("kind").asString(), paragraphs));
        }
        List<List<List<String>>> tables = new ArrayList<>();
        for (JsonNode t : plan.get("tables")) {
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode r : t) {
                List<String> cells = new ArrayList<>();
                r.forEach(cell -> cells.add(cell.asString()));
                rows.add(cells);
            }
            tables.add(rows);
        }
        return new PlanText(
                plan.get("language").asString(), plan.get("template").asString(), sections, tables);
    }

    public static JsonNode parse(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a corpus line: " + e.getOriginalMessage(), e);
        }
    }
}
