package io.planscreen.intake.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.StoredDocument;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private static final String FACTS =
            "id, company_id, program_id, declared_name, document_type, sha256, size_bytes, received_at";

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless (company, program, sha256) exists; true when this call stored it. */
    boolean insert(ApplicationFacts facts, byte[] content, String uploadedBy) {
        return jdbc.sql("""
                        insert into application (id, company_id, program_id, declared_name, document_type,
                                                 sha256, size_bytes, content, received_at, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict on constraint application_idempotent do nothing
                        """)
                        .params(
                                facts.id().value(),
                                facts.company().value(),
                                facts.program().value(),
                                facts.declaredName(),
                                facts.type().name(),
                                facts.sha256(),
                                facts.size(),
                                content,
                                Timestamp.from(facts.receivedAt()),
                                uploadedBy)
                        .update()
                == 1;
    }

    Optional<ApplicationFacts> find(CompanyId company, ProgramId program, String sha256) {
        return jdbc.sql("select " + FACTS + " from application where company_id = ? and program_id = ? and sha256 = ?")
                .params(company.value(), program.value(), sha256)
                .query(ApplicationRepository::facts)
                .optional();
    }

    Optional<ApplicationFacts> facts(ApplicationId id) {
        return jdbc.sql("select " + FACTS + " from application where id = ?")
                .param(id.value())
                .query(ApplicationRepository::facts)
                .optional();
    }

    Optional<StoredDocument> original(ApplicationId id) {
        return jdbc.sql("select " + FACTS + ", content from application where id = ?")
                .param(id.value())
                .query((rs, n) -> {
                    ApplicationFacts f = facts(rs, n);
                    return new StoredDocument(
                            f.id(),
                            f.company(),
                            f.program(),
                            f.declaredName(),
                            f.type(),
                            f.sha256(),
                            rs.getBytes("content"));
                })
                .optional();
    }

    void reject(
            @Nullable CompanyId company,
            @Nullable String program,
            @Nullable String declaredName,
            @Nullable String sha256,
            long size,
            String problemCode,
            String reason,
            String uploadedBy) {
        jdbc.sql("""
                        insert into intake_rejection (company_id, program_id, declared_name, sha256, size_bytes,
                                                      problem_code, reason, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        company == null ? null : company.value(),
                        program == null ? null : truncate(program, 64),
                        declaredName,
                        sha256,
                        size,
                        problemCode,
                        truncate(reason, 2000),
                        uploadedBy)
                .update();
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static ApplicationFacts facts(ResultSet rs, int row) throws SQLException {
        return new ApplicationFacts(
                new ApplicationId(rs.getObject("id", UUID.class)),
                new CompanyId(rs.getObject("company_id", UUID.class)),
                new ProgramId(rs.getString("program_id")),
                rs.getString("declared_name"),
                DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getTimestamp("received_at").toInstant());
    }
}
