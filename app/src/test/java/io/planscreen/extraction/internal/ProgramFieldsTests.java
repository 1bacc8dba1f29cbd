package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.parsing.ParsedDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A program whose fields exist only in its YAML: validated, and read by the offline extractor. */
class ProgramFieldsTests {

    static final String NDA = """
            id: nda-like
            nameKo: 비밀유지계약
            nameEn: Non-disclosure agreements
            template: OTHER
            periodStart: "1990-01-01"
            periodEnd: "2030-12-31"
            budget: {govShareMax: 1.0, govGrantMaxKrw: 1, privateCashMinShare: 0}
            fields:
              - {key: effective_date, type: date, labelKo: 효력발생일, labelEn: Effective date, required: true, fromPlan: true,
                 labels: [effective as of, dated as of, made as of], weakLabels: [dated]}
              - {key: jurisdiction, type: text, labelKo: 준거법, labelEn: Governing law, required: true, fromPlan: true,
                 labels: [governed by the laws of the State of, governed by the laws of, laws of the State of]}
              - {key: party, type: text, labelKo: 당사자, labelEn: Party, required: true, fromPlan: true,
                 labels: [by and between, between]}
              - {key: term, type: text, labelKo: 기간, labelEn: Term, required: false, fromPlan: true,
                 labels: [for a period of, term of this agreement shall be]}
            documents: []
            eligibility: []
            rubric: []
            """;

    static ProgramDefinition program(String yaml) {
        return ProgramSchema.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_program_may_define_fields_the_code_does_not_know() {
        assertThat(ProgramSchema.problems(program(NDA))).isEmpty();
    }

    @Test
    void its_fields_are_read_with_the_labels_it_gives() {
        ParsedDocument contract = PlanDocuments.plan()
                .paragraph("MUTUAL NON-DISCLOSURE AGREEMENT")
                .paragraph(
                        "This Agreement is made as of March 3, 2019 by and between Acme Robotics, Inc. and Beta Labs LLC.")
                .paragraph("This Agreement shall be governed by the laws of the State of Delaware.")
                .paragraph("The obligations continue for a period of three years.")
                .build();

        Map<String, String> got =
                OfflineExtractor.extract(contract, program(NDA), InjectionDetector.scan(contract)).stream()
                        .collect(Collectors.toMap(ExtractedField::key, ExtractedField::normalized));

        assertThat(got)
                .containsEntry("effective_date", "2019-03-03")
                .containsEntry("jurisdiction", "Delaware")
                .containsEntry("party", "Acme Robotics, Inc. and Beta Labs LLC")
                .containsEntry("term", "three years");
    }

    @Test
    void a_definition_with_a_bad_field_says_what_is_wrong() {
        String bad = NDA.replace("key: term, type: text", "key: Term!, type: text")
                .replace("key: party, type: text", "key: party, type: choice")
                .replace("key: jurisdiction, type: text", "key: jurisdiction, type: colour");

        assertThat(ProgramSchema.problems(program(bad)))
                .anyMatch(p -> p.contains("Term!"))
                .anyMatch(p -> p.contains("choice field party needs at least two options"))
                .anyMatch(p -> p.contains("unknown type colour"));
    }

    @Test
    void the_shipped_programs_are_valid() {
        for (String id : new String[] {"startup-psst", "smtech-rnd", "startup-leap-2025"}) {
            assertThat(ProgramSchema.problems(Plans.program(id))).as(id).isEmpty();
        }
    }
}
