package io.planscreen.screening.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.planscreen.intake.ApplicationReceived;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class PipelineWakeUpTests {

    private final PipelineWorker worker = mock(PipelineWorker.class);

    private final ApplicationReceived received = new ApplicationReceived(
            ApplicationId.random(),
            new CompanyId(UUID.randomUUID()),
            new ProgramId("startup-psst"),
            "plan.pdf",
            "ab".repeat(32),
            DocumentType.PDF,
            1);

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void the_worker_is_woken_once_the_upload_commits_and_not_before() {
        TransactionSynchronizationManager.initSynchronization();

        new PipelineWakeUp(worker).on(received);
        verify(worker, never()).received();

        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        verify(worker).received();
    }

    @Test
    void a_rolled_back_upload_wakes_nobody() {
        TransactionSynchronizationManager.initSynchronization();

        new PipelineWakeUp(worker).on(received);
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));

        verify(worker, never()).received();
    }
}
