package io.planscreen.screening.internal;

import io.planscreen.intake.ApplicationReceived;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Once an upload commits, its job is due: the worker claims it now instead of at the next poll (and holds
 * back workers while uploads keep arriving). Apart from {@link ScreeningService}, which creates the job,
 * because the worker's steps need {@code Screening}: a service that woke the worker would close a bean cycle.
 */
@Component
class PipelineWakeUp {

    private final PipelineWorker worker;

    PipelineWakeUp(PipelineWorker worker) {
        this.worker = worker;
    }

    /**
     * Not a transactional event listener, which the event registry would persist inside the upload
     * transaction; the job itself is created by {@link ScreeningService} in that transaction.
     */
    @EventListener
    void on(ApplicationReceived received) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.received();
                }
            });
        }
    }
}
