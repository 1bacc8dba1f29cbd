package io.planscreen.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.PipelineStage;
import io.planscreen.screening.PipelineStep;
import io.planscreen.screening.StepResult;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import java.net.http.HttpRequest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker against the real job table: workers are built here, each on a lane of its own, so the
 * service's own worker (and the real steps) never touch these jobs and the steps can count executions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PipelineWorkerIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JobRepository jobs;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccounts accounts;

    private final String lane = "test-" + UUID.randomUUID();

    private final List<PipelineWorker> started = new ArrayList<>();

    private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();

    private CompanyId company;

    @BeforeEach
    void setUp() {
        company = new TestUsers(accounts).company("부산광역시");
    }

    @AfterEach
    void stopWorkers() {
        started.forEach(PipelineWorker::stop);
    }

    @Test
    void a_job_claimed_by_an_instance_that_died_resumes_after_its_lease_expires() throws Exception {
        ApplicationId id = newJob();
        assertThat(jobs.claim("instance-that-died", lane, 10, Duration.ofMillis(1500)))
                .extracting(JobRepository.Claimed::application)
                .containsExactly(id);

        start(countingSteps("survivor", Duration.ZERO), Duration.ofSeconds(5), 5, Duration.ofMillis(100), 2);

        Thread.sleep(700);
        assertThat(executions)
                .as("nobody runs a job whose lease is still valid")
                .isEmpty();
        assertThat(status(id)).isEqualTo(ApplicationStatus.RECEIVED);

        awaitStatus(id, ApplicationStatus.SCREENED, Duration.ofSeconds(15));
        assertEveryStageRanOnce(List.of(id));
        assertThat(history(id))
                .containsExactly(
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.PARSED,
                        ApplicationStatus.EXTRACTED,
                        ApplicationStatus.SCORED,
                        ApplicationStatus.SCREENED);
    }

    @Test
    void a_job_whose_instance_hangs_mid_step_is_taken_over_and_the_late_finisher_changes_nothing() throws Exception {
        ApplicationId id = newJob();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PipelineStep hanging = new PipelineStep() {
            @Override
            public PipelineStage stage() {
                return PipelineStage.PARSE;
            }

            @Override
            public StepResult run(ApplicationId application) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return StepResult.done();
            }
        };
        PipelineWorker dying = start(List.of(hanging), Duration.ofSeconds(1), 5, Duration.ofMillis(100), 1);
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        start(countingSteps("survivor", Duration.ZERO), Duration.ofSeconds(5), 5, Duration.ofMillis(100), 1);
        awaitStatus(id, ApplicationStatus.SCREENED, Duration.ofSeconds(15));

        release.countDown();
        dying.stop();
        assertThat(status(id)).isEqualTo(ApplicationStatus.SCREENED);
        assertEveryStageRanOnce(List.of(id));
        assertThat(history(id))
                .as("the hung instance's late success is refused: no second PARSED")
                .containsExactly(
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.PARSED,
                        ApplicationStatus.EXTRACTED,
                        ApplicationStatus.SCORED,
                        ApplicationStatus.SCREENED);
    }

    @Test
    void two_instances_on_one_database_run_every_stage_of_every_job_exactly_once() {
        List<ApplicationId> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(newJob());
        }
        start(countingSteps("one", Duration.ofMillis(3)), Duration.ofSeconds(30), 5, Duration.ofMillis(100), 3);
        start(countingSteps("two", Duration.ofMillis(3)), Duration.ofSeconds(30), 5, Duration.ofMillis(100), 3);

        for (ApplicationId id : ids) {
            awaitStatus(id, ApplicationStatus.SCREENED, Duration.ofSeconds(60));
        }

        assertEveryStageRanOnce(ids);
        assertThat(workedBy("one")).as("instance one took part").isPositive();
        assertThat(workedBy("two")).as("instance two took part").isPositive();
        for (ApplicationId id : ids) {
            assertThat(history(id)).hasSize(5);
        }
    }

    @Test
    void while_uploads_arrive_fewer_jobs_run_at_once_and_all_of_them_run_after() {
        AtomicInteger current = new AtomicInteger();
        AtomicInteger mostWhileReceiving = new AtomicInteger();
        AtomicInteger mostAfter = new AtomicInteger();
        long[] windowEnd = {0};
        PipelineStep parse = step(PipelineStage.PARSE, application -> {
            int now = current.incrementAndGet();
            (System.nanoTime() - windowEnd[0] < 0 ? mostWhileReceiving : mostAfter).accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                current.decrementAndGet();
            }
            return StepResult.done();
        });
        Duration window = Duration.ofMillis(1500);
        PipelineWorker worker = new PipelineWorker(
                jobs,
                List.of(parse),
                new ScreeningProperties(
                        true,
                        3,
                        Duration.ofMillis(25),
                        Duration.ofSeconds(30),
                        5,
                        Duration.ofMillis(100),
                        lane,
                        1,
                        window),
                transactions,
                events);
        started.add(worker);
        worker.start();
        windowEnd[0] = System.nanoTime() + window.toNanos();
        worker.received();
        assertThat(worker.workerLimit()).isEqualTo(1);
        List<ApplicationId> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ids.add(newJob());
        }

        for (ApplicationId id : ids) {
            awaitStatus(id, ApplicationStatus.SCREENED, Duration.ofSeconds(30));
        }
        assertThat(mostWhileReceiving)
                .as("one job at a time while uploads arrive")
                .hasValue(1);
        assertThat(mostAfter).as("all workers once the uploads stop").hasValueGreaterThan(1);
        assertThat(worker.workerLimit()).isEqualTo(3);
    }

    @Test
    void a_failing_stage_is_retried_with_growing_backoff_until_it_succeeds() {
        ApplicationId id = newJob();
        List<Instant> calls = new CopyOnWriteArrayList<>();
        PipelineStep flaky = step(PipelineStage.PARSE, application -> {
            calls.add(Instant.now());
            if (calls.size() < 3) {
                throw new TransientDataAccessResourceException("database of a neighbour briefly away");
            }
            return StepResult.done();
        });

        start(List.of(flaky), Duration.ofSeconds(10), 5, Duration.ofMillis(300), 1);
        awaitStatus(id, ApplicationStatus.SCREENED, Duration.ofSeconds(20));

        assertThat(calls).hasSize(3);
        assertThat(Duration.between(calls.get(0), calls.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(Duration.between(calls.get(1), calls.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(jobs.view(id).orElseThrow().problemCode()).isNull();
    }

    @Test
    void a_stage_that_keeps_failing_goes_to_the_dead_letter_and_an_admin_sends_it_back() {
        ApplicationId id = newJob();
        AtomicBoolean broken = new AtomicBoolean(true);
        AtomicInteger extractCalls = new AtomicInteger();
        PipelineStep extract = step(PipelineStage.EXTRACT, application -> {
            extractCalls.incrementAndGet();
            if (broken.get()) {
                throw new QueryTimeoutException("statement timeout under load");
            }
            return StepResult.done();
        });
        start(List.of(extract), Duration.ofSeconds(10), 2, Duration.ofMillis(100), 1);

        awaitStatus(id, ApplicationStatus.FAILED, Duration.ofSeconds(20));
        ApplicationView failed = jobs.view(id).orElseThrow();
        assertThat(failed.problemCode()).isEqualTo("pipeline.failed");
        assertThat(failed.nextStage()).isEqualTo(PipelineStage.EXTRACT);
        assertThat(extractCalls).hasValue(2);

        HttpTestClient http = new HttpTestClient(port);
        TestUsers users = new TestUsers(accounts);
        String admin = HttpTestClient.basic(users.admin().username(), TestUsers.PASSWORD);
        String evaluator = HttpTestClient.basic(users.evaluator("startup-psst").username(), TestUsers.PASSWORD);

        HttpTestClient.Response dead = http.get("/api/admin/pipeline/dead", "Authorization", admin);
        assertThat(dead.status()).isEqualTo(200);
        assertThat(dead.body())
                .contains(id.value().toString())
                .contains("EXTRACT: org.springframework.dao.QueryTimeoutException");

        assertThat(post(http, "/api/admin/pipeline/" + id.value() + "/retry", evaluator)
                        .status())
                .isEqualTo(403);

        broken.set(false);
        HttpTestClient.Response retried = post(http, "/api/admin/pipeline/" + id.value() + "/retry", admin);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("status").asString())
                .as("back to the status it had before the failed stage")
                .isIn("PARSED", "EXTRACTED", "SCORED", "SCREENED");

        awaitStatus(id, ApplicationStatus.SCREENED, Duration.ofSeconds(20));
        assertThat(extractCalls).hasValue(3);
        assertThat(history(id)).containsSubsequence(ApplicationStatus.FAILED, ApplicationStatus.PARSED);
        assertThat(post(http, "/api/admin/pipeline/" + id.value() + "/retry", admin)
                        .status())
                .as("only dead jobs can be retried")
                .isEqualTo(409);
    }

    @Test
    void a_document_the_database_refuses_is_rejected_at_once_and_not_retried() {
        ApplicationId id = newJob();
        AtomicInteger calls = new AtomicInteger();
        PipelineStep parse = step(PipelineStage.PARSE, application -> {
            calls.incrementAndGet();
            throw new DataIntegrityViolationException(
                    "insert into parsed_document",
                    new SQLException("ERROR: unsupported Unicode escape sequence", "22P05"));
        });
        start(List.of(parse), Duration.ofSeconds(10), 5, Duration.ofMillis(100), 1);

        awaitStatus(id, ApplicationStatus.REJECTED_INPUT, Duration.ofSeconds(20));
        assertThat(calls).hasValue(1);
        assertThat(jobs.view(id).orElseThrow().problemCode()).isEqualTo("document.unprocessable");
        assertThat(history(id)).doesNotContain(ApplicationStatus.FAILED);
    }

    @Test
    void a_stage_that_fails_the_same_way_twice_ends_as_rejected_input_not_failed() {
        ApplicationId id = newJob();
        AtomicInteger calls = new AtomicInteger();
        PipelineStep extract = step(PipelineStage.EXTRACT, application -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("index 7 out of bounds for length 7");
        });
        start(List.of(extract), Duration.ofSeconds(10), 5, Duration.ofMillis(100), 1);

        awaitStatus(id, ApplicationStatus.REJECTED_INPUT, Duration.ofSeconds(20));
        assertThat(calls).as("retried once, then known to be the document's").hasValue(2);
        assertThat(jobs.view(id).orElseThrow().problemCode()).isEqualTo("document.unprocessable");
    }

    @Test
    void retrying_from_the_dead_letter_restores_the_status_before_the_failed_stage() {
        assertThat(Arrays.stream(PipelineStage.values()).map(PipelineStage::statusBefore))
                .containsExactly(
                        ApplicationStatus.RECEIVED,
                        ApplicationStatus.PARSED,
                        ApplicationStatus.EXTRACTED,
                        ApplicationStatus.EXTRACTED,
                        ApplicationStatus.SCORED);
    }

    private HttpTestClient.Response post(HttpTestClient http, String path, String authorization) {
        return http.send(http.request(path)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private ApplicationId newJob() {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        jobs.create(id, company, new ProgramId("startup-psst"), "plan.pdf", Instant.now(), lane);
        return id;
    }

    private PipelineWorker start(
            List<PipelineStep> steps, Duration lease, int maxAttempts, Duration backoff, int threads) {
        PipelineWorker worker = new PipelineWorker(
                jobs,
                steps,
                new ScreeningProperties(
                        true,
                        threads,
                        Duration.ofMillis(25),
                        lease,
                        maxAttempts,
                        backoff,
                        lane,
                        1,
                        Duration.ofSeconds(2)),
                transactions,
                events);
        started.add(worker);
        worker.start();
        return worker;
    }

    private List<PipelineStep> countingSteps(String worker, Duration pause) {
        return Arrays.stream(PipelineStage.values())
                .map(stage -> step(stage, application -> {
                    executions
                            .computeIfAbsent(stage + "/" + application.value(), k -> new AtomicInteger())
                            .incrementAndGet();
                    executions
                            .computeIfAbsent("worker/" + worker, k -> new AtomicInteger())
                            .incrementAndGet();
                    if (!pause.isZero()) {
                        try {
                            Thread.sleep(pause.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return StepResult.done();
                }))
                .toList();
    }

    private int workedBy(String worker) {
        AtomicInteger count = executions.get("worker/" + worker);
        return count == null ? 0 : count.get();
    }

    private void assertEveryStageRanOnce(List<ApplicationId> ids) {
        for (ApplicationId id : ids) {
            for (PipelineStage stage : PipelineStage.values()) {
                assertThat(executions.get(stage + "/" + id.value()))
                        .as("%s of %s", stage, id)
                        .isNotNull()
                        .hasValue(1);
            }
        }
    }

    private static PipelineStep step(PipelineStage stage, java.util.function.Function<ApplicationId, StepResult> run) {
        return new PipelineStep() {
            @Override
            public PipelineStage stage() {
                return stage;
            }

            @Override
            public StepResult run(ApplicationId application) {
                return run.apply(application);
            }
        };
    }

    private ApplicationStatus status(ApplicationId id) {
        return jobs.view(id).orElseThrow().status();
    }

    private List<ApplicationStatus> history(ApplicationId id) {
        return jobs.view(id).orElseThrow().history().stream()
                .map(ApplicationView.StatusStep::status)
                .toList();
    }

    private void awaitStatus(ApplicationId id, ApplicationStatus expected, Duration timeout) {
        Predicate<ApplicationStatus> reached = expected::equals;
        long deadline = System.nanoTime() + timeout.toNanos();
        ApplicationStatus last = status(id);
        while (!reached.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(id + " stayed " + last + ", expected " + expected);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = status(id);
        }
    }
}
