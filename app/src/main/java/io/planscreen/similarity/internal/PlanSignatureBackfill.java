package io.planscreen.similarity.internal;

import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.shared.ApplicationId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Gives applications stored before V5_5 their whole-plan signature, so the whole-plan lookup (and the
 * broker detector's whole-plan features) finds them without screening them again: at start-up, on a
 * daemon thread (readiness does not wait), in batches, from each application's stored parsed document
 * exactly as the similarity stage computes it. Instances running it at once add each signature once
 * ({@link PlanSignatureRows#addPlanSignature}); applications whose parsed document is gone are skipped.
 */
@Component
class PlanSignatureBackfill implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PlanSignatureBackfill.class);

    static final int BATCH = 200;

    /** What one run did. {@code alreadyStored}: added meanwhile by another instance or a re-screening. */
    record Result(int backfilled, int alreadyStored, int withoutDocument, int withoutText, int failed, Duration took) {}

    private final PlanSignatureRows store;

    private final DocumentParsing parsing;

    private final boolean enabled;

    private final CompletableFuture<Optional<Result>> startupRun = new CompletableFuture<>();

    private volatile boolean running;

    private @Nullable Thread thread;

    PlanSignatureBackfill(DataSource dataSource, DocumentParsing parsing, SimilarityProperties properties) {
        this.store = new PlanSignatureRows(dataSource);
        this.parsing = parsing;
        this.enabled = properties.backfillPlanSignatures();
    }

    @Override
    public void start() {
        running = true;
        if (!enabled) {
            startupRun.complete(Optional.empty());
            return;
        }
        Thread t = new Thread(
                () -> {
                    try {
                        startupRun.complete(Optional.of(run()));
                    } catch (RuntimeException e) {
                        log.warn("whole-plan signature backfill stopped: {}", e.toString());
                        startupRun.completeExceptionally(e);
                    }
                },
                "plan-signature-backfill");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The run started with the application (empty when the setting turns it off). */
    CompletableFuture<Optional<Result>> startupRun() {
        return startupRun;
    }

    /** One pass over the stored applications without a signature (stops early when the context stops). */
    Result run() {
        long started = System.nanoTime();
        int backfilled = 0, alreadyStored = 0, withoutDocument = 0, withoutText = 0, failed = 0;
        UUID after = null;
        while (running) {
            List<UUID> batch = store.plansWithoutSignature(after, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            for (UUID application : batch) {
                try {
                    Optional<ParsedDocument> parsed = parsing.parsed(new ApplicationId(application));
                    if (parsed.isEmpty()) {
                        withoutDocument++;
                    } else {
                        var signature = ReuseFinder.planSignature(PlanTexts.from(parsed.get()));
                        if (signature.isEmpty()) {
                            withoutText++;
                        } else if (store.addPlanSignature(application, signature)) {
                            backfilled++;
                        } else {
                            alreadyStored++;
                        }
                    }
                } catch (RuntimeException e) {
                    if (failed++ == 0) {
                        log.warn(
                                "whole-plan signature backfill failed for application {}: {}",
                                application,
                                e.toString());
                    }
                }
            }
            after = batch.get(batch.size() - 1);
        }
        Result result = new Result(
                backfilled,
                alreadyStored,
                withoutDocument,
                withoutText,
                failed,
                Duration.ofNanos(System.nanoTime() - started));
        if (backfilled + alreadyStored + withoutDocument + withoutText + failed > 0) {
            log.info(
                    "whole-plan signature backfill: {} added in {} ms ({} added meanwhile elsewhere, {} skipped without a parsed document, {} without text, {} failed){}",
                    backfilled,
                    result.took().toMillis(),
                    alreadyStored,
                    withoutDocument,
                    withoutText,
                    failed,
                    running ? "" : "; stopped early with the application");
        } else {
            log.debug("whole-plan signature backfill: every stored application has its signature");
        }
        return result;
    }
}
