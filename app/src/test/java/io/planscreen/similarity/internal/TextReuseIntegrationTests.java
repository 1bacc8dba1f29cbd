package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.MinHashSignature;
import io.planscreen.ml.reuse.PlanIndex;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TextReuseIntegrationTests {

    static final String BROKER = "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감하고, "
            + "2025년까지 국내 스마트공장 시장 점유율 5%를 달성하는 것을 목표로 합니다.";

    static final String BROKER_EDITED =
            "당사는 인공지능기반 불량검출 솔루션을 개발하여 중소 제조기업의 품질관리 비용을 40% 절감하고, " + "2026년까지 국내 스마트 공장 시장 점유율 7%를 달성하는 것을 목표로 한다.";

    private static final String SYLLABLES = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호";

    @Autowired
    TextReuseService reuse;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void finds_a_brokers_passage_in_other_companies_applications_but_not_the_programs_template() {
        ProgramId program = new ProgramId("reuse-" + Long.toString(System.nanoTime(), 36));
        String template = "※ 작성 요령: 본 항목에는 " + program.value() + " 사업의 추진 배경과 필요성, 국내외 시장 현황을 구체적으로 기재합니다.";
        // unique text: stored plans persist across runs and programs, so every run writes its own
        Random random = new Random(System.nanoTime());
        String broker = BROKER.substring(0, 30) + " " + own(random);
        String[] words = broker.split(" ");
        words[3] = "바뀐말";
        words[12] = "고친말";
        String brokerEdited = String.join(" ", words);
        List<ApplicationId> brokerClients = new ArrayList<>();
        for (int c = 0; c < 12; c++) {
            List<String> paragraphs = new ArrayList<>(List.of(template, own(random), own(random)));
            if (c < 3) {
                paragraphs.add(broker);
            }
            ApplicationId app = ApplicationId.random();
            reuse.compute(app, company(), program, plan(paragraphs));
            if (c < 3) {
                brokerClients.add(app);
            }
        }

        CompanyId newcomer = company();
        ApplicationId application = ApplicationId.random();
        PlanText plan = plan(List.of(template, own(random), brokerEdited));
        ReuseReport report = reuse.compute(application, newcomer, program, plan);

        assertThat(report.templateParagraphs()).isEqualTo(1);
        assertThat(report.paragraphsChecked()).isEqualTo(2);
        assertThat(report.paragraphsReused()).isEqualTo(1);
        assertThat(report.otherCompanies()).isEqualTo(3);
        assertThat(report.maxSimilarity()).isGreaterThan(0.6);
        assertThat(report.passages()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo(brokerEdited);
            assertThat(p.otherText()).isEqualTo(broker);
            assertThat(brokerClients).contains(p.otherApplication());
        });
        ReuseReport.ReuseCluster cluster = report.clusters().get(0);
        assertThat(cluster.members())
                .extracting(ReuseReport.Member::application)
                .containsExactlyInAnyOrderElementsOf(brokerClients);
        assertThat(cluster.span().paragraph()).isEqualTo(2);
        assertThat(cluster.span().end()).isGreaterThan(cluster.span().start());
        assertThat(reuse.report(application)).contains(report);

        // idempotent: running the stage again replaces, never duplicates
        reuse.compute(application, newcomer, program, plan);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reuse_paragraph where application_id = ?",
                        Integer.class,
                        application.value()))
                .isEqualTo(3);
        // one LSH band row per band of each non-template paragraph, not one more after the re-run
        assertThat(jdbc.queryForObject(
                        "select count(*) from reuse_band b join reuse_paragraph p on p.id = b.paragraph_id "
                                + "where p.application_id = ?",
                        Integer.class,
                        application.value()))
                .isEqualTo(2 * MinHashSignature.SIZE / MinHashSignature.ROWS_PER_BAND);

        // a self-check finds the same without storing anything
        ApplicationId unsaved = ApplicationId.random();
        ReuseReport preview = reuse.preview(plan(List.of(template, brokerEdited)), company(), program);
        assertThat(preview.paragraphsReused()).isEqualTo(1);
        assertThat(preview.otherCompanies()).isEqualTo(4);
        assertThat(reuse.report(unsaved)).isEmpty();

        // the company's own earlier applications are never evidence against it
        ReuseReport self = reuse.preview(plan(List.of(brokerEdited)), newcomer, program);
        assertThat(self.passages()).noneMatch(p -> p.otherApplication().equals(application));
    }

    @Test
    void finds_a_lightly_edited_passage_in_every_plan_that_shares_it_beyond_any_plan_level_candidate_limit() {
        // the plan-level HNSW stage returned at most 50 plans; the broker sold this passage to 60 companies
        // (in other programs and so not the newcomer's program template), each copy lightly edited
        Random random = new Random(System.nanoTime());
        // unique to this run: the shared test database keeps earlier runs' plans, which must not match
        String broker = "당사는 " + own(random) + " 시장 점유율 30% 달성 " + own(random);
        int clients = 60;
        List<ApplicationId> brokerClients = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            ProgramId program = new ProgramId("reuse-wide-" + (c % 6) + "-" + Long.toString(System.nanoTime(), 36));
            String[] words = broker.split(" ");
            words[1 + c % 10] = "변경" + (char) ('가' + c);
            ApplicationId app = ApplicationId.random();
            reuse.compute(app, company(), program, plan(List.of(own(random), String.join(" ", words), own(random))));
            brokerClients.add(app);
        }
        String[] words = broker.split(" ");
        words[4] = "새로운";
        words[15] = "고친말";
        String edited = String.join(" ", words).replace("30%", "35%");

        ProgramId program = new ProgramId("reuse-new-" + Long.toString(System.nanoTime(), 36));
        ReuseReport report =
                reuse.compute(ApplicationId.random(), company(), program, plan(List.of(own(random), edited)));

        assertThat(report.paragraphsChecked()).isEqualTo(2);
        assertThat(report.paragraphsReused()).isEqualTo(1);
        assertThat(report.otherCompanies()).isEqualTo(clients);
        assertThat(report.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.span().paragraph()).isEqualTo(1);
            assertThat(cluster.members())
                    .extracting(ReuseReport.Member::application)
                    .containsExactlyInAnyOrderElementsOf(brokerClients);
            assertThat(cluster.members()).allSatisfy(m -> assertThat(m.text()).startsWith("당사는"));
        });
    }

    @Test
    void finds_the_plan_a_newcomer_copied_as_a_whole_exactly_as_the_training_index_does() {
        // the whole-plan lookup is LSH (32 bands of 4): it finds a plan of similarity s with probability
        // 1 - (1 - s⁴)³². Three words reworded per 25-word paragraph gave s ≈ 0.54 and missed about one run in 19;
        // one word gives s ≈ 0.82 (missed about once in 10⁸ runs). A clock seed keeps each run's plans its own in
        // a test database that keeps earlier runs' plans (the whole-plan lookup spans programs).
        Random random = new Random(System.nanoTime());
        ProgramId program = new ProgramId("reuse-plan-" + Long.toString(System.nanoTime(), 36));
        List<String> source = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            source.add(own(random));
        }
        PlanIndex training = new PlanIndex();
        CompanyId sourceCompany = company();
        ApplicationId sourceApplication = ApplicationId.random();
        reuse.compute(sourceApplication, sourceCompany, program, plan(source));
        training.add(sourceApplication.toString(), sourceCompany.toString(), PlanSignature.of(source));
        for (int c = 0; c < 3; c++) {
            List<String> unrelated = List.of(own(random), own(random), own(random));
            CompanyId other = company();
            ApplicationId app = ApplicationId.random();
            reuse.compute(app, other, program, plan(unrelated));
            training.add(app.toString(), other.toString(), PlanSignature.of(unrelated));
        }
        // the broker's copy: every paragraph lightly reworded (one word)
        List<String> copy = new ArrayList<>();
        for (String paragraph : source) {
            String[] words = paragraph.split(" ");
            words[11] = "고친말";
            copy.add(String.join(" ", words));
        }
        CompanyId newcomer = company();
        ApplicationId application = ApplicationId.random();
        ReuseReport report = reuse.compute(application, newcomer, program, plan(copy));

        PlanReuse trained = training.find(PlanSignature.of(copy), newcomer.toString());
        assertThat(report.similarPlan()).isEqualTo(sourceApplication);
        assertThat(report.planSimilarity())
                .isEqualTo(PlanSignature.of(copy).similarity(PlanSignature.of(source)))
                .isGreaterThan(PlanReuse.SIMILAR_LEVEL);
        assertThat(report.similarPlans()).isEqualTo(1);
        assertThat(new PlanReuse(
                        report.planSimilarity(),
                        report.similarPlan().toString(),
                        report.similarPlans(),
                        report.planTop3Mean()))
                .isEqualTo(trained);
        // stored as JSON and read back without losing a digit (the broker features read it)
        assertThat(reuse.report(application)).contains(report);

        // idempotent: one signature and one row per band key, also after a re-run
        reuse.compute(application, newcomer, program, plan(copy));
        assertThat(jdbc.queryForObject(
                        "select count(*) from reuse_plan_signature where application_id = ?",
                        Integer.class,
                        application.value()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reuse_plan_band where application_id = ?",
                        Integer.class,
                        application.value()))
                .isEqualTo(PlanSignature.BANDS);

        // the source company's own plans are never evidence against it
        ReuseReport self = reuse.preview(plan(copy), sourceCompany, program);
        assertThat(self.similarPlan()).isEqualTo(application);
        ReuseReport alone = reuse.preview(plan(source), newcomer, program);
        assertThat(alone.similarPlan()).isEqualTo(sourceApplication);
    }

    static CompanyId company() {
        return new CompanyId(UUID.randomUUID());
    }

    static PlanText plan(List<String> paragraphs) {
        return new PlanText(
                "ko", "PSST", List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)), List.of());
    }

    /** A paragraph of random syllables: unique to the run (the test database keeps earlier runs' plans). */
    static String own(Random random) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 25; w++) {
            for (int c = 0; c < 3; c++) {
                s.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
            }
            s.append(' ');
        }
        return s.toString().strip();
    }
}
