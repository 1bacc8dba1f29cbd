package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application screened before V5_5 has its reuse rows but no whole-plan signature: the start-up
 * backfill adds the one the similarity stage would have stored, from the stored parsed document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanSignatureBackfillIntegrationTests {

    @Autowired
    PlanSignatureBackfill backfill;

    @Autowired
    TextReuseService reuse;

    @Autowired
    DocumentParsing parsing;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gives_an_application_stored_before_the_plan_signature_the_one_the_similarity_stage_computes()
            throws Exception {
        // the start-up run is over before this test changes anything behind its back
        assertThat(backfill.startupRun().get(60, TimeUnit.SECONDS)).isPresent();

        Random random = new Random(System.nanoTime());
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            paragraphs.add(own(random));
        }
        ApplicationId application = ApplicationId.random();
        CompanyId company = new CompanyId(UUID.randomUUID());
        ProgramId program = new ProgramId("backfill-" + Long.toString(System.nanoTime(), 36));
        storeParsed(application, parse(paragraphs));
        // what the similarity stage does for this application
        PlanText plan = PlanTexts.from(parsing.parsed(application).orElseThrow());
        reuse.compute(application, company, program, plan);
        byte[] stored = signature(application);
        assertThat(stored).isEqualTo(PlanSignature.of(plan.paragraphs()).toBytes());
        assertThat(place("reuse_plan_signature", application)).isEqualTo(place("reuse_plan", application));

        // as if stored before V5_5: reuse rows, no signature
        jdbc.update("delete from reuse_plan_band where application_id = ?", application.value());
        jdbc.update("delete from reuse_plan_signature where application_id = ?", application.value());
        CompanyId other = new CompanyId(UUID.randomUUID());
        assertThat(reuse.preview(plan, other).similarPlan()).isNotEqualTo(application);
        assertThat(reuse.preview(plan, other, program).planNeighbour1()).isZero();

        PlanSignatureBackfill.Result first = backfill.run();

        assertThat(first.backfilled()).isGreaterThanOrEqualTo(1);
        assertThat(signature(application)).isEqualTo(stored);
        assertThat(companyOfSignature(application)).isEqualTo(company.value());
        // the plan's program and store time, not the backfill's: it joins the neighbourhood pool where it was stored
        assertThat(place("reuse_plan_signature", application)).isEqualTo(place("reuse_plan", application));
        assertThat(reuse.preview(plan, other, program).planNeighbour1()).isEqualTo(1.0);
        assertThat(bandRows(application)).isEqualTo(PlanSignature.BANDS);
        ReuseReport found = reuse.preview(plan, other);
        assertThat(found.similarPlan()).isEqualTo(application);
        assertThat(found.planSimilarity()).isEqualTo(1.0);
        // the application's own company is never evidence against it, backfilled or not
        assertThat(reuse.preview(plan, company).similarPlan()).isNotEqualTo(application);

        PlanSignatureBackfill.Result second = backfill.run();

        assertThat(second.backfilled()).isZero();
        assertThat(signature(application)).isEqualTo(stored);
        assertThat(bandRows(application)).isEqualTo(PlanSignature.BANDS);
    }

    @Test
    void skips_an_application_whose_parsed_document_is_gone_and_adds_nothing_for_it() {
        ApplicationId application = ApplicationId.random();
        reuse.compute(
                application,
                new CompanyId(UUID.randomUUID()),
                new ProgramId("backfill-gone-" + Long.toString(System.nanoTime(), 36)),
                new PlanText(
                        "ko",
                        "PSST",
                        List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", List.of(own(new Random())))),
                        List.of()));
        jdbc.update("delete from reuse_plan_band where application_id = ?", application.value());
        jdbc.update("delete from reuse_plan_signature where application_id = ?", application.value());

        PlanSignatureBackfill.Result result = backfill.run();

        assertThat(result.withoutDocument()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reuse_plan_signature where application_id = ?",
                        Integer.class,
                        application.value()))
                .isZero();
        assertThat(bandRows(application)).isZero();
    }

    @Test
    void two_instances_running_it_at_once_add_each_signature_once() throws Exception {
        Random random = new Random(System.nanoTime());
        ProgramId program = new ProgramId("backfill-twice-" + Long.toString(System.nanoTime(), 36));
        List<ApplicationId> applications = new ArrayList<>();
        for (int a = 0; a < 12; a++) {
            ApplicationId application = ApplicationId.random();
            storeParsed(application, parse(List.of(own(random), own(random))));
            reuse.compute(
                    application,
                    new CompanyId(UUID.randomUUID()),
                    program,
                    PlanTexts.from(parsing.parsed(application).orElseThrow()));
            jdbc.update("delete from reuse_plan_band where application_id = ?", application.value());
            jdbc.update("delete from reuse_plan_signature where application_id = ?", application.value());
            applications.add(application);
        }

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var one = pool.submit(backfill::run);
            var two = pool.submit(backfill::run);
            PlanSignatureBackfill.Result a = one.get(60, TimeUnit.SECONDS);
            PlanSignatureBackfill.Result b = two.get(60, TimeUnit.SECONDS);
            assertThat(a.failed() + b.failed()).isZero();
            assertThat(a.backfilled() + b.backfilled()).isGreaterThanOrEqualTo(applications.size());
        } finally {
            pool.shutdown();
        }
        for (ApplicationId application : applications) {
            assertThat(signature(application))
                    .isEqualTo(ReuseFinder.planSignature(
                                    PlanTexts.from(parsing.parsed(application).orElseThrow()))
                            .toBytes());
            assertThat(bandRows(application)).isEqualTo(PlanSignature.BANDS);
        }
    }

    private ParsedDocument parse(List<String> paragraphs) {
        PlanText plan = new PlanText(
                "ko", "PSST", List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)), List.of());
        return parsing.parse(PlanRenderers.render(plan, RenderOptions.plain(Format.DOCX)), DocumentType.DOCX);
    }

    /** As the pipeline's parse step stores it (parsing's repository is internal to its module). */
    private void storeParsed(ApplicationId application, ParsedDocument document) {
        jdbc.update(
                "insert into parsed_document (application_id, parser_version, input_sha256, needs_ocr, hidden_spans, document) "
                        + "values (?, ?, ?, ?, ?, cast(? as jsonb))",
                application.value(),
                document.parserVersion(),
                "0".repeat(64),
                document.needsOcr(),
                document.hiddenText().size(),
                json.writeValueAsString(document));
    }

    private byte[] signature(ApplicationId application) {
        return jdbc.queryForObject(
                "select signature from reuse_plan_signature where application_id = ?",
                byte[].class,
                application.value());
    }

    private UUID companyOfSignature(ApplicationId application) {
        return jdbc.queryForObject(
                "select company_id from reuse_plan_signature where application_id = ?",
                UUID.class,
                application.value());
    }

    /** The row's program and store time in the given table (the signature's must be its plan's). */
    private String place(String table, ApplicationId application) {
        return jdbc.queryForObject(
                "select program_id || ' ' || stored_at from " + table + " where application_id = ?",
                String.class,
                application.value());
    }

    private int bandRows(ApplicationId application) {
        return jdbc.queryForObject(
                "select count(*) from reuse_plan_band where application_id = ?", Integer.class, application.value());
    }

    private static String own(Random random) {
        return TextReuseIntegrationTests.own(random);
    }
}
