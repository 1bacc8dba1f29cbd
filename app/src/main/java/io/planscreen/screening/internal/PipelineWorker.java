package io.planscreen.screening.internal;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationStatusChanged;
import io.planscreen.screening.PipelineStage;
import io.planscreen.screening.PipelineStep;
import io.planscreen.screening.StepResult;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProblemCode;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the job table: claims due jobs with a lease, runs their stages in order, and records the
 * outcome. Any number of instances can share one database: claiming uses FOR UPDATE SKIP LOCKED and a
 * job whose instance died is picked up again when its lease runs out.
 */
@Component
class PipelineWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PipelineWorker.class);

    private final JobRepository jobs;

    private final Map<PipelineStage, PipelineStep> steps = new EnumMap<>(PipelineStage.class);

    private final ScreeningProperties properties;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private final Semaphore capacity;

    private @Nullable ScheduledExecutorService poller;

    private @Nullable ExecutorService runners;

    private volatile boolean running;

    /** System.nanoTime() until which this instance counts as receiving uploads. */
    private volatile long receivingUntil = System.nanoTime();

    PipelineWorker(
            JobRepository jobs,
            List<PipelineStep> steps,
            ScreeningProperties properties,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.properties = properties;
        this.transactions = transactions;
        this.events = events;
        this.capacity = new Semaphore(properties.workers());
        for (PipelineStep step : steps) {
            PipelineStep previous = this.steps.put(step.stage(), step);
            if (previous != null) {
                throw new IllegalStateException("two steps for " + step.stage() + ": " + previous + ", " + step);
            }
        }
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("pipeline worker disabled on this instance");
            return;
        }
        running = true;
        runners = Executors.newFixedThreadPool(properties.workers(), r -> {
            Thread t = new Thread(r, "pipeline-" + UUID.randomUUID().toString().substring(0, 4));
            t.setDaemon(true);
            return t;
        });
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pipeline-poller");
            t.setDaemon(true);
            return t;
        });
        long interval = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        log.info("pipeline worker {} started with {} workers, stages {}", owner, properties.workers(), steps.keySet());
    }

    @Override
    public void stop() {
        running = false;
        if (poller != null) {
            poller.shutdownNow();
        }
        if (runners != null) {
            runners.shutdown();
            try {
                runners.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Looks for due jobs now rather than at the next scheduled poll (a job was just created, or a worker
     * came free). Runs on the poller thread, so polls never overlap; the scheduled poll stays the fallback.
     */
    void wake() {
        ScheduledExecutorService current = poller;
        if (running && current != null) {
            try {
                current.execute(this::poll);
            } catch (RejectedExecutionException stopping) {
                // shutting down: nothing more to claim
            }
        }
    }

    /** An upload was accepted here: fewer workers for a while, and its job is claimed now if one is free. */
    void received() {
        receivingUntil = System.nanoTime() + properties.receivingWindow().toNanos();
        wake();
    }

    /** How many jobs may run now: fewer while uploads arrive (never more than {@code workers}). */
    int workerLimit() {
        return System.nanoTime() - receivingUntil < 0
                ? Math.min(properties.workersWhileReceiving(), properties.workers())
                : properties.workers();
    }

    String owner() {
        return owner;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    void poll() {
        try {
            int busy = properties.workers() - capacity.availablePermits();
            int free = Math.max(0, workerLimit() - busy);
            if (!running || free == 0) {
                return;
            }
            for (JobRepository.Claimed job : jobs.claim(owner, properties.lane(), free, properties.lease())) {
                capacity.acquireUninterruptibly();
                runners.execute(() -> {
                    try {
                        work(job);
                    } finally {
                        capacity.release();
                        // a free worker looks for the next job now, not at the next poll
                        wake();
                    }
                });
            }
        } catch (RuntimeException e) {
            // The database may be briefly away; the next poll tries again.
            log.warn("pipeline poll failed: {}", e.toString());
        }
    }

    /** Runs the claimed job's stages until it is done, rejected, or a stage fails. */
    void work(JobRepository.Claimed job) {
        ApplicationId id = job.application();
        ApplicationStatus status = job.status();
        PipelineStage stage = job.stage();
        int attempts = job.attempts();
        while (stage != null && running) {
            PipelineStep step = steps.get(stage);
            StepResult result;
            try {
                result = step == null ? StepResult.done() : step.run(id);
            } catch (Throwable failure) { // StackOverflowError and OOM in a step fail that job, never the worker
                failed(id, stage, status, attempts, failure);
                return;
            }
            if (result instanceof StepResult.RejectedInput rejected) {
                reject(id, status, rejected.problem(), rejected.reason());
                return;
            }
            ApplicationStatus from = status;
            ApplicationStatus to = stage.statusWhenDone();
            PipelineStage next = stage.next();
            boolean stillMine = Boolean.TRUE.equals(transactions.execute(tx -> {
                boolean advanced = jobs.advance(id, owner, to, next, properties.lease());
                if (advanced && from != to) {
                    jobs.history(id, to, null);
                    events.publishEvent(new ApplicationStatusChanged(id, from, to, null));
                }
                return advanced;
            }));
            if (!stillMine) {
                log.warn("lost the lease on {} during {}; another worker carries on", id, stage);
                return;
            }
            status = to;
            stage = next;
            attempts = 1;
        }
        if (stage != null) {
            // Stopping between stages: hand the job back now rather than after the lease runs out.
            jobs.release(id, owner);
        }
    }

    private void reject(ApplicationId id, ApplicationStatus from, ProblemCode problem, String reason) {
        transactions.executeWithoutResult(tx -> {
            if (!jobs.finishOwned(id, owner, ApplicationStatus.REJECTED_INPUT, problem.code(), reason)) {
                return;
            }
            jobs.history(id, ApplicationStatus.REJECTED_INPUT, problem.code());
            events.publishEvent(
                    new ApplicationStatusChanged(id, from, ApplicationStatus.REJECTED_INPUT, problem.code()));
        });
    }

    /**
     * A failure the document causes ends the job at once as REJECTED_INPUT; one that may pass is retried with
     * backoff and, after {@code maxAttempts}, goes to the dead letter; any other is retried once more and ends
     * as REJECTED_INPUT when it fails the same way again.
     */
    private void failed(
            ApplicationId id, PipelineStage stage, ApplicationStatus status, int attempts, Throwable failure) {
        String error = Failures.describe(stage, failure);
        Failures.Kind kind = Failures.kind(failure);
        boolean sameAgain = kind == Failures.Kind.UNKNOWN && attempts > 1 && error.equals(safeLastError(id));
        if (kind == Failures.Kind.CONTENT || sameAgain) {
            ProblemCode problem = Failures.contentProblem(failure);
            log.warn(
                    "{} cannot be processed at {} ({}{}); rejected as {}",
                    id,
                    stage,
                    failure,
                    sameAgain ? ", the same failure again" : "",
                    problem.code());
            reject(id, status, problem, error);
            return;
        }
        if (attempts >= properties.maxAttempts()) {
            log.error("{} failed {} times at {}; moved to the dead letter", id, attempts, stage, failure);
            transactions.executeWithoutResult(tx -> {
                if (!jobs.bury(id, owner, error)) {
                    return;
                }
                jobs.history(id, ApplicationStatus.FAILED, "pipeline.failed");
                events.publishEvent(
                        new ApplicationStatusChanged(id, status, ApplicationStatus.FAILED, "pipeline.failed"));
            });
        } else {
            Duration delay = properties.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 10));
            log.warn(
                    "{} failed at {} (attempt {}), retrying in {}: {}", id, stage, attempts, delay, failure.toString());
            if (!jobs.retryLater(id, owner, delay, error)) {
                log.warn("lost the lease on {} while it failed at {}; another worker carries on", id, stage);
            }
        }
    }

    private @Nullable String safeLastError(ApplicationId id) {
        try {
            return jobs.lastError(id);
        } catch (RuntimeException e) { // the database away: not known to be the same failure
            return null;
        }
    }
}
