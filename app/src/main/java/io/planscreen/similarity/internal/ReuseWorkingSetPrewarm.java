package io.planscreen.similarity.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is ready, loads the reuse lookup's working set into PostgreSQL's buffer pool on a daemon
 * thread, so the first lookups after a deployment do not read a cold index from disk: only where a superuser
 * installed {@code pg_prewarm} and {@code shared_buffers} holds the working set (else it logs why not). It never
 * fails start-up; a PostgreSQL restart without the service's is covered by the extension's own autoprewarm.
 */
@Component
class ReuseWorkingSetPrewarm {

    private static final Logger log = LoggerFactory.getLogger(ReuseWorkingSetPrewarm.class);

    private final ReuseWorkingSet workingSet;

    private final boolean enabled;

    private final CompletableFuture<Optional<ReuseWorkingSet.Outcome>> startupRun = new CompletableFuture<>();

    ReuseWorkingSetPrewarm(DataSource dataSource, SimilarityProperties properties) {
        this.workingSet = new ReuseWorkingSet(dataSource, properties.candidatePlans() > 0);
        this.enabled = properties.prewarmWorkingSet();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        Thread t = new Thread(() -> startupRun.complete(enabled ? prewarm() : Optional.empty()), "reuse-prewarm");
        t.setDaemon(true);
        t.start();
    }

    private Optional<ReuseWorkingSet.Outcome> prewarm() {
        try {
            ReuseWorkingSet.Outcome outcome = workingSet.prewarm();
            log.info(outcome.describe());
            return Optional.of(outcome);
        } catch (RuntimeException e) {
            log.warn("reuse working set not prewarmed: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The run started when the service was ready (empty when turned off or failed). */
    CompletableFuture<Optional<ReuseWorkingSet.Outcome>> startupRun() {
        return startupRun;
    }
}
