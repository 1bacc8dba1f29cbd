package io.planscreen.screening.internal;

import io.planscreen.intake.ApplicationReceived;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationStatusChanged;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ScreeningService implements Screening {

    private final JobRepository jobs;

    private final ApplicationEventPublisher events;

    ScreeningService(JobRepository jobs, ApplicationEventPublisher events) {
        this.jobs = jobs;
        this.events = events;
    }

    /**
     * Synchronous and inside intake's transaction: the job exists if and only if the upload was
     * accepted, so an accepted upload can never miss the pipeline.
     */
    @EventListener
    void on(ApplicationReceived received) {
        jobs.create(
                received.application(), received.company(), received.program(), received.declaredName(), Instant.now());
    }

    @Override
    public Optional<ApplicationView> view(ApplicationId application) {
        return jobs.view(application);
    }

    @Override
    public List<ApplicationView> ofCompany(CompanyId company) {
        return jobs.byCompany(company);
    }

    @Override
    public List<ApplicationView> inProgram(ProgramId program) {
        return jobs.byPrograms(List.of(program.value()));
    }

    @Override
    @Transactional
    public void markInReview(ApplicationId application) {
        move(application, ApplicationStatus.IN_REVIEW, ApplicationStatus.SCREENED);
    }

    @Override
    @Transactional
    public void markDecided(ApplicationId application) {
        move(application, ApplicationStatus.DECIDED, ApplicationStatus.SCREENED, ApplicationStatus.IN_REVIEW);
    }

    @Override
    @Transactional
    public void markAnswered(ApplicationId application) {
        ApplicationView view = require(application);
        if (view.status() != ApplicationStatus.DECIDED) {
            throw new PlanScreenException(ProblemCode.CONFLICT);
        }
        jobs.setStatus(application, ApplicationStatus.IN_REVIEW);
        jobs.history(application, ApplicationStatus.IN_REVIEW, "ANSWERED");
        events.publishEvent(new ApplicationStatusChanged(
                application, ApplicationStatus.DECIDED, ApplicationStatus.IN_REVIEW, "ANSWERED"));
    }

    @Override
    @Transactional
    public void markWithdrawn(ApplicationId application) {
        ApplicationView view = require(application);
        if (view.status().isFinal()) {
            throw new PlanScreenException(ProblemCode.CONFLICT);
        }
        jobs.finish(application, ApplicationStatus.WITHDRAWN, null, null);
        jobs.history(application, ApplicationStatus.WITHDRAWN, null);
        events.publishEvent(
                new ApplicationStatusChanged(application, view.status(), ApplicationStatus.WITHDRAWN, null));
    }

    private void move(ApplicationId application, ApplicationStatus to, ApplicationStatus... allowedFrom) {
        ApplicationView view = require(application);
        if (view.status() == to) {
            return;
        }
        if (!List.of(allowedFrom).contains(view.status())) {
            throw new PlanScreenException(ProblemCode.CONFLICT);
        }
        jobs.setStatus(application, to);
        jobs.history(application, to, null);
        events.publishEvent(new ApplicationStatusChanged(application, view.status(), to, null));
    }

    private ApplicationView require(ApplicationId application) {
        return jobs.view(application).orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
    }
}
