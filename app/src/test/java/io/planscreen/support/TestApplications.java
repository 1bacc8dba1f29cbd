package io.planscreen.support;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Applications written straight into the tables, for tests of what follows screening. */
public final class TestApplications {

    private TestApplications() {}

    /** A screened application whose (tiny) original is stored, so documents can be attached to it. */
    public static ApplicationId screenedWithOriginal(JdbcClient jdbc, CompanyId company, String program, String lane) {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        jdbc.sql("""
                        insert into application (id, company_id, program_id, declared_name, document_type, sha256,
                                                 size_bytes, content, uploaded_by)
                        values (?, ?, ?, 'plan.pdf', 'PDF', ?, 4, ?, ?)
                        """)
                .params(
                        id.value(),
                        company.value(),
                        program,
                        Sha256.hex(id.toString()),
                        "%PDF".getBytes(StandardCharsets.US_ASCII),
                        lane)
                .update();
        jdbc.sql("""
                        insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                   next_stage, received_at, lane)
                        values (?, ?, ?, 'plan.pdf', 'SCREENED', null, now(), ?)
                        """).params(id.value(), company.value(), program, lane).update();
        jdbc.sql("insert into screening_status_history (application_id, status) values (?, 'SCREENED')")
                .param(id.value())
                .update();
        return id;
    }
}
