package io.planscreen.audit.internal;

import io.planscreen.screening.ApplicationStatusChanged;
import io.planscreen.shared.AuditableDecision;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synchronous on purpose: the record is written inside the publisher's transaction, so a decision and its
 * audit record commit together or not at all (an asynchronous listener could lose the record after the
 * decision committed). Without a surrounding transaction {@link AuditLog#append} opens its own.
 */
@Component
class AuditListener {

    static final String STATUS_STEP = "screening.status";

    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuditableDecision decision) {
        log.append(decision);
    }

    @EventListener
    void on(ApplicationStatusChanged changed) {
        StringBuilder output = new StringBuilder("{\"from\":");
        AuditChain.string(output, changed.from().name());
        output.append(",\"to\":");
        AuditChain.string(output, changed.to().name());
        output.append(",\"code\":");
        AuditChain.string(output, changed.code());
        output.append('}');
        String json = output.toString();
        log.append(AuditableDecision.system("screening")
                .decided(
                        changed.application(),
                        STATUS_STEP,
                        AuditChain.sha256(changed.application().toString()),
                        json,
                        null));
    }
}
