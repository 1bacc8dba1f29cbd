package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramUploads;
import io.planscreen.extraction.Programs;
import io.planscreen.intake.ProgramDirectory;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProgramId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Program definitions in PostgreSQL, one row per version; the latest version is the one in force. An admin's
 * version, from the API (JSON or YAML) or the admin page, is audited here, once, hashing the canonical JSON the
 * version is stored as.
 */
@Component
class ProgramCatalog implements Programs, ProgramDirectory, ProgramUploads {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    ProgramCatalog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public boolean accepts(ProgramId program) {
        return exists(program);
    }

    @Override
    public boolean exists(ProgramId program) {
        return jdbc.sql("select count(*) from program_definition where program_id = ?")
                        .param(program.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public Optional<ProgramDefinition> get(ProgramId program) {
        return jdbc.sql(
                        "select definition::text, version from program_definition where program_id = ? order by version desc limit 1")
                .param(program.value())
                .query((rs, n) -> read(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    @Override
    public Optional<ProgramDefinition> get(ProgramId program, int version) {
        return jdbc.sql("select definition::text, version from program_definition where program_id = ? and version = ?")
                .params(program.value(), version)
                .query((rs, n) -> read(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    @Override
    public List<ProgramSummary> list() {
        return jdbc.sql("""
                        select distinct on (program_id) definition::text, version
                        from program_definition order by program_id, version desc""").query((rs, n) -> read(rs.getString(1), rs.getInt(2))).list().stream()
                .map(p -> new ProgramSummary(p.id(), p.version(), p.nameKo(), p.nameEn(), p.template()))
                .toList();
    }

    @Override
    @Transactional
    public ProgramDefinition upload(String yaml, String admin) {
        ProgramDefinition definition;
        try {
            definition = ProgramSchema.fromYaml(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException unreadable) {
            throw new PlanScreenException(
                    ExtractionProblems.PROGRAM_INVALID, "not a program definition in YAML: " + firstLine(unreadable));
        }
        if (definition == null || definition.fields() == null) {
            throw new PlanScreenException(ExtractionProblems.PROGRAM_INVALID, "not a program definition in YAML");
        }
        return saveByAdmin(definition, admin);
    }

    /** An admin's version, stored and audited as their decision in one transaction. */
    @Transactional
    ProgramDefinition saveByAdmin(ProgramDefinition definition, String admin) {
        ProgramDefinition saved = save(definition, "admin", admin);
        events.publishEvent(AuditableDecision.human(admin)
                .decided(
                        null,
                        "admin.program-saved",
                        ProgramSchema.sha256(ProgramSchema.canonicalJson(saved)),
                        ProgramSchema.CANONICAL.writeValueAsString(
                                Map.of("program", saved.id(), "version", saved.version())),
                        "program definition saved")
                .withModel(saved.id() + "@v" + saved.version(), null));
        return saved;
    }

    private static String firstLine(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).replaceAll("[^\\p{L}\\p{N} .,:;_()\\[\\]'\"`-]", "");
    }

    /**
     * Stores the definition as a new version unless the latest version already says the same. Invalid
     * definitions are refused with the list of problems.
     *
     * @return the version in force afterwards
     */
    @Transactional
    public ProgramDefinition save(ProgramDefinition definition, String source, String createdBy) {
        List<String> problems = ProgramSchema.problems(definition);
        if (!problems.isEmpty()) {
            throw new PlanScreenException(ExtractionProblems.PROGRAM_INVALID, String.join("; ", problems));
        }
        String json = ProgramSchema.canonicalJson(definition);
        String sha = ProgramSchema.sha256(json);
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("program:" + definition.id())
                .query()
                .singleRow();
        Optional<ProgramDefinition> latest = get(new ProgramId(definition.id()));
        Optional<String> latestSha = jdbc.sql(
                        "select sha256 from program_definition where program_id = ? order by version desc limit 1")
                .param(definition.id())
                .query(String.class)
                .optional();
        if (latest.isPresent() && latestSha.orElse("").equals(sha)) {
            return latest.get();
        }
        if (source.equals("classpath") && latest.isPresent()) {
            boolean seen = jdbc.sql("select count(*) from program_definition where program_id = ? and sha256 = ?")
                            .params(definition.id(), sha)
                            .query(Long.class)
                            .single()
                    > 0;
            if (seen) {
                return latest.get(); // an admin's later version stays in force over the shipped one it replaced
            }
        }
        int version = latest.map(ProgramDefinition::version).orElse(0) + 1;
        jdbc.sql("""
                        insert into program_definition (program_id, version, definition, sha256, source, created_by)
                        values (?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(definition.id(), version, json, sha, source, createdBy)
                .update();
        return definition.withVersion(version);
    }

    private static ProgramDefinition read(String json, int version) {
        return ProgramSchema.CANONICAL.readValue(json, ProgramDefinition.class).withVersion(version);
    }
}
