package io.planscreen.intake.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.ApplicationReceived;
import io.planscreen.intake.Applications;
import io.planscreen.intake.PlanSubmission;
import io.planscreen.intake.ProgramDirectory;
import io.planscreen.intake.StoredDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.planscreen.shared.Sha256;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts an upload: checks it (off the request thread, with a time limit), then stores the original and
 * publishes {@link ApplicationReceived} in one transaction, so the pipeline job exists exactly when the
 * upload was accepted. Every refusal is recorded with its reason and audited.
 */
@Service
class IntakeService implements Applications, PlanSubmission {

    private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

    private final ApplicationRepository applications;

    private final IntakeDocumentChecks checks;

    private final IntakeProperties limits;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final ProgramDirectory programs;

    IntakeService(
            ApplicationRepository applications,
            IntakeDocumentChecks checks,
            IntakeProperties limits,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            ProgramDirectory programs) {
        this.programs = programs;
        this.applications = applications;
        this.checks = checks;
        this.limits = limits;
        this.transactions = transactions;
        this.events = events;
    }

    record Accepted(ApplicationFacts facts, boolean duplicate) {}

    @Override
    public ApplicationFacts submitPlan(
            CompanyId company, String programCode, String declaredName, byte[] content, String username) {
        return submit(company, programCode, declaredName, content, username).facts();
    }

    Accepted submit(CompanyId company, String programCode, String declaredName, byte[] content, String username) {
        String name = declaredName.isBlank() ? "document" : declaredName.strip();
        String sha256 = sha256(content);
        ProgramId program;
        try {
            program = new ProgramId(programCode);
        } catch (PlanScreenException e) {
            throw rejected(
                    company, programCode, name, null, content.length, e.problem(), "invalid program id", username, e);
        }
        if (!programs.accepts(program)) {
            throw rejected(
                    company,
                    program.value(),
                    name,
                    sha256,
                    content.length,
                    ProblemCode.PROGRAM_NOT_FOUND,
                    "unknown program",
                    username,
                    new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND, program.value()));
        }
        if (content.length > limits.maxSize().toBytes()) {
            throw rejected(
                    company,
                    program.value(),
                    name,
                    sha256,
                    content.length,
                    ProblemCode.DOCUMENT_TOO_LARGE,
                    "size " + content.length + " > " + limits.maxSize().toBytes(),
                    username,
                    new PlanScreenException(ProblemCode.DOCUMENT_TOO_LARGE));
        }
        Optional<ApplicationFacts> existing = applications.find(company, program, sha256);
        if (existing.isPresent()) {
            return new Accepted(existing.get(), true);
        }
        DocumentType type;
        try {
            type = checks.inspect(content, name);
        } catch (IntakeProblems.Refusal refusal) {
            throw rejected(
                    company,
                    program.value(),
                    name,
                    sha256,
                    content.length,
                    refusal.problem(),
                    refusal.reason(),
                    username,
                    refusal);
        }
        ApplicationFacts facts = new ApplicationFacts(
                ApplicationId.random(), company, program, name, type, sha256, content.length, Instant.now());
        Accepted accepted = transactions.execute(tx -> {
            if (!applications.insert(facts, content, username)) {
                return new Accepted(applications.find(company, program, sha256).orElseThrow(), true);
            }
            events.publishEvent(
                    new ApplicationReceived(facts.id(), company, program, name, sha256, type, content.length));
            events.publishEvent(AuditableDecision.human(username)
                    .decided(
                            facts.id(),
                            "intake.accepted",
                            sha256,
                            "{\"declaredName\":%s,\"program\":\"%s\",\"size\":%d,\"type\":\"%s\"}"
                                    .formatted(json(name), program.value(), content.length, type.name()),
                            "upload accepted: " + type + ", " + content.length + " bytes")
                    .at(facts.receivedAt()));
            return new Accepted(facts, false);
        });
        return Objects.requireNonNull(accepted);
    }

    private PlanScreenException rejected(
            CompanyId company,
            String program,
            String name,
            @Nullable String sha256,
            long size,
            ProblemCode problem,
            String reason,
            String username,
            PlanScreenException toThrow) {
        transactions.executeWithoutResult(tx -> {
            applications.reject(company, program, name, sha256, size, problem.code(), reason, username);
            events.publishEvent(AuditableDecision.human(username)
                    .decided(
                            null,
                            "intake.rejected",
                            sha256 == null ? "" : sha256,
                            "{\"code\":\"%s\",\"declaredName\":%s,\"program\":%s,\"size\":%d}"
                                    .formatted(problem.code(), json(name), json(program), size),
                            reason));
        });
        log.info("upload refused ({}): {}", problem.code(), reason);
        return toThrow;
    }

    @Override
    public Optional<StoredDocument> original(ApplicationId application) {
        return applications.original(application);
    }

    @Override
    public Optional<ApplicationFacts> facts(ApplicationId application) {
        return applications.facts(application);
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
