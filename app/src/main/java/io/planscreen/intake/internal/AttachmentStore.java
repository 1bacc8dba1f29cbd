package io.planscreen.intake.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Attachments;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.Sha256;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a company's later documents beside its application, checked like the plan itself; scans may be images. */
@Service
class AttachmentStore implements Attachments {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final JdbcClient jdbc;

    private final ApplicationRepository applications;

    private final IntakeDocumentChecks checks;

    private final IntakeProperties limits;

    private final ApplicationEventPublisher events;

    AttachmentStore(
            JdbcClient jdbc,
            ApplicationRepository applications,
            IntakeDocumentChecks checks,
            IntakeProperties limits,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.checks = checks;
        this.limits = limits;
        this.events = events;
    }

    @Override
    @Transactional
    public Attachment attach(
            CompanyId company,
            ApplicationId application,
            String documentKey,
            String declaredName,
            byte[] content,
            String username) {
        ApplicationFacts facts = applications
                .facts(application)
                .filter(f -> f.company().equals(company))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
        if (content.length == 0) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_MISSING);
        }
        if (content.length > limits.maxSize().toBytes()) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_TOO_LARGE);
        }
        String key = documentKey.isBlank() || !documentKey.matches("[a-z0-9_]{1,64}") ? "other" : documentKey;
        String name = declaredName.isBlank() ? "document" : declaredName.strip();
        String mediaType = mediaType(content, name);
        String sha256 = Sha256.hex(content);
        Attachment stored = jdbc.sql("""
                        insert into application_attachment (application_id, document_key, declared_name, media_type,
                                                            sha256, size_bytes, content, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        returning id, application_id, document_key, declared_name, media_type, sha256, size_bytes,
                                  uploaded_by, uploaded_at
                        """)
                .params(facts.id().value(), key, name, mediaType, sha256, content.length, content, username)
                .query(AttachmentStore::toAttachment)
                .single();
        events.publishEvent(AuditableDecision.human(username)
                .decided(
                        application,
                        "intake.attachment",
                        sha256,
                        "{\"documentKey\":\"%s\",\"mediaType\":\"%s\",\"size\":%d}"
                                .formatted(key, mediaType, content.length),
                        "company attached " + key));
        return stored;
    }

    @Override
    public List<Attachment> of(ApplicationId application) {
        return jdbc.sql("""
                        select id, application_id, document_key, declared_name, media_type, sha256, size_bytes,
                               uploaded_by, uploaded_at
                          from application_attachment where application_id = ? order by id
                        """)
                .param(application.value())
                .query(AttachmentStore::toAttachment)
                .list();
    }

    @Override
    public Optional<byte[]> content(ApplicationId application, long attachment) {
        return jdbc.sql("select content from application_attachment where application_id = ? and id = ?")
                .params(application.value(), attachment)
                .query(byte[].class)
                .optional();
    }

    /** Scanned certificates arrive as images; anything else must pass the plan's own inspection. */
    private String mediaType(byte[] content, String name) {
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        return checks.inspect(content, name).mediaType();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }

    private static Attachment toAttachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(
                rs.getLong("id"),
                new ApplicationId(rs.getObject("application_id", UUID.class)),
                rs.getString("document_key"),
                rs.getString("declared_name"),
                rs.getString("media_type"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
