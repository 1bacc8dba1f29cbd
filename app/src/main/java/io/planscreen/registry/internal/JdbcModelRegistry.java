package io.planscreen.registry.internal;

import io.planscreen.registry.ModelRegistry;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Versions are immutable in spirit: registering the same version again is a no-op; a version whose weights
 * changed under the same name is updated, loudly, and audited as such. Every change is an audited decision.
 */
@Service
class JdbcModelRegistry implements ModelRegistry {

    static final ProblemCode MODEL_NOT_FOUND = new ProblemCode("registry.model_not_found", HttpStatus.NOT_FOUND);

    private static final Logger log = LoggerFactory.getLogger(JdbcModelRegistry.class);

    private static final RowMapper<RegisteredModel> ROWS = (rs, n) -> new RegisteredModel(
            new ModelVersion(
                    rs.getString("name"),
                    rs.getString("version"),
                    rs.getString("sha256"),
                    rs.getString("location"),
                    rs.getString("metrics_json")),
            rs.getString("card"),
            rs.getBoolean("active"),
            rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("activated_at", OffsetDateTime.class))
                    .map(OffsetDateTime::toInstant)
                    .orElse(null));

    private final JdbcTemplate jdbc;

    private final ApplicationEventPublisher events;

    JdbcModelRegistry(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A version as listed to admins and auditors: the contract's fields plus card and state. */
    record RegisteredModel(
            ModelVersion version,
            @Nullable String card,
            boolean active,
            Instant registeredAt,
            @Nullable Instant activatedAt) {}

    @Override
    @Transactional
    public void register(ModelVersion version) {
        // Serialise registrations of one name: "first one becomes active" must hold with two instances starting.
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {}, "model-registry:" + version.name());
        Optional<RegisteredModel> existing = find(version.name(), version.version());
        if (existing.isPresent() && existing.get().version().equals(version)) {
            return;
        }
        String card = card(version.location());
        if (existing.isPresent()) {
            log.warn(
                    "model {} {} changed under the same version (sha256 {} -> {}); versions should be immutable",
                    version.name(),
                    version.version(),
                    existing.get().version().sha256(),
                    version.sha256());
            jdbc.update(
                    "update model_version set sha256 = ?, location = ?, metrics_json = ?, card = ?"
                            + " where name = ? and version = ?",
                    version.sha256(),
                    version.location(),
                    version.metricsJson(),
                    card,
                    version.name(),
                    version.version());
            audit("registry.model-replaced", null, version, "weights changed under the same version");
            return;
        }
        boolean first = versions(version.name()).isEmpty();
        jdbc.update(
                "insert into model_version (name, version, sha256, location, metrics_json, card, active, activated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, case when ? then now() end)",
                version.name(),
                version.version(),
                version.sha256(),
                version.location(),
                version.metricsJson(),
                card,
                first,
                first);
        audit(
                "registry.model-registered",
                null,
                version,
                first ? "first version of this model: active" : "registered, not active");
    }

    @Override
    public Optional<ModelVersion> active(String name) {
        return jdbc.query("select * from model_version where name = ? and active", ROWS, name).stream()
                .findFirst()
                .map(RegisteredModel::version);
    }

    @Override
    public List<ModelVersion> versions(String name) {
        return jdbc
                .query("select * from model_version where name = ? order by registered_at, version", ROWS, name)
                .stream()
                .map(RegisteredModel::version)
                .toList();
    }

    List<RegisteredModel> all() {
        return jdbc.query("select * from model_version order by name, registered_at, version", ROWS);
    }

    List<RegisteredModel> allActive() {
        return jdbc.query("select * from model_version where active order by name", ROWS);
    }

    Optional<RegisteredModel> find(String name, String version) {
        return jdbc.query("select * from model_version where name = ? and version = ?", ROWS, name, version).stream()
                .findFirst();
    }

    /** An admin's switch; audited in the same transaction. */
    @Transactional
    RegisteredModel activate(String name, String version, String admin, @Nullable String reason) {
        jdbc.query("select pg_advisory_xact_lock(hashtext(?))", rs -> {}, "model-registry:" + name);
        RegisteredModel target =
                find(name, version).orElseThrow(() -> new PlanScreenException(MODEL_NOT_FOUND, name, version));
        Optional<ModelVersion> previous = active(name);
        if (!target.active()) {
            jdbc.update("update model_version set active = false where name = ? and active", name);
            jdbc.update(
                    "update model_version set active = true, activated_at = now() where name = ? and version = ?",
                    name,
                    version);
        }
        String explanation = "active " + name + ": "
                + previous.map(ModelVersion::version).orElse("none") + " -> " + version
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
        audit("admin.model-activated", admin, target.version(), explanation);
        return find(name, version).orElseThrow();
    }

    /** Audited as the registry's own act, or as the admin's when {@code admin} is given. */
    private void audit(String step, @Nullable String admin, ModelVersion version, String explanation) {
        String output = "{\"name\":" + quote(version.name()) + ",\"version\":" + quote(version.version())
                + ",\"sha256\":" + quote(version.sha256()) + ",\"location\":" + quote(version.location()) + "}";
        AuditableDecision.Decider decider =
                admin == null ? AuditableDecision.system("registry") : AuditableDecision.human(admin);
        events.publishEvent(decider.decided(null, step, sha256(output), output, explanation)
                .withModel(version.version(), version.sha256()));
    }

    /** The model card shipped beside the weights, if any. */
    private static @Nullable String card(String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        ClassPathResource card = new ClassPathResource(folder + "MODEL_CARD.md");
        if (!card.exists()) {
            return null;
        }
        try (InputStream in = card.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("cannot read {}: {}", card, e.toString());
            return null;
        }
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }
}
