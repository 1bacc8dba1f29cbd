package io.planscreen.review.internal;

import io.planscreen.intake.Attachments;
import io.planscreen.shared.ApplicationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The companies' answers to requests for information, never updated. */
@Repository
class AnswerRepository {

    private static final String SELECT = """
            select id, decision_id, note, attachment_id, answered_by, answered_at from review_answer
            """;

    /** The stored answer; the attachment is intake's, named through its facade. */
    record Row(
            long id,
            long decisionId,
            String note,
            @Nullable Long attachmentId,
            String answeredBy,
            Instant answeredAt) {}

    private final JdbcClient jdbc;

    AnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Row insert(
            ApplicationId application,
            long decisionId,
            String note,
            Attachments.@Nullable Attachment attachment,
            String answeredBy) {
        long id = jdbc.sql("""
                        insert into review_answer (application_id, decision_id, note, attachment_id, answered_by)
                        values (?, ?, ?, ?, ?) returning id
                        """)
                .params(application.value(), decisionId, note, attachment == null ? null : attachment.id(), answeredBy)
                .query(Long.class)
                .single();
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(AnswerRepository::toAnswer)
                .single();
    }

    List<Row> of(ApplicationId application) {
        return jdbc.sql(SELECT + " where application_id = ? order by id")
                .param(application.value())
                .query(AnswerRepository::toAnswer)
                .list();
    }

    private static Row toAnswer(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getLong("decision_id"),
                rs.getString("note"),
                rs.getObject("attachment_id", Long.class),
                rs.getString("answered_by"),
                rs.getTimestamp("answered_at").toInstant());
    }
}
