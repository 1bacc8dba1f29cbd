package io.planscreen.screening.internal;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.PipelineStage;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JobRepository {

    static final String DEFAULT_LANE = "default";

    private static final String VIEW_COLUMNS = """
            select application_id, company_id, program_id, declared_name, status, next_stage, attempts,
                   problem_code, received_at, updated_at
            from screening_job
            """;

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Claimed(ApplicationId application, PipelineStage stage, ApplicationStatus status, int attempts) {}

    void create(ApplicationId id, CompanyId company, ProgramId program, String declaredName, Instant receivedAt) {
        create(id, company, program, declaredName, receivedAt, DEFAULT_LANE);
    }

    void create(
            ApplicationId id,
            CompanyId company,
            ProgramId program,
            String declaredName,
            Instant receivedAt,
            String lane) {
        int inserted = jdbc.sql("""
                        insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                   next_stage, received_at, lane)
                        values (?, ?, ?, ?, 'RECEIVED', 'PARSE', ?, ?)
                        on conflict (application_id) do nothing
                        """)
                .params(id.value(), company.value(), program.value(), declaredName, Timestamp.from(receivedAt), lane)
                .update();
        if (inserted == 1) {
            history(id, ApplicationStatus.RECEIVED, null);
        }
    }

    /** Claims up to {@code limit} due jobs of a lane for {@code owner}; other instances skip the locked rows. */
    List<Claimed> claim(String owner, String lane, int limit, Duration lease) {
        return jdbc.sql("""
                        update screening_job j
                           set lease_owner = :owner, lease_until = now() + make_interval(secs => :lease),
                               attempts = attempts + 1, updated_at = now()
                         where application_id in (
                               select application_id from screening_job
                                where lane = :lane and next_stage is not null and not dead and next_attempt_at <= now()
                                  and (lease_until is null or lease_until < now())
                                order by next_attempt_at
                                limit :limit
                                for update skip locked)
                        returning application_id, next_stage, status, attempts
                        """)
                .param("owner", owner)
                .param("lane", lane)
                .param("lease", seconds(lease))
                .param("limit", limit)
                .query((rs, n) -> new Claimed(
                        new ApplicationId(rs.getObject("application_id", UUID.class)),
                        PipelineStage.valueOf(rs.getString("next_stage")),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getInt("attempts")))
                .list();
    }

    /** Moves a job on after a stage succeeded, if this owner still holds the lease. */
    boolean advance(
            ApplicationId id, String owner, ApplicationStatus status, @Nullable PipelineStage next, Duration lease) {
        int updated = jdbc.sql("""
                        update screening_job
                           set status = :status, next_stage = cast(:next as varchar), problem_code = null, last_error = null,
                               -- the running claim goes on with the next stage: it is that stage's first attempt
                               attempts = case when cast(:next as varchar) is null then 0 else 1 end,
                               lease_until = case when cast(:next as varchar) is null then null else now() + make_interval(secs => :lease) end,
                               lease_owner = case when cast(:next as varchar) is null then null else lease_owner end,
                               updated_at = now()
                         where application_id = :id and lease_owner = :owner
                        """)
                .param("status", status.name())
                .param("next", next == null ? null : next.name())
                .param("lease", seconds(lease))
                .param("id", id.value())
                .param("owner", owner)
                .update();
        return updated == 1;
    }

    void finish(ApplicationId id, ApplicationStatus status, @Nullable String code, @Nullable String error) {
        jdbc.sql("""
                        update screening_job
                           set status = ?, next_stage = null, problem_code = ?, last_error = ?, lease_owner = null,
                               lease_until = null, updated_at = now()
                         where application_id = ?
                        """).params(status.name(), code, error, id.value()).update();
    }

    /** Ends a job this owner still holds (rejected input); false when another worker took it over. */
    boolean finishOwned(ApplicationId id, String owner, ApplicationStatus status, String code, String error) {
        return jdbc.sql("""
                        update screening_job
                           set status = ?, next_stage = null, problem_code = ?, last_error = ?, lease_owner = null,
                               lease_until = null, updated_at = now()
                         where application_id = ? and lease_owner = ?
                        """)
                        .params(status.name(), code, error, id.value(), owner)
                        .update()
                == 1;
    }

    /**
     * Schedules the next attempt, if this owner still holds the lease: a worker whose lease ran out must
     * not clear the lease of the worker that took the job over.
     */
    boolean retryLater(ApplicationId id, String owner, Duration delay, String error) {
        return jdbc.sql("""
                        update screening_job
                           set next_attempt_at = now() + make_interval(secs => ?), lease_owner = null, lease_until = null,
                               last_error = ?, updated_at = now()
                         where application_id = ? and lease_owner = ?
                        """).params(seconds(delay), error, id.value(), owner).update() == 1;
    }

    boolean bury(ApplicationId id, String owner, String error) {
        return jdbc.sql("""
                        update screening_job
                           set dead = true, status = 'FAILED', problem_code = 'pipeline.failed', last_error = ?,
                               lease_owner = null, lease_until = null, updated_at = now()
                         where application_id = ? and lease_owner = ?
                        """).params(error, id.value(), owner).update() == 1;
    }

    /** Gives a job back at once (graceful shutdown) instead of letting others wait for the lease to run out. */
    void release(ApplicationId id, String owner) {
        jdbc.sql("""
                        update screening_job set lease_owner = null, lease_until = null, attempts = greatest(attempts - 1, 0)
                         where application_id = ? and lease_owner = ?
                        """).params(id.value(), owner).update();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** Dead-letter retry: back to the stage that failed, with the status it had before it, attempts reset. */
    Optional<ApplicationStatus> resurrect(ApplicationId id) {
        Optional<PipelineStage> failedAt = jdbc.sql(
                        "select next_stage from screening_job where application_id = ? and dead for update")
                .param(id.value())
                .query(String.class)
                .optional()
                .map(PipelineStage::valueOf);
        failedAt.ifPresent(stage ->
                jdbc.sql("""
                        update screening_job
                           set dead = false, attempts = 0, next_attempt_at = now(), problem_code = null, status = ?,
                               updated_at = now()
                         where application_id = ?
                        """).params(stage.statusBefore().name(), id.value()).update());
        return failedAt.map(PipelineStage::statusBefore);
    }

    void setStatus(ApplicationId id, ApplicationStatus status) {
        jdbc.sql("update screening_job set status = ?, updated_at = now() where application_id = ?")
                .params(status.name(), id.value())
                .update();
    }

    void history(ApplicationId id, ApplicationStatus status, @Nullable String code) {
        jdbc.sql("insert into screening_status_history (application_id, status, code) values (?, ?, ?)")
                .params(id.value(), status.name(), code)
                .update();
    }

    Optional<ApplicationView> view(ApplicationId id) {
        return jdbc.sql(VIEW_COLUMNS + " where application_id = ?")
                .param(id.value())
                .query(this::toView)
                .optional();
    }

    List<ApplicationView> byCompany(CompanyId company) {
        return jdbc.sql(VIEW_COLUMNS + " where company_id = ? order by received_at desc")
                .param(company.value())
                .query(this::toView)
                .list();
    }

    List<ApplicationView> byPrograms(List<String> programs) {
        return jdbc.sql(VIEW_COLUMNS + " where program_id = any(?) order by received_at desc")
                .param(programs.toArray(String[]::new))
                .query(this::toView)
                .list();
    }

    List<ApplicationView> all(int limit) {
        return jdbc.sql(VIEW_COLUMNS + " order by received_at desc limit ?")
                .param(limit)
                .query(this::toView)
                .list();
    }

    List<ApplicationView> dead() {
        return jdbc.sql(VIEW_COLUMNS + " where dead order by updated_at desc")
                .query(this::toView)
                .list();
    }

    @Nullable
    String lastError(ApplicationId id) {
        return jdbc.sql("select last_error from screening_job where application_id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private ApplicationView toView(ResultSet rs, int row) throws SQLException {
        ApplicationId id = new ApplicationId(rs.getObject("application_id", UUID.class));
        String next = rs.getString("next_stage");
        return new ApplicationView(
                id,
                new CompanyId(rs.getObject("company_id", UUID.class)),
                new ProgramId(rs.getString("program_id")),
                rs.getString("declared_name"),
                ApplicationStatus.valueOf(rs.getString("status")),
                next == null ? null : PipelineStage.valueOf(next),
                rs.getInt("attempts"),
                rs.getString("problem_code"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                historyOf(id));
    }

    private List<ApplicationView.StatusStep> historyOf(ApplicationId id) {
        return jdbc.sql("select status, at, code from screening_status_history where application_id = ? order by id")
                .param(id.value())
                .query((rs, n) -> new ApplicationView.StatusStep(
                        ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("code")))
                .list();
    }
}
