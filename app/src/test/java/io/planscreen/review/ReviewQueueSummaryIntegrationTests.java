package io.planscreen.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.FieldExtraction;
import io.planscreen.extraction.FindingCounts;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParseSummary;
import io.planscreen.review.Reviews.QueueFilter;
import io.planscreen.review.Reviews.QueueItem;
import io.planscreen.scoring.BrokerScoring;
import io.planscreen.scoring.BrokerSummary;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.ReuseSummary;
import io.planscreen.similarity.TextReuse;
import io.planscreen.support.PipelineUploads;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review queue ranks from compact per-application summaries each module reads in bulk, never from
 * the whole stored evidence (parse, extraction, reuse report, assessment) of every application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewQueueSummaryIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Reviews reviews;

    @Autowired
    DocumentParsing parsing;

    @Autowired
    FieldExtraction extraction;

    @Autowired
    TextReuse reuse;

    @Autowired
    BrokerScoring scoring;

    @Test
    void summaries_read_in_bulk_equal_the_figures_of_the_full_stored_evidence_of_real_screened_applications() {
        TestUsers users = new TestUsers(accounts);
        List<ApplicationId> ids = new ArrayList<>();
        for (String region : List.of("서울특별시", "부산광역시", "대전광역시")) {
            TestUser applicant = users.applicant(users.company(region));
            ids.add(upload(applicant, PlanPdfs.psst("요약 " + region, TestUsers.randomValidBrn(), 2)));
        }
        ids.forEach(this::awaitScreened);

        Map<ApplicationId, ParseSummary> parses = parsing.parseSummaries(ids);
        Map<ApplicationId, FindingCounts> findings = extraction.findingCounts(ids);
        Map<ApplicationId, ReuseSummary> reports = reuse.reuseSummaries(ids);
        Map<ApplicationId, BrokerSummary> brokers = scoring.brokerSummaries(ids);

        assertThat(parses).containsOnlyKeys(ids);
        assertThat(findings).containsOnlyKeys(ids);
        assertThat(reports).containsOnlyKeys(ids);
        assertThat(brokers).containsOnlyKeys(ids);
        for (ApplicationId id : ids) {
            assertThat(parses.get(id))
                    .isEqualTo(ParseSummary.of(parsing.parsed(id).orElseThrow()));
            assertThat(findings.get(id))
                    .isEqualTo(FindingCounts.of(extraction.extracted(id).orElseThrow()));
            assertThat(reports.get(id))
                    .isEqualTo(ReuseSummary.of(reuse.report(id).orElseThrow()));
            assertThat(brokers.get(id))
                    .isEqualTo(BrokerSummary.of(scoring.assessment(id).orElseThrow()));
        }
        // an id nothing was stored for is simply absent, and no ids is no query
        ApplicationId unknown = ApplicationId.random();
        assertThat(reuse.reuseSummaries(List.of(unknown))).isEmpty();
        assertThat(parsing.parseSummaries(List.of())).isEmpty();
    }

    @Test
    void a_program_of_many_near_identical_plans_with_large_reuse_reports_queues_without_reading_the_reports() {
        ProgramId program = new ProgramId("queue-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        CompanyId company = new TestUsers(accounts).company("인천광역시");
        int applications = 80;
        String large = JsonMapper.builder().build().writeValueAsString(largeReport());
        List<ApplicationId> ids = new ArrayList<>();
        Map<ApplicationId, Double> similarity = new HashMap<>();
        for (int i = 0; i < applications; i++) {
            ApplicationId id = ReviewIntegrationTests.screened(jdbc, company, program.value());
            ids.add(id);
            similarity.put(id, 0.5 + i / (2.0 * applications));
        }
        // one report sent over, then copied in the database with each application's own max similarity
        jdbc.sql("insert into reuse_report (application_id, report_json) values (?, cast(? as jsonb))")
                .params(ids.get(0).value(), large)
                .update();
        for (ApplicationId id : ids.subList(1, ids.size())) {
            jdbc.sql("""
                            insert into reuse_report (application_id, report_json)
                            select ?, jsonb_set(report_json, '{maxSimilarity}', to_jsonb(cast(? as double precision)))
                            from reuse_report where application_id = ?""")
                    .params(id.value(), similarity.get(id), ids.get(0).value())
                    .update();
        }
        jdbc.sql("update reuse_report set report_json = jsonb_set(report_json, '{maxSimilarity}', "
                        + "to_jsonb(cast(? as double precision))) where application_id = ?")
                .params(similarity.get(ids.get(0)), ids.get(0).value())
                .update();
        try {
            CurrentUser evaluator = new CurrentUser("queue-evaluator", Role.EVALUATOR, null, Set.of(program));
            reviews.queue(evaluator, program, QueueFilter.open()); // warm (class loading, statement caches)

            long before = allocatedByThisThread();
            List<QueueItem> queue = reviews.queue(evaluator, program, QueueFilter.open());
            long queueBytes = allocatedByThisThread() - before;

            before = allocatedByThisThread();
            double checksum = 0;
            for (ApplicationId id : ids) {
                checksum += reuse.report(id).orElseThrow().maxSimilarity();
            }
            long wholeReportsBytes = allocatedByThisThread() - before;

            assertThat(queue).hasSize(applications);
            assertThat(queue)
                    .isSortedAccordingTo(
                            Comparator.comparingDouble(QueueItem::risk).reversed());
            for (QueueItem item : queue) {
                double expected = similarity.get(item.application().id());
                assertThat(item.maxReuse()).isEqualTo(expected);
                assertThat(item.signals()).containsExactly("text_reuse");
                assertThat(item.risk()).isEqualTo(0.25 * expected);
            }
            assertThat(checksum).isGreaterThan(0);
            // the whole queue allocates a small part of what reading the stored reports would, however large they are
            assertThat(queueBytes)
                    .as("queue allocated %d bytes, reading the reports whole %d", queueBytes, wholeReportsBytes)
                    .isLessThan(wholeReportsBytes / 5);
        } finally {
            jdbc.sql("delete from reuse_report where application_id = any(cast(string_to_array(?, ',') as uuid[]))")
                    .param(String.join(
                            ",", ids.stream().map(id -> id.value().toString()).toList()))
                    .update();
        }
    }

    @Test
    void the_queue_shows_each_applications_pending_referral_read_for_all_of_them_at_once() {
        ProgramId program = new ProgramId("queue-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
        CompanyId company = new TestUsers(accounts).company("광주광역시");
        ApplicationId referred = ReviewIntegrationTests.screened(jdbc, company, program.value());
        ApplicationId open = ReviewIntegrationTests.screened(jdbc, company, program.value());
        CurrentUser evaluator = new CurrentUser("queue-referrer", Role.EVALUATOR, null, Set.of(program));

        Reviews.Decision proposal = reviews.decide(evaluator, referred, ReviewOutcome.REFER, "같은 문단이 여러 회사에 있음");

        Map<ApplicationId, QueueItem> queue = new HashMap<>();
        reviews.queue(evaluator, program, QueueFilter.open())
                .forEach(item -> queue.put(item.application().id(), item));
        assertThat(queue).containsOnlyKeys(referred, open);
        assertThat(queue.get(referred).pending()).isEqualTo(proposal);
        assertThat(queue.get(open).pending()).isNull();
    }

    /** A report as the similarity stage stores it for a plan copied from many others: 20 paragraphs × 100 members. */
    private static ReuseReport largeReport() {
        String text = "당사는 인공지능 기반 불량 검출 솔루션을 개발하여 중소 제조기업의 품질 관리 비용을 30% 절감하고 " + "지역 협력사와 함께 2027년까지 해외 판로를 넓힙니다. ";
        List<ReuseReport.ReuseCluster> clusters = new ArrayList<>();
        List<ReuseReport.ReusedPassage> passages = new ArrayList<>();
        for (int paragraph = 0; paragraph < 20; paragraph++) {
            ReuseReport.Span span = new ReuseReport.Span(paragraph, 0, text.length());
            List<ReuseReport.Member> members = new ArrayList<>();
            for (int m = 0; m < 100; m++) {
                members.add(new ReuseReport.Member(
                        ApplicationId.random(), new ReuseReport.Span(m, 0, text.length()), text + m, 0.9));
            }
            clusters.add(new ReuseReport.ReuseCluster(span, text, members));
            passages.add(new ReuseReport.ReusedPassage(
                    paragraph, text, members.get(0).application(), 0, text, 0.9));
        }
        return new ReuseReport(0.9, 20, 20, passages, clusters, 100, 0);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private ApplicationId upload(TestUser applicant, byte[] pdf) {
        return PipelineUploads.upload(port, applicant, "startup-psst", pdf);
    }

    private void awaitScreened(ApplicationId id) {
        PipelineUploads.awaitScreened(jdbc, id);
    }
}
