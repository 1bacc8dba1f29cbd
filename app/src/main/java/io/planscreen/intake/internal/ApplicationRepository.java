package io.planscreen.intake.internal;

import io.planscreen.intake.ApplicationSummary;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private static final String COLUMNS =
            "select id, company_id, program_id, status, created_at, updated_at from application";

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ApplicationSummary> visibleTo(CurrentUser user) {
        return switch (user.role()) {
            case APPLICANT ->
                jdbc.sql(COLUMNS + " where company_id = ? order by created_at desc")
                        .param(user.requireCompany().value())
                        .query(ApplicationRepository::summary)
                        .list();
            case EVALUATOR ->
                jdbc.sql(COLUMNS + " where program_id = any(?) order by created_at desc")
                        .param(user.programIds().stream().map(ProgramId::value).toArray(String[]::new))
                        .query(ApplicationRepository::summary)
                        .list();
            case AUDITOR ->
                jdbc.sql(COLUMNS + " order by created_at desc")
                        .query(ApplicationRepository::summary)
                        .list();
            case ADMIN -> List.of();
        };
    }

    private static ApplicationSummary summary(ResultSet rs, int row) throws SQLException {
        return new ApplicationSummary(
                new ApplicationId(rs.getObject("id", UUID.class)),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                new ProgramId(rs.getString("program_id")),
                rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
