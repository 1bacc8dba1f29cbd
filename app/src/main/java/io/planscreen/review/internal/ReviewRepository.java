package io.planscreen.review.internal;

import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.Reviews.Decision;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.ProgramId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void assign(ApplicationId application, String evaluator, String by) {
        jdbc.sql("""
                        insert into review_assignment (application_id, evaluator, assigned_by) values (?, ?, ?)
                        on conflict (application_id) do update
                           set evaluator = excluded.evaluator, assigned_by = excluded.assigned_by, assigned_at = now()
                        """).params(application.value(), evaluator, by).update();
    }

    Optional<String> assignee(ApplicationId application) {
        return jdbc.sql("select evaluator from review_assignment where application_id = ?")
                .param(application.value())
                .query(String.class)
                .optional();
    }

    Map<UUID, String> assignees(List<UUID> applications) {
        return jdbc
                .sql("select application_id, evaluator from review_assignment where application_id = any(?)")
                .param(applications.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Decision insert(
            ApplicationId application,
            ProgramId program,
            ReviewOutcome outcome,
            String reason,
            String evaluator,
            Decision.State state) {
        return jdbc.sql("""
                        insert into review_decision (application_id, program_id, outcome, reason, evaluator, state)
                        values (?, ?, ?, ?, ?, ?)
                        returning *
                        """)
                .params(application.value(), program.value(), outcome.name(), reason, evaluator, state.name())
                .query(this::toDecision)
                .single();
    }

    /** Locks the application's pending referral, so two evaluators cannot both confirm it. */
    Optional<Decision> pendingReferral(ApplicationId application) {
        return jdbc.sql("""
                        select * from review_decision where application_id = ? and state = 'PENDING_CONFIRMATION'
                        order by id desc limit 1 for update
                        """).param(application.value()).query(this::toDecision).optional();
    }

    Decision confirm(long id, String by, String reason) {
        return jdbc.sql("""
                        update review_decision set state = 'CONFIRMED', confirmed_by = ?, confirm_reason = ?,
                               confirmed_at = now()
                         where id = ? returning *
                        """).params(by, reason, id).query(this::toDecision).single();
    }

    /** The earliest referral awaiting confirmation of each listed application that has one, in one statement. */
    Map<UUID, Decision> pendingReferrals(List<UUID> applications) {
        return jdbc.sql("""
                        select distinct on (application_id) * from review_decision
                        where application_id = any(?) and state = 'PENDING_CONFIRMATION'
                        order by application_id, id
                        """).param(applications.toArray(UUID[]::new)).query(this::toDecision).list().stream()
                .collect(Collectors.toMap(d -> d.application().value(), d -> d));
    }

    List<Decision> decisions(ApplicationId application) {
        return jdbc.sql("select * from review_decision where application_id = ? order by id")
                .param(application.value())
                .query(this::toDecision)
                .list();
    }

    private Decision toDecision(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("decided_at");
        return new Decision(
                rs.getLong("id"),
                new ApplicationId(rs.getObject("application_id", UUID.class)),
                ReviewOutcome.valueOf(rs.getString("outcome")),
                rs.getString("reason"),
                rs.getString("evaluator"),
                Decision.State.valueOf(rs.getString("state")),
                rs.getString("confirmed_by"),
                rs.getString("confirm_reason"),
                at.toInstant());
    }
}
